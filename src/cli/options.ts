// Shared CLI option parsing: numbers with validation, feature-family lists, data-directory lookup.
import { InvalidArgumentError } from 'commander';
import { ALL_NS_MASK, nsMaskFromNames } from '../skills/mcq/features.ts';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from '../skills/mcq/train/build.ts';

export function intArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer in ${min}..${max}`);
    return n;
  };
}

export function floatArg(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number`);
    return n;
  };
}

export function positiveArg(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
    return n;
  };
}

export interface BuildFlags {
  features?: string;
  hashBits?: number;
  epochs?: number;
  lr?: number;
  l2?: number;
  l2Dense?: number;
  seed?: number;
}

export function buildOptionsFrom(flags: BuildFlags, base: BuildOptions = DEFAULT_BUILD_OPTIONS): BuildOptions {
  return {
    hashBits: flags.hashBits ?? base.hashBits,
    epochs: flags.epochs ?? base.epochs,
    learningRate: flags.lr ?? base.learningRate,
    l2Hashed: flags.l2 ?? base.l2Hashed,
    l2Dense: flags.l2Dense ?? base.l2Dense,
    seed: flags.seed ?? base.seed,
    logic: base.logic,
    nsMask: flags.features ? nsMaskFromNames(flags.features.split(',').map((s) => s.trim()).filter(Boolean)) : (base.nsMask ?? ALL_NS_MASK),
  };
}

