// `engram inspect`: shows any artifact the project writes. The container (header, section table,
// CRCs) is common to every skill; the skill is told by its sections (MCQC: multiple choice, RCFG:
// the IFEval responder, CCFG: structured commands) and then validated in full by that skill's own
// loader, so inspect never shows an artifact the runtime would refuse.
import type { Command } from 'commander';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { FORMAT_VERSION, readContainer } from '../artifact/container.ts';
import { ArtifactError } from '../artifact/errors.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { loadArtifact } from '../skills/mcq/runtime.ts';
import { loadResponder } from '../skills/respond/artifact.ts';
import { loadArtifactFile } from '../io/artifact-file.ts';

export interface InspectInfo {
  path: string;
  skill: 'mcq' | 'ifeval-responder' | 'commands';
  bytes: number;
  sha256: string;
  format_version: number;
  sections: Array<{ tag: string; offset: number; length: number; crc: string }>;
  /** Skill-specific configuration, as the skill's loader reads it. */
  config: Record<string, unknown>;
  meta: unknown;
}

/** Reads, fully validates and describes the artifact at `path`; throws ArtifactError naming the file. */
export function inspectArtifact(path: string): InspectInfo {
  return loadArtifactFile(path, (bytes) => describe(path, bytes));
}

function describe(path: string, bytes: Uint8Array): InspectInfo {
  const sections = readContainer(bytes);
  const tags = new Set(sections.map((s) => s.tag));
  const common = {
    path,
    bytes: bytes.length,
    sha256: bytesToHex(sha256(bytes)),
    format_version: FORMAT_VERSION,
    sections: sections.map((s) => ({ tag: s.tag, offset: s.offset, length: s.length, crc: s.crc.toString(16).padStart(8, '0') })),
  };
  if (tags.has('MCQC')) {
    const art = loadArtifact(bytes);
    return { ...common, skill: 'mcq', config: { ...art.config, feature_families: art.featureFamilies }, meta: art.meta };
  }
  if (tags.has('RCFG')) {
    const r = loadResponder(bytes);
    const meta = JSON.parse(new TextDecoder().decode(sections.find((s) => s.tag === 'META')!.data)) as unknown;
    return {
      ...common,
      skill: 'ifeval-responder',
      config: {
        families: r.families,
        patterns: r.patFamily.length,
        ops: r.opCode.length,
        relation_phrases: r.relKind.length,
        languages: r.languages.size,
        passage_languages: r.passages.size,
        template_groups: r.groups.size,
      },
      meta,
    };
  }
  if (tags.has('CCFG')) {
    const m = loadCommandsArtifact(bytes);
    return {
      ...common,
      skill: 'commands',
      config: {
        intents: m.intents.length,
        refused_intents: m.intents.filter((i) => i.refuse).length,
        slots: m.slots.length,
        tags: m.tagCount,
        tagger_bits: m.taggerBits,
        emission_entries: m.entryTag.length,
        intent_bits: m.intentBits,
        gazetteer_bits: m.bloom.length * 32,
        entities: m.values.entities.length,
        entity_keys: m.values.keys.length,
        synonyms: m.values.synonymKeys.length,
      },
      meta: m.meta,
    };
  }
  throw new ArtifactError('MISSING_SECTION', `no skill section: expected MCQC (multiple choice), RCFG (IFEval responder) or CCFG (commands), found ${[...tags].join(', ')}`);
}

export function formatInspect(info: InspectInfo): string {
  const cfg = Object.entries(info.config)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
    .join(' ');
  return [
    info.path,
    `  format     .engram v${info.format_version}, ${info.bytes} bytes, skill ${info.skill}`,
    `  sha256     ${info.sha256}`,
    `  config     ${cfg}`,
    `  sections   tag   offset    bytes  crc32`,
    ...info.sections.map((s) => `             ${s.tag}  ${String(s.offset).padStart(6)} ${String(s.length).padStart(8)}  ${s.crc}`),
    `  metadata   ${JSON.stringify(info.meta)}`,
  ].join('\n');
}

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('show any artifact (multiple choice, IFEval responder or commands): header, sections (tag, offset, bytes, CRC), config, metadata, sha256')
    .argument('<artifact>')
    .option('--json', 'print JSON')
    .action((path: string, flags: { json?: boolean }) => {
      const info = inspectArtifact(path);
      process.stdout.write(flags.json ? JSON.stringify(info, null, 2) + '\n' : formatInspect(info) + '\n');
    });
}
