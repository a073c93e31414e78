// Every generated file of test/vectors/, computed in memory from the TypeScript implementation and
// in-repo inputs only. scripts/make-vectors.ts writes them; the freshness test compares them with
// the committed files, so a change of any vector is a deliberate, reviewed regeneration.
import { join } from 'node:path';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { compileBatch } from '../board/batch.ts';
import { readItems } from '../skills/mcq/dataset.ts';
import { batchErrorsFile } from './gen-batch.ts';
import { loadErrorsFile } from './gen-load.ts';
import { goldenFile, responsesFile } from './gen-responses.ts';
import { hashesFile, tokenizeFile } from './gen-text.ts';
import { GOLDEN_BATCH, REPO_ROOT, RESPONDER_ARTIFACT, VECTOR_FILES } from './vectors.ts';

/** Repo-relative path -> contents. */
export function generateVectors(): Map<string, Uint8Array> {
  const enc = new TextEncoder();
  const responder = buildResponderArtifact();
  const v = (name: string) => `test/vectors/${name}`;
  return new Map<string, Uint8Array>([
    [RESPONDER_ARTIFACT, responder],
    [GOLDEN_BATCH, compileBatch(readItems(join(REPO_ROOT, 'test/golden/tiny.items.jsonl'), () => {}))],
    [v(VECTOR_FILES.hashes), enc.encode(hashesFile())],
    [v(VECTOR_FILES.tokenize), enc.encode(tokenizeFile())],
    [v(VECTOR_FILES.golden), enc.encode(goldenFile())],
    [v(VECTOR_FILES['load-errors']), enc.encode(loadErrorsFile(responder))],
    [v(VECTOR_FILES['batch-errors']), enc.encode(batchErrorsFile())],
    [v(VECTOR_FILES.responses), enc.encode(responsesFile(responder))],
  ]);
}
