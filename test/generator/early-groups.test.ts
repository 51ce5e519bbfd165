/**
 * Printing while modelling: each output group is handed on once its last path is built, and files
 * planned that early are the very files the whole-package plan would make.
 */
import type { PlannedFile } from '../../generator/emit/emitter.js';
import { earlyPlanner, planPackage } from '../../generator/emit/plan.js';
import { printFile } from '../../generator/emit/print.js';
import { buildIr } from '../../generator/model/build.js';

/** A spec with `schemas` component schemas and paths whose groups interleave (/a, /b, /a/…, /c). */
function spec(schemas: number): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  for (let i = 0; i < schemas; i++)
    components[`Thing${i}`] = {
      type: 'object',
      properties: { id: { type: 'string', readOnly: true }, n: { type: 'integer' } },
    };
  const op = (id: string, extra: Record<string, unknown> = {}) => ({
    operationId: id,
    responses: {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing1' } } },
      },
    },
    ...extra,
  });
  const query = { parameters: [{ name: 'kind', in: 'query', schema: { $ref: '#/components/schemas/Kind' } }] };
  return {
    openapi: '3.1.0',
    info: { title: 'Early', version: '1.0.0' },
    paths: {
      '/a': { get: op('listA', query) },
      '/b/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        patch: op('updateB', {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing2' } } } },
        }),
      },
      '/a/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: op('getA'),
        delete: op('deleteA'),
      },
      '/c': {
        post: op('createC', {
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    kind: { $ref: '#/components/schemas/Kind' },
                    thing: { $ref: '#/components/schemas/Thing1' },
                  },
                },
              },
            },
          },
        }),
      },
    },
    components: { schemas: { Kind: { type: 'string', enum: ['x', 'y'] }, ...components } },
  };
}

test('each group is handed on once, right after its last path, with all of its operations and paths', () => {
  const seen: { group: string; operations: string[]; paths: string[] }[] = [];
  const events: string[] = [];
  const { ir } = buildIr(spec(3), {
    listener: {
      componentsBuilt: (components) => events.push(`components ${components.map((t) => t.name).join(' ')}`),
      groupBuilt: (group) => {
        events.push(`group ${group.name}`);
        seen.push({
          group: group.name,
          operations: group.operations.map((o) => o.functionName),
          paths: group.paths.map((p) => p.template),
        });
      },
      modelBuilt: (built, failed) => events.push(`model ${built.operations.length} ${failed}`),
    },
  });
  expect(seen).toEqual([
    { group: 'b', operations: ['updateB'], paths: ['/b/{id}'] },
    { group: 'a', operations: ['listA', 'getA', 'deleteA'], paths: ['/a', '/a/{id}'] },
    { group: 'c', operations: ['createC'], paths: ['/c'] },
  ]);
  expect(events).toEqual(['components Kind Thing0 Thing1 Thing2', 'group b', 'group a', 'group c', 'model 5 false']);
  // The IR is the same as without a listener.
  expect(ir).toEqual(buildIr(spec(3)).ir);
});

test('below the model-file split nothing is planned early: the layout is not known yet', () => {
  const early: PlannedFile[] = [];
  const planner = earlyPlanner(
    (f) => early.push(f),
    () => ({ name: 'early', version: '1.0.0' }),
  );
  buildIr(spec(3), { listener: { componentsBuilt: planner.componentsBuilt, groupBuilt: planner.groupBuilt } });
  expect(early).toEqual([]);
});

