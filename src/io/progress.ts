// Progress display for long jobs: a cli-progress bar on a terminal, a few plain lines otherwise
// (CI logs), always on stderr so stdout stays clean for JSON.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progress(label: string, quiet = false): Progress {
  if (quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration}s`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastQuarter = -1;
  return {
    update(done, total) {
      const q = Math.floor((4 * done) / Math.max(1, total));
      if (q !== lastQuarter) {
        lastQuarter = q;
        process.stderr.write(`${label}: ${done}/${total} (${Math.round((100 * done) / Math.max(1, total))}%)\n`);
      }
    },
    stop() {},
  };
}
