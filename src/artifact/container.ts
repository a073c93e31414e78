// The `.engram` container (docs/format.md §4.1–4.3): writing a list of tagged sections and
// validating a buffer section by section. Knows nothing about what the sections mean.
import { crc32 } from './crc32.ts';
import { ArtifactError } from './errors.ts';
import { LIMITS } from '../text/limits.ts';

export const MAGIC = new Uint8Array([0x45, 0x4e, 0x47, 0x52, 0x41, 0x4d, 0x00, 0x1a]);
export const FORMAT_VERSION = LIMITS.FORMAT_VERSION;
export const HEADER_BYTES = 32;
export const ENTRY_BYTES = 16;
export const MAX_SECTIONS = 32;
export const ALIGN = 16;

export interface SectionInput {
  tag: string;
  data: Uint8Array;
}

export interface Section {
  tag: string;
  offset: number;
  length: number;
  crc: number;
  /** A view into the artifact buffer (no copy). */
  data: Uint8Array;
}

const align = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

function tagBytes(tag: string): Uint8Array {
  if (!/^[A-Z0-9]{4}$/.test(tag)) throw new Error(`section tag must be 4 ASCII [A-Z0-9] characters, got "${tag}"`);
  return new TextEncoder().encode(tag);
}

/** Serializes sections into a container, in the given order. Deterministic: same input, same bytes. */
export function writeContainer(sections: SectionInput[]): Uint8Array {
  if (sections.length < 1 || sections.length > MAX_SECTIONS) throw new Error(`1..${MAX_SECTIONS} sections required`);
  const tableEnd = HEADER_BYTES + ENTRY_BYTES * sections.length;
  let cursor = align(tableEnd);
  const placed = sections.map((s) => {
    const offset = cursor;
    cursor = align(offset + s.data.length);
    return { ...s, offset };
  });
  const fileLength = cursor;
  const out = new Uint8Array(fileLength);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint32(8, FORMAT_VERSION, true);
  dv.setUint32(12, sections.length, true);
  dv.setUint32(16, fileLength, true);
  dv.setUint32(24, 0, true);
  dv.setUint32(28, 0, true);
  placed.forEach((s, i) => {
    const e = HEADER_BYTES + ENTRY_BYTES * i;
    out.set(tagBytes(s.tag), e);
    dv.setUint32(e + 4, s.offset, true);
    dv.setUint32(e + 8, s.data.length, true);
    dv.setUint32(e + 12, crc32(s.data), true);
    out.set(s.data, s.offset);
  });
  dv.setUint32(20, headerCrc(out, sections.length), true);
  return out;
}

function headerCrc(buf: Uint8Array, count: number): number {
  const c = crc32(buf.subarray(0, 20));
  return crc32(buf.subarray(24, HEADER_BYTES + ENTRY_BYTES * count), c);
}

/**
 * Validates the container in the order of docs/format.md §4.3 (checks 1–13) and returns its
 * sections as views into `buf`. Throws ArtifactError with the first failing check's code.
 */
export function readContainer(buf: Uint8Array): Section[] {
  if (buf.length < HEADER_BYTES) throw new ArtifactError('TRUNCATED', `artifact is ${buf.length} bytes, the header alone is ${HEADER_BYTES}`);
  for (let i = 0; i < MAGIC.length; i++) {
    if (buf[i] !== MAGIC[i]) throw new ArtifactError('BAD_MAGIC', 'not an .engram artifact (bad magic bytes)');
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = dv.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    throw new ArtifactError('UNSUPPORTED_VERSION', `format_version ${version} is not supported (this reader supports ${FORMAT_VERSION})`);
  }
  const count = dv.getUint32(12, true);
  if (count < 1 || count > MAX_SECTIONS) throw new ArtifactError('BAD_HEADER', `section_count ${count} is outside 1..${MAX_SECTIONS}`);
  const fileLength = dv.getUint32(16, true);
  const tableEnd = HEADER_BYTES + ENTRY_BYTES * count;
  if (buf.length < tableEnd || buf.length < fileLength) {
    throw new ArtifactError('TRUNCATED', `artifact is ${buf.length} bytes but its header needs ${Math.max(tableEnd, fileLength)}`);
  }
  if (buf.length !== fileLength) throw new ArtifactError('SIZE_MISMATCH', `artifact is ${buf.length} bytes but file_length says ${fileLength}`);
  if (headerCrc(buf, count) !== dv.getUint32(20, true)) throw new ArtifactError('HEADER_CRC_MISMATCH', 'header CRC-32 does not match');
  if (dv.getUint32(24, true) !== 0 || dv.getUint32(28, true) !== 0) throw new ArtifactError('BAD_HEADER', 'flags and reserved header fields must be 0');

  const sections: Section[] = [];
  const seen = new Set<string>();
  let prevEnd = tableEnd;
  for (let i = 0; i < count; i++) {
    const e = HEADER_BYTES + ENTRY_BYTES * i;
    const tag = String.fromCharCode(buf[e], buf[e + 1], buf[e + 2], buf[e + 3]);
    const offset = dv.getUint32(e + 4, true);
    const length = dv.getUint32(e + 8, true);
    const crc = dv.getUint32(e + 12, true);
    const name = JSON.stringify(tag);
    if (offset % ALIGN !== 0) throw new ArtifactError('SECTION_MISALIGNED', `section ${name} offset ${offset} is not a multiple of ${ALIGN}`, tag);
    if (offset < tableEnd || offset > fileLength || length > fileLength - offset) {
      throw new ArtifactError('SECTION_OUT_OF_BOUNDS', `section ${name} [${offset}, +${length}) lies outside the file body`, tag);
    }
    if (offset < prevEnd) throw new ArtifactError('SECTION_OVERLAP', `section ${name} starts at ${offset}, before the previous section ends at ${prevEnd}`, tag);
    if (seen.has(tag)) throw new ArtifactError('DUPLICATE_SECTION', `section ${name} appears twice`, tag);
    const data = buf.subarray(offset, offset + length);
    if (crc32(data) !== crc) throw new ArtifactError('SECTION_CRC_MISMATCH', `section ${name} CRC-32 does not match (corrupt artifact)`, tag);
    seen.add(tag);
    prevEnd = offset + length;
    sections.push({ tag, offset, length, crc, data });
  }
  return sections;
}
