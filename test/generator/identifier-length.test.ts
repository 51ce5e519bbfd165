/**
 * No exported identifier of the curated packages is longer than 80 characters: path helpers and
 * templates are shortened by pathNames, operation names are the spec's operationIds (kept short in spec/).
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

  it('exports path helpers and types', () => {
    expect(exported.filter((name) => name.endsWith('PathTemplate')).length).toBeGreaterThan(0);
  });

  it(`exports no identifier longer than ${LIMIT} characters`, () => {
    expect(exported.filter((name) => name.length > LIMIT)).toEqual([]);
  });
});
