// The append-only audit log (JSONL). Appending reads the whole existing log, checks that every line
// is JSON, and writes old bytes + new lines atomically (src/io: temporary file, then rename), so a
// crash never leaves a half-written log and existing lines are never changed.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../io/atomic-write.ts';
import { InputFileError } from '../../../io/input-error.ts';
import { readJsonl } from '../../../io/jsonl.ts';

/** Parses a log; throws on a line that is not a JSON object (a log we will not append to). */
export function readAuditLog(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  try {
    return readJsonl(path, { objects: true }).map((r) => r.value);
  } catch (err) {
    // Same error type and place, with what it means for this command.
    if (err instanceof InputFileError && err.line) throw new InputFileError(path, err.line, `audit log line is not JSON; refusing to append (${err.reason})`);
    throw err;
  }
}

export function appendAuditLog(path: string, entries: readonly unknown[]): void {
  if (entries.length === 0) return;
  readAuditLog(path); // validate before touching it
  const old = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const sep = old.length > 0 && old[old.length - 1] !== 0x0a ? '\n' : '';
  const add = Buffer.from(sep + entries.map((e) => JSON.stringify(e)).join('\n') + '\n', 'utf8');
  writeFileAtomic(path, Buffer.concat([old, add]));
}

/** The largest repair id recorded in a log (0 if none), so new ids never collide with old ones. */
export function maxLoggedRepairId(entries: readonly Record<string, unknown>[]): number {
  let m = 0;
  for (const e of entries) if (typeof e.repair_id === 'number' && e.repair_id > m) m = e.repair_id;
  return m;
}
