// `engram commands convert`: the unit-conversion rewrite from the command line (docs/rewrite.md).
//   engram commands convert "The trail is 5 miles."           -> The trail is 8.05 km.
//   engram commands convert --file notes.txt                   every line rewritten, to stdout
//   --json (one {"text", "rewrites"} object a line), --explain (the rewrites under each line),
//   --to imperial, --decimals N
//   (the board proof of a rewrite set is `engram board convert`, src/cli/board.ts)
// A file is read as every input file is (src/io/utf8.ts: a leading BOM dropped, bytes that are not
// UTF-8 read as U+FFFD with a warning a line); its lines are split on LF, so a CR stays in its line.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { intArg } from '../../../io/args.ts';
import { InputFileError, readFailure } from '../../../io/input-error.ts';
import { decodeUtf8 } from '../../../io/utf8.ts';
import { printWarning, type InputWarning } from '../../../io/warning.ts';
import { MAX_DECIMALS } from '../normalize/fixed.ts';
import { DEFAULT_REWRITE_DECIMALS, formatRewrites, type RewriteDirection, rewriteUnits } from './rewrite.ts';

interface ConvertFlags {
  file?: string;
  json?: boolean;
  explain?: boolean;
  to: 'metric' | 'imperial';
  decimals: number;
}

function readLines(path: string): string[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputFileError(path, undefined, readFailure(err));
  }
  const warnings: InputWarning[] = [];
  const text = decodeUtf8(bytes, path, warnings);
  warnings.forEach(printWarning);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function registerConvert(cmd: Command): void {
  cmd
    .command('convert')
    .description('rewrite the quantities of a text in other units ("5 miles" -> "8.05 km"); the rest of the text is kept as it is')
    .argument('[text]', 'the text (or --file)')
    .option('--file <path>', 'rewrite every line of a UTF-8 text file')
    .option('--json', 'one JSON object a line: {"text", "rewrites": [{start, end (code points), from, to, unit, target}]}')
    .option('--explain', 'list the rewritten spans under each line')
    .option('--to <system>', 'metric (US customary and imperial units are rewritten) or imperial', 'metric')
    .option('--decimals <n>', `decimals of a converted value, 0..${MAX_DECIMALS} (trailing zeros dropped)`, intArg('--decimals', 0, MAX_DECIMALS), DEFAULT_REWRITE_DECIMALS)
    .action((text: string | undefined, f: ConvertFlags) => {
      if ((text === undefined) === (f.file === undefined)) throw new Error('give either a text or --file, not both');
      if (f.to !== 'metric' && f.to !== 'imperial') throw new Error(`--to must be metric or imperial, got "${f.to}"`);
      const direction: RewriteDirection = f.to === 'metric' ? 'to-metric' : 'to-imperial';
      const out: string[] = [];
      for (const line of f.file !== undefined ? readLines(f.file) : [text as string]) {
        const r = rewriteUnits(line, { direction, decimals: f.decimals });
        out.push(f.json ? JSON.stringify(r) : f.explain ? `${r.text}\n${formatRewrites(r)}` : r.text);
      }
      process.stdout.write(out.map((l) => l + '\n').join(''));
    });
}
