// Test support: rewrite an artifact's section CRCs and header CRC after a deliberate edit, so that
// a corruption test reaches the content checks (docs/format.md §4.3 check 15) instead of stopping
// at a checksum. Used only by tests; a reader never "repairs" checksums.
import { crc32 } from './crc32.ts';
import { ArtifactError, artifactErrorNumber } from './errors.ts';

export function refreshCrcs(b: Uint8Array): Uint8Array {
  if (b.length < 32) return b;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // Hostile headers may claim more entries or larger sections than the bytes hold: touch only
  // what lies inside the buffer, so the reader still sees (and must reject) the inconsistency.
  const n = Math.min(dv.getUint32(12, true), Math.floor((b.length - 32) / 16));
  for (let i = 0; i < n; i++) {
    const e = 32 + 16 * i;
    const off = dv.getUint32(e + 4, true);
    const len = dv.getUint32(e + 8, true);
    if (off <= b.length && len <= b.length - off) dv.setUint32(e + 12, crc32(b.subarray(off, off + len)), true);
  }
  dv.setUint32(20, crc32(b.subarray(24, 32 + 16 * n), crc32(b.subarray(0, 20))), true);
  return b;
}

/** The numeric error code (docs/format.md §4.3) a TypeScript loader gives for bytes, 0 if they load;
 * any other exception propagates (it would be a bug). For comparing with the C loaders. */
export function loadErrorCode(load: (bytes: Uint8Array) => unknown, bytes: Uint8Array): number {
  try {
    load(bytes);
    return 0;
  } catch (err) {
    if (err instanceof ArtifactError) return artifactErrorNumber(err.code);
    throw err;
  }
}
