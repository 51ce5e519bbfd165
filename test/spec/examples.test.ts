/**
 * Every example of both documents validates against its media type's schema (JSON Schema 2020-12,
 * Ajv with formats), except the draft page's placeholder examples, which must fail (spec/CURATION.md C5).
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  VERSIONS,
  deref,
  flattenProperties,
  isObject,
  loadSpec,
  operations,
  type GraphVersion,
  type Json,
} from './helpers/spec-documents.js';

/** The examples that are known not to be valid data, by `<version> <operationId> <request|status> <example name>`. */
const INVALID_BY_DESIGN = [
  'beta updateIosLobAppProvisioningConfigurationDeviceStatuses request draftPlaceholder',
  'beta updateIosLobAppProvisioningConfigurationDeviceStatuses 200 draftPlaceholder',
];

interface ExampleCase {
  key: string;
  version: GraphVersion;
  schema: unknown;
  value: unknown;
  exampleRef?: string;
}

/** One Ajv per document: components/schemas become $defs of a schema with its own $id. */
function compilerFor(version: GraphVersion) {
  const doc = loadSpec(version);
  const id = `urn:graph-spec:${version}`;
  const relink = (node: unknown): unknown =>
    JSON.parse(JSON.stringify(node), (k, v) =>
      k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', `${id}#/$defs/`) : v,
    );
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addKeyword({ keyword: 'x-curation' }); // the spec's annotation; no validation meaning
  ajv.addKeyword({ keyword: 'x-ms-navigationProperty' }); // Graph's annotation of a relationship; no validation meaning
  ajv.addKeyword({ keyword: 'discriminator' }); // OpenAPI's: names the kinds @odata.type tells apart (C30); no validation meaning
  ajv.addSchema({ $id: id, $defs: relink((doc.components as Json).schemas) as Json });
  return {
    /** The media type's schema as is. */
    plain: (schema: unknown) => ajv.compile(relink(schema) as Json),
    /** The same, but no property the schema does not declare (catches misspelt example keys). */
    closed: (schema: unknown) =>
      ajv.compile({ type: 'object', allOf: [relink(schema) as Json], unevaluatedProperties: false }),
  };
}

function collectExamples(version: GraphVersion): ExampleCase[] {
  const doc = loadSpec(version);
  const cases: ExampleCase[] = [];
  const fromMediaTypes = (content: unknown, where: string, operationId: string) => {
    for (const media of Object.values((content ?? {}) as Json)) {
      const m = media as Json;
      expect(m.example).toBeUndefined(); // only named examples, so each one is seen here
      for (const [name, raw] of Object.entries((m.examples ?? {}) as Json)) {
        const example = deref(doc, raw) as Json;
        const exampleRef = isObject(raw) && typeof raw.$ref === 'string' ? raw.$ref : undefined;
        cases.push({
          key: `${version} ${operationId} ${where} ${name}`,
          version,
          schema: m.schema,
          value: example.value,
          exampleRef,
        });
      }
    }
  };
  for (const { operation } of operations(doc)) {
    const operationId = String(operation.operationId);
    if (operation.requestBody)
      fromMediaTypes((deref(doc, operation.requestBody) as Json).content, 'request', operationId);
    for (const [status, response] of Object.entries(operation.responses as Json)) {
      fromMediaTypes((deref(doc, response) as Json).content, status, operationId);
    }
  }
  return cases;
}

const cases = VERSIONS.flatMap(collectExamples);
const compilers = Object.fromEntries(VERSIONS.map((v) => [v, compilerFor(v)])) as Record<
  GraphVersion,
  ReturnType<typeof compilerFor>
>;

describe('examples', () => {
  it('finds the examples of every page: a request per create and update, a response per operation but delete', () => {
    // 99 operations: 14 deletes (no example), 20 lists, 31 gets, 14 creates (two examples), 20 updates
    // (two, and the iOS LOB device status update four: its older page's pair too).
    expect(cases.length).toBe(20 + 31 + 2 * 14 + 2 * 20 + 2);
    expect(cases.every((c) => c.value !== undefined)).toBe(true);
  });

  it('uses every example of components/examples', () => {
    for (const version of VERSIONS) {
      const defined = Object.keys(((loadSpec(version).components as Json).examples ?? {}) as Json);
      const used = new Set(cases.filter((c) => c.version === version).map((c) => c.exampleRef));
      expect(defined.filter((name) => !used.has(`#/components/examples/${name}`))).toEqual([]);
    }
  });

  it('lists only excepted examples that exist', () => {
    const keys = cases.map((c) => c.key);
    expect(INVALID_BY_DESIGN.filter((k) => !keys.includes(k))).toEqual([]);
  });

  const valid = cases.filter((c) => !INVALID_BY_DESIGN.includes(c.key));
  it.each(valid.map((c) => [c.key, c] as const))(
    '%s matches its schema and uses only declared properties',
    (_key, c) => {
      const plain = compilers[c.version].plain(c.schema);
      expect(plain(c.value) ? [] : plain.errors).toEqual([]);
      const closed = compilers[c.version].closed(c.schema);
      expect(closed(c.value) ? [] : closed.errors).toEqual([]);
    },
  );

  const invalid = cases.filter((c) => INVALID_BY_DESIGN.includes(c.key));
  it.each(invalid.map((c) => [c.key, c] as const))('%s is a placeholder and really fails', (_key, c) => {
    const plain = compilers[c.version].plain(c.schema);
    expect(plain(c.value)).toBe(false);
    // It fails for the placeholders, not for some other reason.
    const failing = new Set((plain.errors ?? []).map((e) => e.instancePath));
    expect([...failing].sort()).toEqual([
      '/complianceGracePeriodExpirationDateTime',
      '/lastReportedDateTime',
      '/platform',
      '/status',
    ]);
  });

  it.each(VERSIONS)('every component schema of %s compiles under strict Ajv (JSON Schema 2020-12)', (version) => {
    for (const name of Object.keys((loadSpec(version).components as Json).schemas as Json)) {
      expect(() => compilers[version].plain({ $ref: `#/components/schemas/${name}` })).not.toThrow();
    }
  });

  it('no request example sends the read-only id', () => {
    for (const c of cases.filter((x) => x.key.includes(' request '))) {
      const readOnly = Object.entries(flattenProperties(loadSpec(c.version), c.schema)).filter(
        ([, p]) => p.readOnly === true,
      );
      for (const [name] of readOnly)
        expect({ key: c.key, sends: name in (c.value as Json) }).toEqual({ key: c.key, sends: false });
    }
  });
});
