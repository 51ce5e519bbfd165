/**
 * What `npm run corpus` found in APIs.guru's collection, cut down to one small spec each under
 * test/hardening/fixtures/corpus/ (each file says where it came from): every one generates, with
 * only the warnings it should have, and type-checks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { judgeRun, makeTemp, parseDiagnostics, REPO_ROOT, removeTemp, runCli, typecheckPackages } from './support.js';

const DIR = path.join(REPO_ROOT, 'test', 'hardening', 'fixtures', 'corpus');
const SPECS = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The warnings each spec should give, by code. */
const WARNINGS: Record<string, string[]> = {
  'target-in-path.yaml': ['path-query-string', 'path-query-string'],
  'derived-names.yaml': ['name-collision'],
};

let temp: string;
const outputs = new Map<string, { status: number | undefined; stderr: string; out: string }>();
beforeAll(async () => {
  temp = makeTemp('corpus-findings');
  for (const spec of SPECS) {
    const out = path.join(temp, spec.replace(/\.yaml$/, ''));
    const run = await runCli(['--spec', path.join(DIR, spec), '--out', out], REPO_ROOT);
    expect(judgeRun(run)).toBeUndefined();
    outputs.set(spec, { status: run.status, stderr: run.stderr, out });
  }
});
afterAll(() => removeTemp(temp));

test.each(SPECS.map((s) => [s]))('%s generates, with only the warnings it should have', (spec) => {
  const { status, stderr } = outputs.get(spec)!;
  expect(status).toBe(0);
  expect(parseDiagnostics(stderr).map((d) => d.code)).toEqual(WARNINGS[spec] ?? []);
});

test('every package type-checks under strict TypeScript', async () => {
  const checked = await typecheckPackages(
    [...outputs.values()].map((o) => o.out),
    temp,
  );
  expect([...checked.values()].flat().map((e) => e.text)).toEqual([]);
});

test('a parameter shared through a percent-encoded pointer reaches the path helper', () => {
  const paths = fs.readFileSync(
    path.join(outputs.get('percent-encoded-ref.yaml')!.out, 'src', 'paths', 'companies.ts'),
    'utf8',
  );
  expect(paths).toContain("pathSegment('companyId', params.companyId)");
  const models = fs.readFileSync(path.join(outputs.get('percent-encoded-ref.yaml')!.out, 'src', 'models.ts'), 'utf8');
  expect(models).toContain('export interface ConfigValue');
});
