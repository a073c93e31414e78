// Runs every `*.test.ts` under src/ and scripts/ with Node's built-in test runner (through tsx).
// Node 20's `--test` has no glob support, so the file list is gathered here.
//
// Skips are never silent: suites that need a tool or data this machine lacks are listed at the end
// with the command that installs their prerequisites, and under CI=true any skip fails the run
// (CI installs everything, so a skip there means a prerequisite went missing).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const INSTALL =
  'sudo apt-get install -y gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc gcc make clang lld libclang-rt-14-dev chromium python3-langdetect';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : [...collect('src', []), ...collect('scripts', [])];
const work = mkdtempSync(join(tmpdir(), 'engram-tests-'));
const skipLog = join(work, 'skips.jsonl');
const res = spawnSync(
  process.execPath,
  [
    '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/skip-reporter.mjs', `--test-reporter-destination=${skipLog}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
let status = res.status ?? 1;
if (!existsSync(skipLog)) {
  console.error(`run-tests: the test runner wrote no skip log (${skipLog}); treating the run as failed`);
  process.exit(status || 1);
}
const skips = readFileSync(skipLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
rmSync(work, { recursive: true, force: true });

if (skips.length > 0) {
  console.log(`\n${skips.length} test(s) skipped:`);
  for (const s of skips) {
    const where = s.file ? relative(process.cwd(), s.file) : '?';
    console.log(`  - ${where}: ${s.name}${s.reason ? ` (${s.reason})` : ''}`);
  }
  console.log(`Install what they need with:\n  ${INSTALL}\nand point ENGRAM_DATA_DIR at the benchmark data (../shared/data).`);
  if (process.env.CI === 'true') {
    console.error('CI=true: a skipped suite is a failure here (every prerequisite is installed by .ci/run).');
    status = status || 1;
  }
}
process.exit(status);
