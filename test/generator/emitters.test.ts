/**
 * emit/registry.ts and emit/plan.ts: an emitter added to the registry adds its files (and, only
 * if it says so, index entries and package.json subpaths) and changes nothing else; and the
 * metadata emitter, the kind of output added that way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Emitter, PlannedFile } from '../../generator/emit/emitter.js';
import { Kind } from '../../generator/emit/kinds.js';
import { permissionList } from '../../generator/emit/metadata.js';
import { packageSubpaths, planPackage } from '../../generator/emit/plan.js';
import { printFile } from '../../generator/emit/print.js';
import { EMITTERS } from '../../generator/emit/registry.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildIr } from '../../generator/model/build.js';
import type { IrDocument, IrPermission } from '../../generator/model/ir.js';
import { fixtureSpec, generate, REPO_ROOT } from '../helpers/generate.js';

const identity = { name: 'p', version: '1.0.0' };

function fixtureIr(): IrDocument {
  return buildIr(loadSpec(fixtureSpec('parameters'), REPO_ROOT).spec!.document).ir;
}

/** Every planned file, printed, by path. */
function printed(files: readonly PlannedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.file, printFile(f.statements())]));
}

/** Lists each group's operations in a file of its own, and one summary file of the whole package. */
const fixtureEmitter: Emitter = {
  name: 'fixture',
  planGroup: (group) => [
    {
      file: `listing/${group.name}.ts`,
      statements: () => [
        {
          kind: Kind.VariableStatement,
          isExported: true,
          declarationKind: 'const' as never,
          declarations: [{ name: 'names', initializer: JSON.stringify(group.operations.map((o) => o.functionName)) }],
        },
      ],
    },
  ],
  planPackage: ({ ir }) => [
    { file: 'listing/count.ts', statements: () => [`export const count = ${ir.operations.length};`] },
  ],
};

test('a registered emitter adds its files and nothing else', () => {
  const ir = fixtureIr();
  const before = printed(planPackage(ir, identity));
  const after = printed(planPackage(ir, identity, new Set(), [...EMITTERS, fixtureEmitter]));
  const added = [...after.keys()].filter((f) => !before.has(f));
  expect(added).toEqual(['listing/count.ts', 'listing/items.ts', 'listing/stores.ts']);
  expect(after.get('listing/count.ts')).toContain('export const count = ');
  expect(after.get('listing/items.ts')).toContain('export const names = ["');
  // Every other file is planned as before, statement for statement; no file went missing.
  expect(new Map([...after].filter(([f]) => !added.includes(f)))).toEqual(before);
  expect(packageSubpaths(ir, identity, [...EMITTERS, fixtureEmitter])).toEqual(packageSubpaths(ir, identity));
});

test('what an emitter exports reaches the index and package.json, in registry order', () => {
  const ir = fixtureIr();
  const exporting: Emitter = {
    ...fixtureEmitter,
    exports: () => ({ index: ['listing/count.ts'], subpaths: [{ subpath: './listing', file: 'listing/count.ts' }] }),
  };
  const index = printed(
    planPackage(ir, identity, new Set(), [...EMITTERS.slice(0, -1), exporting, EMITTERS.at(-1)!]),
  ).get('index.ts')!;
  expect(index.split('\n').filter((l) => l.startsWith('export'))).toEqual([
    "export * from './paths/items.js';",
    "export * from './paths/stores.js';",
    "export * from './operations/items.js';",
    "export * from './operations/stores.js';",
    "export * from './client.js';",
    "export * from './sdk.js';",
    "export * from './runtime/index.js';",
    "export * from './listing/count.js';",
  ]);
  expect(packageSubpaths(ir, identity, [...EMITTERS, exporting])).toEqual([
    { subpath: './metadata', types: './dist/metadata.d.ts', js: './dist/metadata.js' },
    { subpath: './listing', types: './dist/listing/count.d.ts', js: './dist/listing/count.js' },
  ]);
});

test('two emitters that plan the same file are refused: neither would win silently', () => {
  const clash: Emitter = { name: 'clash', planPackage: () => [{ file: 'client.ts', statements: () => [] }] };
  expect(() => planPackage(fixtureIr(), identity, new Set(), [...EMITTERS, clash])).toThrow(
    'internal: client.ts is planned by both the client and the clash emitter',
  );
});

test('emit sees only the IR: of model/, its modules import ir.ts and its walker alone', () => {
  const dir = path.join(REPO_ROOT, 'generator', 'emit');
  const imports = fs
    .readdirSync(dir)
    .flatMap((file) =>
      [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/from '(\.\.\/model\/[^']+)'/g)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    );
  expect(imports.length).toBeGreaterThan(3);
  expect(imports.filter((line) => !/: \.\.\/model\/(ir|ir-walk)\.js$/.test(line))).toEqual([]);
});

describe('metadata', () => {
  const row = (kind: string, scopes: string[], supported = true): IrPermission => ({
    kind,
    label: kind,
    scopes,
    supported,
  });

  test.each<[string, IrPermission[], string]>([
    ['scopes, least privileged first', [row('application', ['A.Read', 'A.ReadWrite'])], "['A.Read', 'A.ReadWrite']"],
    ['"Not supported" in the spec', [row('application', [], false)], "'notSupported'"],
    ['an empty list', [row('application', [])], "'notDocumented'"],
    ['a kind the spec leaves out', [row('delegatedWorkOrSchool', ['A.Read'])], "'notDocumented'"],
    ['a scope with a quote in it is a string literal still', [row('application', ["it's"])], "['it\\'s']"],
  ])('the permissions of a kind of access: %s', (_what, permissions, want) => {
    expect(permissionList(permissions, 'application')).toBe(want);
  });

  test('<package>/metadata: one const per operation, a file per group, a subpath of its own, never imported by the operations', async () => {
    const { files } = await generate({ spec: fixtureSpec('parameters') });
    const ir = fixtureIr();
    const groups = [...new Set(ir.operations.map((o) => o.group))].sort();
    expect(groups.length).toBeGreaterThan(1);
    expect(files.get('src/metadata.ts')).toContain(groups.map((g) => `export * from './metadata/${g}.js';`).join('\n'));
    for (const group of groups) {
      const metadata = files.get(`src/metadata/${group}.ts`)!;
      expect(metadata).toContain("import type { OperationMetadata } from '../metadata.js';");
      const consts = [...metadata.matchAll(/^export const (\w+): OperationMetadata = /gm)].map((m) => m[1]);
      expect(consts).toEqual(ir.operations.filter((o) => o.group === group).map((o) => o.functionName));
    }
    expect(JSON.parse(files.get('package.json')!).exports['./metadata']).toEqual({
      types: './dist/metadata.d.ts',
      default: './dist/metadata.js',
    });
    const importers = [...files]
      .filter(
        ([file, text]) =>
          file.startsWith('src/') && /from '[./]*metadata(\/\w+)?\.js'/.test(text) && !file.startsWith('src/metadata'),
      )
      .map(([file]) => file);
    expect(importers).toEqual([]);
    expect(files.get('src/index.ts')).not.toContain('metadata');
  });
});
