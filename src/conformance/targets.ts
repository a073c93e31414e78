// The targets the harness runs, in report order.
import { boardTarget } from './targets/board.ts';
import { nativeTarget } from './targets/native.ts';
import { tsTarget } from './targets/ts.ts';
import type { Target } from './target.ts';

export const TARGETS: readonly Target[] = [tsTarget, nativeTarget, boardTarget];