test('files planned early print exactly as the whole-package plan prints them, and that plan then skips them', () => {
  const early: PlannedFile[] = [];
  const planner = earlyPlanner(
    (f) => early.push(f),
    () => ({ name: 'early', version: '1.0.0' }),
  );
  const { ir } = buildIr(spec(320), {
    listener: { componentsBuilt: planner.componentsBuilt, groupBuilt: planner.groupBuilt },
  });
  const earlyFiles = early.map((f) => f.file).sort();
  // The component schemas' model files first, as soon as the components are built; then each group.
  expect(
    early
      .slice(0, 2)
      .map((f) => f.file)
      .sort(),
  ).toEqual(['models/ki.ts', 'models/th.ts']);
  expect(earlyFiles).toEqual([
    'metadata/a.ts',
    'metadata/b.ts',
    'metadata/c.ts',
    'models/ki.ts',
    'models/th.ts',
    'operations/a.ts',
    'operations/b.ts',
    'operations/c.ts',
    'paths/a.ts',
    'paths/b.ts',
    'paths/c.ts',
  ]);

  const whole = planPackage(ir, { name: 'early', version: '1.0.0' });
  const rest = planPackage(ir, { name: 'early', version: '1.0.0' }, new Set(earlyFiles));
  expect(rest.map((f) => f.file).sort()).toEqual(
    whole
      .map((f) => f.file)
      .filter((f) => !earlyFiles.includes(f))
      .sort(),
  );
  for (const f of early) {
    const reference = whole.find((w) => w.file === f.file)!;
    expect({ file: f.file, text: printFile(f.statements()) }).toEqual({
      file: f.file,
      text: printFile(reference.statements()),
    });
  }
  // The PATCH body's Update variant, made while its group was built, is imported by the early file from its own file.
  expect(printFile(early.find((f) => f.file === 'operations/b.ts')!.statements())).toContain(
    "import type { Thing2Update } from '../models/bodies/th.js';\nimport type { Thing1 } from '../models/th.js';\n",
  );
  // The query list of /a lives in parameters/, planned once the model is done, with the model it refers to.
  expect(earlyFiles).not.toContain('parameters/ki.ts');
  expect(printFile(whole.find((f) => f.file === 'parameters/ki.ts')!.statements())).toContain(
    "import type { Kind } from '../models/ki.js';",
  );
  // Body shapes live in models/bodies/, planned with the rest: a component's file never waits for them.
  const bodies = whole.filter((f) => f.file.startsWith('models/bodies/'));
  expect(bodies.map((f) => f.file)).toEqual(['models/bodies/cr.ts', 'models/bodies/th.ts']);
  expect(printFile(bodies.find((f) => f.file === 'models/bodies/th.ts')!.statements())).toContain(
    'export interface Thing2Update {',
  );
  // A body imports components from `..` and other body shapes from `.`, in that order.
  expect(printFile(bodies.find((f) => f.file === 'models/bodies/cr.ts')!.statements())).toContain(
    "import type { Kind } from '../ki.js';\nimport type { Thing1Input } from './th.js';\n",
  );
  expect(printFile(early.find((f) => f.file === 'models/th.ts')!.statements())).not.toContain('Thing2Update');
  // The index lists the component files, then the body shapes'.
  expect(printFile(whole.find((f) => f.file === 'models/index.ts')!.statements())).toContain(
    [
      "export * from './ki.js';",
      "export * from './th.js';",
      "export * from './bodies/cr.js';",
      "export * from './bodies/th.js';",
    ].join('\n'),
  );
});

test('once the model is done the rest is planned at once, unless the model failed', () => {
  const planned = (failed: boolean) => {
    const sent: string[] = [];
    const planner = earlyPlanner(
      (f) => sent.push(f.file),
      () => ({ name: 'early', version: '1.0.0' }),
    );
    const { ir } = buildIr(spec(320), {
      listener: { componentsBuilt: planner.componentsBuilt, groupBuilt: planner.groupBuilt },
    });
    const early = sent.length;
    planner.modelBuilt!(ir, failed);
    return { early, rest: sent.slice(early) };
  };
  expect(planned(true).rest).toEqual([]);
  const { early, rest } = planned(false);
  const whole = planPackage(ir320(), { name: 'early', version: '1.0.0' }).map((f) => f.file);
  expect(early + rest.length).toBe(whole.length);
  expect(rest).toEqual(expect.arrayContaining(['client.ts', 'index.ts', 'metadata.ts', 'models/index.ts', 'sdk.ts']));
});

function ir320() {
  return buildIr(spec(320)).ir;
}
