// `engram ifeval respond` and `engram ifeval build-responder`: the IFEval responder skill.
// Adds subcommands to the `ifeval` command (created by the verifier's module, or here if absent).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildResponderArtifact } from './artifact.ts';
import { IfevalResponder, formatResponses, readPrompts, respondAll } from './respond.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';

function ifevalCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'ifeval') ?? program.command('ifeval').description('IFEval verifiable instruction following');
}

export function registerIfevalRespond(program: Command): void {
  const ifeval = ifevalCommand(program);
  ifeval
    .command('build-responder')
    .description('compile the responder skill (detector patterns, composer templates, stock passages) into an .engram artifact')
    .requiredOption('--out <file>', 'artifact to write')
    .action((flags: { out: string }) => {
      assertOutputsSafe([flags.out], []);
      const bytes = buildResponderArtifact();
      writeFileAtomic(flags.out, bytes);
      process.stdout.write(`wrote ${flags.out}: ${bytes.length} bytes\n`);
    });

  ifeval
    .command('respond')
    .description('write a response to every prompt of an IFEval JSONL file, using the prompt text only')
    .requiredOption('--input <file>', 'IFEval-format JSONL (only "prompt" is read)')
    .requiredOption('--out <file>', 'responses JSONL to write ({"prompt", "response"} per line)')
    .option('--artifact <file>', 'responder artifact (default: built in memory from the source tables)')
    .action((flags: { input: string; out: string; artifact?: string }) => {
      assertOutputsSafe([flags.out], [flags.input, ...(flags.artifact ? [flags.artifact] : [])]);
      const responder = flags.artifact ? IfevalResponder.fromBytes(new Uint8Array(readFileSync(flags.artifact))) : IfevalResponder.builtIn();
      const prompts = readPrompts(flags.input);
      writeFileAtomic(flags.out, formatResponses(prompts, respondAll(responder, prompts)));
      process.stdout.write(`wrote ${flags.out}: ${prompts.length} responses\n`);
    });
}
