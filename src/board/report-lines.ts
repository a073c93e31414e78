// Reading a board firmware's JSON-lines report (ifeval_main.c, commands_main.c): one object per line,
// a header, one line per input in order, then {"memory": {...}} and {"end": 1}. Shared by the IFEval
// and commands board proofs, so both check the framing the same strict way; and the instruction
// figures every proof summarizes.
import { percentile } from './compare.ts';
import type { BoardMemory } from './report-types.ts';

/** One report: its lines as objects and the label its errors start with ("ifeval board report"). */
export class ReportLines {
  readonly objs: Record<string, unknown>[];
  constructor(
    text: string,
    readonly label: string,
  ) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    this.objs = lines.map((l, k) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${label} line ${k + 1} is not JSON: ${l.slice(0, 200)}`);
      }
    });
  }

  /** A non-negative integer field of line `line` (1-based). */
  num(o: Record<string, unknown>, key: string, line: number): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`${this.label} line ${line}: "${key}" is not a non-negative integer`);
    return v;
  }

  /** The "hex" field of line `line` as bytes, which must be "bytes" long. */
  hexBytes(o: Record<string, unknown>, line: number): Uint8Array {
    const hex = o.hex;
    if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) throw new Error(`${this.label} line ${line}: bad hex`);
    const b = new Uint8Array(Buffer.from(hex, 'hex'));
    if (b.length !== this.num(o, 'bytes', line)) throw new Error(`${this.label} line ${line}: byte count differs from the hex`);
    return b;
  }

  /** The per-input lines after the header: lines 2.. that have "i", which must count 0, 1, ... */
  items<T>(read: (o: Record<string, unknown>, line: number) => T): T[] {
    const out: T[] = [];
    for (let k = 1; k < this.objs.length && 'i' in this.objs[k]; k++) {
      if (this.num(this.objs[k], 'i', k + 1) !== out.length) throw new Error(`${this.label} line ${k + 1}: input ${String(this.objs[k].i)} out of order`);
      out.push(read(this.objs[k], k + 1));
    }
    return out;
  }

  /** The memory line after the `items` per-input lines, and the end marker that must close the report. */
  memory(items: number): BoardMemory {
    const k = 1 + items;
    const m = this.objs[k]?.memory as Record<string, unknown> | undefined;
    if (!m) throw new Error(`${this.label}: no memory line after ${items} inputs (firmware stopped early?)`);
    const memory: BoardMemory = {
      static_ram_bytes: this.num(m, 'static_ram_bytes', k + 1),
      stack_high_water_bytes: this.num(m, 'stack_high_water_bytes', k + 1),
      ram_region_bytes: this.num(m, 'ram_region_bytes', k + 1),
      flash_firmware_bytes: this.num(m, 'flash_firmware_bytes', k + 1),
      flash_artifact_bytes: this.num(m, 'flash_artifact_bytes', k + 1),
      flash_batch_bytes: this.num(m, 'flash_batch_bytes', k + 1),
      scratch_bytes: this.num(m, 'scratch_bytes', k + 1),
    };
    if (this.objs[k + 1]?.end !== 1 || this.objs.length !== k + 2) throw new Error(`${this.label}: missing or misplaced end marker`);
    return memory;
  }
}

export interface InstretStats {
  instret_median: number;
  instret_p95: number;
  instret_min: number;
  instret_max: number;
  instret_mean: number;
}

/** Median, p95 (nearest rank), min, max and rounded mean; all 0 for no inputs. */
export function instretStats(ins: readonly number[]): InstretStats {
  if (ins.length === 0) return { instret_median: 0, instret_p95: 0, instret_min: 0, instret_max: 0, instret_mean: 0 };
  return {
    instret_median: percentile(ins, 50),
    instret_p95: percentile(ins, 95),
    instret_min: Math.min(...ins),
    instret_max: Math.max(...ins),
    instret_mean: Math.round(ins.reduce((a, b) => a + b, 0) / ins.length),
  };
}
