// Replacing an artifact's repairs: rewrites the container with the same sections and a new RPRS
// section (or none), so a repaired artifact differs from its parent only in that section.
import { readContainer, writeContainer } from '../../../artifact/container.ts';
import { encodeRprs, type Repair } from './section.ts';
import { readArtifact } from '../reader.ts';

export function withRepairs(bytes: Uint8Array, repairs: Repair[]): Uint8Array {
  const sections = readContainer(bytes)
    .filter((s) => s.tag !== 'RPRS')
    .map((s) => ({ tag: s.tag, data: Uint8Array.from(s.data) as Uint8Array }));
  if (repairs.length > 0) sections.push({ tag: 'RPRS', data: encodeRprs(repairs) });
  const out = writeContainer(sections);
  readArtifact(out); // validate the result as a reader would
  return out;
}
