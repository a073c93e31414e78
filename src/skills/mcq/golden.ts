// Where the golden files live and the exact options they were built with (shared by the
// generator script and the tests, so regenerating is one deliberate command).
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from './train/build.ts';
import { ANY, RANK, type Repair } from './repair/section.ts';
import { fnv1aString } from '../../text/hash.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../../../test/golden', import.meta.url));

export const GOLDEN_OPTIONS: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, hashBits: 10, epochs: 30, learningRate: 0.2, seed: 7 };

const h = (w: string): number => fnv1aString(w);

/** Hand-made repairs for the repaired golden artifact: route, exclude, top/second, rank and index selectors. */
export const GOLDEN_REPAIRS: Repair[] = [
  // Promote the runner-up over the top option whenever "pump" and "breaker" both occur.
  { id: 1, route: [h('pump'), h('breaker')], routeMinHits: 2, exclude: [], whenTop: ANY, whenSecond: ANY, target: RANK | 1, competitor: RANK | 0, maxMargin: 1 << 30, delta: 1 << 22 },
  // Would fire on "moons" items, but "ice" excludes it.
  { id: 2, route: [h('moons')], routeMinHits: 1, exclude: [h('ice')], whenTop: ANY, whenSecond: ANY, target: RANK | 2, competitor: RANK | 0, maxMargin: 1 << 30, delta: 1000 },
  // Only when option 0 is on top and option 1 second, within a margin: move option 1 up by a small step.
  { id: 3, route: [], routeMinHits: 0, exclude: [], whenTop: 0, whenSecond: 1, target: 1, competitor: 0, maxMargin: 10000, delta: 7 },
  // Option index 7 as target: fires only on items with 8 options.
  { id: 4, route: [h('weakens')], routeMinHits: 1, exclude: [], whenTop: ANY, whenSecond: ANY, target: 7, competitor: RANK | 0, maxMargin: 1 << 30, delta: 12345 },
];
