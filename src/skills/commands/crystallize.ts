// `engram commands build`: data files -> artifact bytes, with a progress bar and a deterministic META
// (build options, data SHA-256 over the files' bytes in reading order, counts): same data, same bytes.
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { progress } from '../../io/progress.ts';
import { writeCommandsArtifact, COMMANDS_VERSION } from './artifact.ts';
import { buildModel, type BuildOptions } from './build.ts';
import { readExamples } from './dataset.ts';
import type { CommandDataset, DatasetWarning } from './types.ts';
import { FORMAT_VERSION } from '../../artifact/container.ts';

export interface Crystallized {
  bytes: Uint8Array;
  trainQueries: number;
  warnings: DatasetWarning[];
  dataset: CommandDataset;
}

/** `transform` rewrites the dataset before training (e.g. declareEntityLists); the data hash stays the files'. */
export function crystallize(paths: string[], opts: BuildOptions, quiet = false, transform: (ds: CommandDataset) => CommandDataset = (d) => d): Crystallized {
  const ds = transform(readExamples(paths));
  const hash = sha256.create();
  for (const f of ds.files ?? []) hash.update(new Uint8Array(readFileSync(f)));
  const bar = progress('commands build', quiet);
  // Stages weighted roughly by their time: features 1, each tagger epoch 1, intent 1.
  const total = opts.epochs + 2;
  const model = buildModel(
    ds,
    opts,
    (stage, done, of) => bar.update(stage === 'features' ? done / of : stage === 'tagger' ? 1 + done : total, total),
    {
      skill: 'commands',
      format_version: FORMAT_VERSION,
      commands_version: COMMANDS_VERSION,
      train: { ...opts, data_sha256: bytesToHex(hash.digest()), queries: ds.examples.length },
    },
  );
  bar.update(total, total);
  bar.stop();
  return { bytes: writeCommandsArtifact(model), trainQueries: ds.examples.length, warnings: ds.warnings, dataset: ds };
}
