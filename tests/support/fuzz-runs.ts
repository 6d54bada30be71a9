// How many inputs each fuzz property tries. CI runs the default (the fuzz tests together stay
// well under 40 s on 2 cores); `npm run fuzz` (FUZZ_RUNS=100000) runs longer.
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 4000)

/** fast-check parameters: `FUZZ_RUNS` runs, and a seed from `FUZZ_SEED` to replay a failure. */
export const fuzzParameters = () => ({
  numRuns: FUZZ_RUNS,
  ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }),
})

/** A test timeout that grows with `FUZZ_RUNS`, so a long run is not cut off at vitest's 20 s. */
export const FUZZ_TIMEOUT_MS = Math.max(20_000, FUZZ_RUNS * 5)
