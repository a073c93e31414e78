// `engram ifeval respond` and `engram ifeval build-responder`: the IFEval responder skill.
// Adds subcommands to the `ifeval` command (created by the verifier's module, or here if absent).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildResponderArtifact } from './artifact.ts';
import { IfevalResponder, formatResponses, readPrompts, respondAll } from './respond.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { createContext } from '../ifeval/context.ts';
import { readResponses } from '../ifeval/io.ts';
import { enforceAll, readEnforceInputs } from './enforce/run.ts';
import { formatEnforceSummary, formatRowReport, summarizeEnforce } from './enforce/report.ts';

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

  ifeval
    .command('enforce')
    .description('edit draft responses until every constraint the detector reads from each prompt holds (verified); falls back to the composer where it cannot')
    .requiredOption('--input <file>', 'IFEval-format JSONL (the prompt is read; official ids and kwargs, if present, are used for scoring only)')
    .requiredOption('--responses <file>', 'draft responses JSONL ({"prompt", "response"}), matched by exact prompt text')
    .requiredOption('--out <file>', 'responses JSONL to write ({"prompt", "response"} per line)')
    .option('--report <file>', 'per-row report JSONL (detected instructions, edits, verdicts, retention, fallback)')
    .option('--json', 'print the summary as one JSON object')
    .option('--artifact <file>', 'responder artifact (default: built in memory from the source tables)')
    .option('--punkt <dir>', 'NLTK English Punkt parameters (default: $ENGRAM_DATA_DIR/punkt-english)')
    .option('--langdetect-profiles <dir>', "Python langdetect's profiles/ folder (default: $ENGRAM_LANGDETECT_PROFILES, else the npm langdetect profiles)")
    .action((flags: { input: string; responses: string; out: string; report?: string; json?: boolean; artifact?: string; punkt?: string; langdetectProfiles?: string }) => {
      const outs = [flags.out, ...(flags.report ? [flags.report] : [])];
      assertOutputsSafe(outs, [flags.input, flags.responses, ...(flags.artifact ? [flags.artifact] : [])]);
      const responder = flags.artifact ? IfevalResponder.fromBytes(new Uint8Array(readFileSync(flags.artifact))) : IfevalResponder.builtIn();
      const ctx = createContext({ punktDir: flags.punkt, langdetectProfiles: flags.langdetectProfiles });
      const { prompts, official } = readEnforceInputs(flags.input);
      const rows = enforceAll(responder, ctx, prompts, readResponses(flags.responses));
      writeFileAtomic(flags.out, formatResponses(prompts, rows.map((r) => r.response)));
      if (flags.report) writeFileAtomic(flags.report, rows.map(formatRowReport).join(''));
      const summary = summarizeEnforce(rows, official, ctx);
      process.stdout.write(flags.json ? JSON.stringify(summary) + '\n' : `wrote ${flags.out}: ${rows.length} responses\n` + formatEnforceSummary(summary));
    });
}
