/**
 * Keys such as `__proto__`, `constructor` and `prototype` are ordinary names in a spec. Reading,
 * bundling and modelling must treat them as own keys: never reach Object.prototype, never lose the
 * schema, never pollute the process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { loadSpec } from '../../generator/load/load-spec.js';
import { runPipeline } from '../../generator/pipeline.js';
import { makeTemp, removeTemp } from './support.js';

let temp: string;
beforeEach(() => {
  temp = makeTemp('proto');
});
afterEach(() => {
  removeTemp(temp);
  // A failed test must not leave a polluted prototype to the next one.
  for (const key of ['polluted', 'x']) delete (Object.prototype as Record<string, unknown>)[key];
});

const API = `openapi: 3.0.3
info: { title: Proto, version: 1.0.0 }
paths:
  /a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: 'other.yaml#/components/__proto__/polluted' }
  /b:
    get:
      x-ms-permissions: { constructor: [A.Read], __proto__: [B.Read], toString: [C.Read] }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: 'other.yaml#/components/schemas/__proto__' }
`;
const OTHER = `components:
  __proto__:
    polluted: { type: string, description: from a section named __proto__ }
  schemas:
    __proto__: { type: object, properties: { x: { type: string } } }
`;

test('bundling a $ref into a section or schema named __proto__ keeps it as an own key and pollutes nothing', () => {
  fs.writeFileSync(path.join(temp, 'api.yaml'), API);
  fs.writeFileSync(path.join(temp, 'other.yaml'), OTHER);
  const { spec, diagnostics } = loadSpec('api.yaml', temp);
  expect(diagnostics).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  const components = spec!.document.components as Record<string, Record<string, unknown>>;
  expect(Object.keys(components).sort()).toEqual(['__proto__', 'schemas']);
  expect(Object.keys(components.schemas!)).toEqual(['__proto__']);
  expect(Object.getPrototypeOf(components.schemas)).toBe(Object.prototype);
  expect(Object.getOwnPropertyDescriptor(components.schemas, '__proto__')?.value).toMatchObject({ type: 'object' });
});

test('the package is generated: the schema named __proto__ becomes a type, permission keys are labels', async () => {
  fs.writeFileSync(path.join(temp, 'api.yaml'), API);
  fs.writeFileSync(path.join(temp, 'other.yaml'), OTHER);
  const result = await runPipeline({ spec: 'api.yaml', out: 'never' }, { cwd: temp, check: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const models = result.files!.get('src/models.ts')!;
  expect(models).toMatch(/export interface Proto \{\s+x\?: string;\s+\}/);
  const ops = [...result.files!.entries()]
    .filter(([f]) => f.startsWith('src/operations/'))
    .map(([, t]) => t)
    .join('\n');
  expect(ops).toContain('- constructor: A.Read');
  expect(ops).toContain('- __proto__: B.Read');
  expect(ops).toContain('- toString: C.Read');
});

test.each([['yaml'], ['json']])(
  'own keys named __proto__, constructor and prototype survive reading %s',
  async (format) => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Keys', version: '1.0.0' },
      paths: {},
      components: {
        schemas: {
          Holder: {
            type: 'object',
            required: ['__proto__'],
            properties: JSON.parse(
              '{"__proto__":{"type":"string"},"constructor":{"type":"integer"},"prototype":{"type":"boolean"}}',
            ),
          },
        },
      },
    };
    const text = format === 'json' ? JSON.stringify(doc) : stringify(doc);
    if (format === 'yaml') expect(text).toContain('__proto__:');
    fs.writeFileSync(path.join(temp, `spec.${format}`), text);
    const result = await runPipeline({ spec: `spec.${format}`, out: 'never' }, { cwd: temp, check: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files!.get('src/models.ts')).toMatch(
      /__proto__: string;\s+constructor\?: number;\s+prototype\?: boolean;/,
    );
  },
);
