// A deterministic xorshift32 for seeded test inputs: the same sequence on every machine and in
// every run, so generated vectors and random differential tests are reproducible.

/** A generator of integers in [0, n), seeded. */
export function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}
