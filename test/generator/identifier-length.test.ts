/**
 * No identifier the generator derives (path helpers and templates, parameter and model types) is
 * longer than 80 characters in the curated packages. Operation functions, and the names made from
 * them (`…All`, `…Body`, `…Response`), are the spec's operationIds: spec/ keeps those short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { curatedJobs, REPO_ROOT } from '../helpers/generate.js';

const LIMIT = 80;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'runtime' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe.each(curatedJobs().map((job) => [path.relative(REPO_ROOT, path.resolve(REPO_ROOT, job.out))]))('%s', (out) => {
  const texts = sourceFiles(path.join(REPO_ROOT, out, 'src')).map((file) => fs.readFileSync(file, 'utf8'));
  const exported = texts.flatMap((text) =>
    [...text.matchAll(/^export (?:declare )?(?:async )?(?:const|function|type|interface|class|enum) (\w+)/gm)].map(
      (m) => m[1]!,
    ),
  );
  const operations = texts.flatMap((text) =>
    [...text.matchAll(/^export function (\w+)\(\s*client: GraphClient/gm)].map((m) => m[1]!.toLowerCase()),
  );
  const fromOperationId = (name: string) => operations.some((op) => name.toLowerCase().startsWith(op));

  it('exports path helpers and types', () => {
    expect(exported.filter((name) => name.endsWith('PathTemplate')).length).toBeGreaterThan(0);
  });

  it(`derives no exported identifier longer than ${LIMIT} characters`, () => {
    expect(exported.filter((name) => name.length > LIMIT && !fromOperationId(name))).toEqual([]);
  });
});
