/**
 * Issue #6, fuzzing: a few dozen seeded mutations of the curated specs and the fixtures (thousands
 * with `npm run fuzz`). Each must fail with clean, located diagnostics or generate a package that
 * type-checks; a failing seed is reproduced with `npm run fuzz -- --start <seed> --count 1`, which
 * also keeps it under test/hardening/fuzz-regressions/ for good.
 */
import { makeCase, runCases, SeedDocuments, type FuzzOutcome } from './fuzz/fuzz-case.js';
import { Rng } from './fuzz/prng.js';
import { makeTemp, removeTemp } from './support.js';

/** The seeds `npm test` runs: fixed, so a failure here is a failure everywhere. */
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

function describeFailures(outcomes: readonly FuzzOutcome[]): string[] {
  return outcomes
    .filter((o) => o.failure)
    .map((o) => `seed ${o.fuzzCase.seed} (${o.fuzzCase.source}; ${o.fuzzCase.mutations.join('; ')}):\n${o.failure}`);
}

test('the PRNG and the cases are deterministic', () => {
  const a = new Rng(42);
  const b = new Rng(42);
  expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  const seeds = new SeedDocuments();
  expect(makeCase(7, seeds)).toEqual(makeCase(7, seeds));
  expect(makeCase(7, seeds).text).not.toBe(makeCase(8, seeds).text);
});

test(`${SEEDS.length} mutated specs each fail cleanly or generate a package that type-checks`, async () => {
  const seeds = new SeedDocuments();
  const work = makeTemp('fuzz');
  try {
    const outcomes = await runCases(
      SEEDS.map((s) => makeCase(s, seeds)),
      work,
    );
    expect(describeFailures(outcomes)).toEqual([]);
    // Both kinds of ending happen: the mutations neither always break the spec nor never do.
    expect(outcomes.filter((o) => o.status === 0).length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o.status === 1).length).toBeGreaterThan(5);
  } finally {
    removeTemp(work);
  }
});
