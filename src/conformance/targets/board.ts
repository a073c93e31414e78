// The C runtime cross-compiled for the emulated RV32IMC board (QEMU): the MCQ firmware scores each
// golden batch (src/board/prove.ts builds and runs it) and the responder firmware answers every
// vector prompt (src/board/ifeval-board.ts). The classes it cannot run are in skips.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { crc32 } from '../../artifact/crc32.ts';
import { buildIfevalFirmware, runIfevalFirmware } from '../../board/ifeval-board.ts';
import { encodePromptBatch } from '../../board/ifeval-native.ts';
import { buildFirmware, runFirmware } from '../../board/prove.ts';
import { boardToolchainMissing } from '../../board/toolchain.ts';
import { Tally, withTempDir, type ClassResult, type Target } from '../target.ts';
import { REPO_ROOT, RESPONDER_ARTIFACT, readGoldenRows, readGoldenSets, readResponseVectors, u32hex } from '../vectors.ts';
import { vectorPrompts } from './prompts.ts';

const TIMEOUT_MS = 600_000;
const repo = (p: string) => join(REPO_ROOT, p);

function golden(): ClassResult {
  const t = new Tally();
  for (const g of readGoldenSets()) {
    withTempDir((dir) => {
      const fw = join(dir, 'engram-fw.elf');
      buildFirmware(repo(g.artifact), repo(g.batch), fw);
      const { raw } = runFirmware(fw, TIMEOUT_MS, dir);
      // The board's own CRC-32 and SHA-256 of the artifact in its flash (the hash functions on RV32).
      const art = new Uint8Array(readFileSync(repo(g.artifact)));
      t.eq(`${g.artifact} load_error`, raw.artifact.load_error, 0);
      t.eq(`${g.artifact} board crc32`, raw.artifact.crc32, u32hex(crc32(art)));
      t.eq(`${g.artifact} board sha256`, raw.artifact.sha256, bytesToHex(sha256(art)));
      const rows = readGoldenRows(g.expected);
      t.eq(`${g.artifact} items`, raw.items.length, rows.length);
      rows.forEach((r, i) => {
        const b = raw.items[i];
        t.eq(`${g.artifact} item ${r.id}`, { error: b?.error, scores: b?.scores, prediction: b?.prediction }, { error: 0, scores: r.scores, prediction: r.prediction });
      });
    });
  }
  return t.result();
}

function responses(): ClassResult {
  const t = new Tally();
  const vectors = readResponseVectors();
  withTempDir((dir) => {
    const batch = join(dir, 'prompts.bin');
    const fw = join(dir, 'engram-ifeval-fw.elf');
    writeFileSync(batch, encodePromptBatch(vectorPrompts(vectors)));
    buildIfevalFirmware(repo(RESPONDER_ARTIFACT), batch, fw);
    const { raw } = runIfevalFirmware(fw, TIMEOUT_MS, dir);
    t.eq('load_error', raw.header.load_error, 0);
    t.eq('prompts answered', raw.prompts.length, vectors.length);
    vectors.forEach((v, i) => {
      const b = raw.prompts[i];
      t.eq(`${v.prompts}#${v.index}`, b ? (b.error ? `error ${b.error}` : bytesToHex(sha256(b.response))) : 'none', v.sha256);
    });
  });
  return t.result();
}

export const boardTarget: Target = {
  name: 'board',
  what: 'C on the emulated RV32IMC board (QEMU virt, semihosting)',
  missing: boardToolchainMissing,
  run: { golden, responses },
};
