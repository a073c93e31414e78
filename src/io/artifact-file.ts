// Loading an artifact file with any skill's loader, so every command reports the same way: an
// unreadable file is an InputFileError naming it (readInputBytes), and a corrupt one keeps its
// typed ArtifactError code with the file named in the message.
import { ArtifactError } from '../artifact/errors.ts';
import { readInputBytes } from './jsonl.ts';

export function loadArtifactFile<T>(path: string, load: (bytes: Uint8Array) => T): T {
  const bytes = new Uint8Array(readInputBytes(path));
  try {
    return load(bytes);
  } catch (err) {
    // Same typed error, with the file named.
    if (err instanceof ArtifactError) throw new ArtifactError(err.code, `${path}: ${err.message}`, err.section);
    throw err;
  }
}
