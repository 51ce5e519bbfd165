/**
 * Every fuzz case that ever failed is kept under test/hardening/fuzz-regressions/ (the spec exactly
 * as it ran, and a .meta.json with its seed, mutations and the failure) and must pass from then on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCases, savedRegressions, type FuzzCase } from './fuzz/fuzz-case.js';
import { makeTemp, removeTemp } from './support.js';

const regressions = savedRegressions();

test('the saved regressions are readable, each with its spec', () => {
  expect(regressions.length).toBeGreaterThan(0);
  for (const r of regressions) {
    expect(fs.existsSync(r.specFile)).toBe(true);
    expect(typeof r.meta.seed).toBe('number');
    expect(r.meta.failure.length).toBeGreaterThan(0);
  }
});

test('every saved regression now fails cleanly or generates a package that type-checks', async () => {
  const work = makeTemp('fuzz-regressions');
  try {
    const cases: FuzzCase[] = regressions.map((r) => ({
      seed: r.meta.seed,
      source: r.meta.source,
      mutations: r.meta.mutations,
      text: fs.readFileSync(r.specFile, 'utf8'),
      extension: path.extname(r.specFile) === '.json' ? 'json' : 'yaml',
      ...(r.meta.companions ? { companions: r.meta.companions } : {}),
    }));
    const outcomes = await runCases(cases, work);
    expect(
      outcomes
        .filter((o) => o.failure)
        .map((o) => `${regressions.find((r) => r.meta.seed === o.fuzzCase.seed)!.name}: ${o.failure}`),
    ).toEqual([]);
  } finally {
    removeTemp(work);
  }
});
