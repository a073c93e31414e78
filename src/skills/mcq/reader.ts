// Loads and fully validates an `.engram` artifact (docs/format.md §4.3, checks 1–15) into typed
// views over the original bytes. After this, inference needs no further checks.
import { readContainer, type Section } from '../../artifact/container.ts';
import { ArtifactError } from '../../artifact/errors.ts';
import {
  REQUIRED_SECTIONS, checkMeta, decodeLexn, decodeMcqc, decodeMeta, decodeWdns, decodeWhsh, type McqConfig,
} from './sections.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { decodeRprs, type Repair } from './repair/section.ts';

export interface McqArtifactData {
  bytes: Uint8Array;
  sections: Section[];
  /** Parsed META; throws ArtifactError(BAD_SECTION) on access if it is not valid JSON. */
  readonly meta: Record<string, unknown>;
  config: McqConfig;
  lexicon: LexiconTable;
  hashed: Int8Array;
  dense: Int16Array;
  /** Repairs from the optional RPRS section (empty when absent). */
  repairs: Repair[];
}

export function readArtifact(bytes: Uint8Array): McqArtifactData {
  const sections = readContainer(bytes);
  const byTag = new Map(sections.map((s) => [s.tag, s]));
  for (const tag of REQUIRED_SECTIONS) {
    if (!byTag.has(tag)) throw new ArtifactError('MISSING_SECTION', `required section "${tag}" is missing`, tag);
  }
  const get = (tag: string): Uint8Array => byTag.get(tag)!.data;
  checkMeta(get('META'));
  const config = decodeMcqc(get('MCQC'));
  const lexicon = decodeLexn(get('LEXN'));
  const hashed = decodeWhsh(get('WHSH'), config.hashBits);
  const dense = decodeWdns(get('WDNS'));
  const repairs = byTag.has('RPRS') ? decodeRprs(get('RPRS')) : [];
  let meta: Record<string, unknown> | undefined;
  return {
    bytes, sections, config, lexicon, hashed, dense, repairs,
    get meta() {
      meta ??= decodeMeta(get('META'));
      return meta;
    },
  };
}
