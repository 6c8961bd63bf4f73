import fc from 'fast-check';

// Property tests run with one fixed seed, so a run on CI is repeatable; fast-check prints the seed
// and the failing value when a property fails. FC_SEED=random explores new cases, FC_SEED=<n>
// replays one.
const requested = process.env.FC_SEED;
const seed = requested === 'random' ? Date.now() ^ (Math.random() * 0x100000000) : Number(requested ?? 20261202);
fc.configureGlobal({ seed });
