// Where the golden files live and the exact options they were built with (shared by the
// generator script and the tests, so regenerating is one deliberate command).
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from '../train/build.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../../test/golden', import.meta.url));

export const GOLDEN_OPTIONS: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, hashBits: 10, epochs: 30, learningRate: 0.2, seed: 7 };
