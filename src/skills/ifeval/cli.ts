// `engram ifeval score`: the IFEval verifier (a port of Google's official instruction checks).
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { createContext } from './context.ts';
import { evaluate, matchResponses } from './evaluate.ts';
import { readInputs, readResponseFile, writeOutputs } from './io.ts';
import { formatSummary, scoreJson } from './report.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';

interface ScoreFlags {
  input: string;
  responses: string;
  json?: boolean;
  outDir?: string;
  punkt?: string;
  langdetectProfiles?: string;
}

export function registerIfeval(program: Command): void {
  const ifeval = program.command('ifeval').description('IFEval verifiable instruction following (official checks, ported)');
  ifeval
    .command('score')
    .description('score responses against IFEval prompts, strict and loose')
    .requiredOption('--input <file>', 'input_data.jsonl (key, prompt, instruction_id_list, kwargs)')
    .requiredOption('--responses <file>', 'responses JSONL ({prompt, response}), matched by exact prompt text')
    .option('--json', 'print one JSON object instead of the summary')
    .option('--out-dir <dir>', 'write eval_results_strict.jsonl and eval_results_loose.jsonl here')
    .option('--punkt <dir>', 'NLTK English Punkt parameters (default: $ENGRAM_DATA_DIR/punkt-english)')
    .option(
      '--langdetect-profiles <dir>',
      "Python langdetect's profiles/ folder for exact language verdicts (default: $ENGRAM_LANGDETECT_PROFILES, else the npm langdetect profiles)",
    )
    .action((flags: ScoreFlags) => {
      const outs = flags.outDir ? ['eval_results_strict.jsonl', 'eval_results_loose.jsonl'].map((f) => join(flags.outDir!, f)) : [];
      assertOutputsSafe(outs, [flags.input, flags.responses]);
      const ctx = createContext({ punktDir: flags.punkt, langdetectProfiles: flags.langdetectProfiles });
      const inputs = readInputs(resolve(flags.input));
      // Warnings (duplicated or unknown prompts, bad UTF-8) go to stderr; no matching response is an error.
      const responses = readResponseFile(resolve(flags.responses));
      matchResponses(inputs, responses);
      const ev = evaluate(inputs, responses.responses, ctx);
      if (outs.length) {
        writeOutputs(outs[0], ev.strict);
        writeOutputs(outs[1], ev.loose);
      }
      process.stdout.write(flags.json ? JSON.stringify(scoreJson(ev)) + '\n' : formatSummary(ev));
    });
}
