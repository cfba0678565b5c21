import fc from 'fast-check';

// Property tests draw new cases on every local run, to keep finding edge cases; a gate such
// as CI sets FAST_CHECK_SEED so that one run and the next test the same cases.
const seed = process.env.FAST_CHECK_SEED;
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });
