/**
 * Names the output uses itself must never be handed to a spec name: every export of the runtime,
 * of client.ts and of sdk.ts is in checked against the files themselves, so a new
 * runtime export cannot be forgotten there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimedNames } from '../../generator/emit/registry.js';
import { NameRegistry } from '../../generator/model/naming.js';
import { runPipeline } from '../../generator/pipeline.js';
import { makeTemp, REPO_ROOT, removeTemp } from './support.js';

/** The names a TypeScript module exports (declarations and `export { … } from` lists). */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([\p{L}_$][\p{L}\p{Nd}_$]*)/gmu,
  ))
    names.add(m[1]!);
  for (const m of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const item of m[1]!.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

test('the export parser reads every form the runtime uses', () => {
  expect(
    exportedNames(
      "export type {\n  A,\n  B,\n} from './t.js';\nexport { C, type D, E as F } from './x.js';\nexport function g() {}\nexport const h = 1;\nexport interface I {}",
    ),
  ).toEqual(['A', 'B', 'C', 'D', 'F', 'I', 'g', 'h']);
});

test('every export of templates/runtime/index.ts is a name the output keeps for itself', () => {
  const exports = exportedNames(fs.readFileSync(path.join(REPO_ROOT, 'templates', 'runtime', 'index.ts'), 'utf8'));
  expect(exports.length).toBeGreaterThan(10);
  expect(exports.filter((name) => !claimedNames().has(name))).toEqual([]);
});

test('every export of a generated client.ts and sdk.ts, and sdk.ts’s own locals, are kept too', async () => {
  const temp = makeTemp('naming');
  try {
    const result = await runPipeline(
      { spec: 'test/fixtures/no-servers.yaml', out: path.join(temp, 'never') },
      { cwd: REPO_ROOT, check: true },
    );
    const client = result.files!.get('src/client.ts')!;
    const sdk = result.files!.get('src/sdk.ts')!;
    const names = [
      ...exportedNames(client),
      ...exportedNames(sdk),
      ...[...sdk.matchAll(/^\s*(?:const|type)\s+(\w+)/gm)].map((m) => m[1]!),
    ];
    expect(names).toEqual(expect.arrayContaining(['createClient', 'packageInfo', 'createSdk', 'Sdk', 'client']));
    expect(names.filter((name) => !claimedNames().has(name))).toEqual([]);
  } finally {
    removeTemp(temp);
  }
});

test('a name that has no case (用户, _1) is unique across types and values: the index exports both with `export *`', () => {
  const names = new NameRegistry();
  expect(names.claim('type', '用户', '#/components/schemas/用户', 'Model').name).toBe('用户');
  expect(names.claim('value', '用户', '#/paths/~1a/get', 'Operation').name).toBe('用户2');
  expect(names.claim('value', '_1', '#/paths/~1b/get', 'Operation').name).toBe('_1');
  expect(names.claim('type', '_1', '#/components/schemas/1', 'Model').name).toBe('_12');
});
