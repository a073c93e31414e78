// The package's root folder (where package.json, c/, docs/ and data/demo are), found once from this
// file's own place: src/io/ in a checkout run through tsx, dist/io/ when compiled. Every module that
// needs a file of the package asks here instead of counting '..' from its own depth.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
