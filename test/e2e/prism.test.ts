// End to end against Stoplight Prism, a spec-validating mock server nobody here wrote: `prism mock <spec> --errors`
// for each curated spec, and every operation of both generated packages (list, get, create, update, delete) called
// through its generated function with the spec's documented example, asking Prism for its documented success. Prism
// answers 422 (400, 415, 401…) when a request does not match the spec, and 500 when its own answer would not, so a
// result here means the generated call is what the spec says.
//
// What Prism does with the spec's security (OAuth 2.0): it checks only that an `Authorization: Bearer …` header is
// present (any token), else 401. So every client here has `credential: async () => 'test-token'`.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v1 from '../../generated/graph-v1.0/src/index.js';
import * as beta from '../../generated/graph-beta/src/index.js';
import {
  deref,
  flattenProperties,
  loadSpec,
  operations,
  SPEC_FILES,
  type GraphVersion,
  type Json,
} from '../spec/helpers/spec-documents.js';
import { startPrism, type PrismServer } from './prism.js';

const GENERATED = path.resolve(__dirname, '..', '..', 'generated');

/** What this test needs of a generated package; both packages fit. */
interface Package {
  createClient: typeof beta.createClient;
  GraphError: typeof beta.GraphError;
}
/** An operation with a request body (create, update): client, params, body, options. */
type BodyOperation = (
  client: beta.GraphClient,
  params: object,
  body: unknown,
  options?: beta.RequestOptions,
) => Promise<beta.GraphResult<unknown>>;
/** An operation without one (list, get, delete): client, params, options. */
type NoBodyOperation = (
  client: beta.GraphClient,
  params: object,
  options?: beta.RequestOptions,
) => Promise<beta.GraphResult<unknown>>;
type OperationFunction = BodyOperation | NoBodyOperation;

const PACKAGES: { version: GraphVersion; dir: string; pkg: Package }[] = [
  { version: 'v1.0', dir: 'graph-v1.0', pkg: v1 },
  { version: 'beta', dir: 'graph-beta', pkg: beta },
];

/** Every function the package's src/operations/*.ts modules export, by name. */
function operationFunctions(dir: string): Map<string, OperationFunction> {
  const folder = path.join(GENERATED, dir, 'src', 'operations');
  const out = new Map<string, OperationFunction>();
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = require(path.join(folder, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value == 'function') out.set(name, value as OperationFunction);
  }
  return out;
}

/** The first example value of a media type's `examples` (after $refs), with its name. */
function firstExample(doc: Json, mediaType: Json | undefined): { name: string; value: unknown } | undefined {
  const examples = (mediaType?.examples ?? {}) as Json;
  const [name, ex] = Object.entries(examples)[0] ?? [];
  return name === undefined ? undefined : { name, value: (deref(doc, ex) as Json).value };
}

/**
 * A valid request body built from a schema: every writable property with a value of its type, format or enum
 * (read-only properties left out, `@odata.type` naming the schema). Used for the one operation whose documented
 * examples are type-name placeholders (beta page 002, a draft: see spec/CURATION.md C5).
 */
function bodyFromSchema(doc: Json, schemaRef: Json): Json {
  const typeName = String(schemaRef.$ref).split('/').pop();
  const body: Json = {};
  for (const [name, raw] of Object.entries(flattenProperties(doc, schemaRef))) {
    const s = deref(doc, raw) as Json;
    if (raw.readOnly || s.readOnly) continue;
    if (name == '@odata.type') body[name] = `#${typeName}`;
    else if (Array.isArray(s.enum)) body[name] = s.enum[0];
    else if (s.type == 'integer') body[name] = 7;
    else if (s.format == 'date-time') body[name] = '2026-11-25T12:00:00Z';
    else if (s.type == 'string' || (Array.isArray(s.type) && s.type.includes('string'))) body[name] = `${name} value`;
    else throw new Error(`bodyFromSchema: no sample for ${name} (${JSON.stringify(s)})`);
  }
  return body;
}

interface SpecOperation {
  operationId: string;
  method: string;
  /** The spec's path template. */
  template: string;
  doubtful: boolean;
  pathParams: string[];
  /** The documented success: the first 2xx the spec declares (200, 201, or 204 for a delete). */
  status: number;
  requestSchema?: Json;
  request?: { name: string; value: unknown };
  responseSchema?: Json;
  response?: { name: string; value: unknown };
}

function specOperations(version: GraphVersion): SpecOperation[] {
  const doc = loadSpec(version);
  return operations(doc).map(({ method, path: template, operation, pathItem }) => {
    const params = [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]
      .map((p) => deref(doc, p) as Json)
      .filter((p) => p.in == 'path')
      .map((p) => String(p.name));
    const req = operation.requestBody
      ? (((deref(doc, operation.requestBody) as Json).content as Json)['application/json'] as Json)
      : undefined;
    const status = Object.keys(operation.responses as Json).find((s) => /^2\d\d$/.test(s))!;
    const ok = ((deref(doc, (operation.responses as Json)[status]) as Json).content as Json | undefined)?.[
      'application/json'
    ] as Json | undefined;
    return {
      operationId: String(operation.operationId),
      method: method.toUpperCase(),
      template,
      doubtful: operation['x-doubtful'] === true,
      pathParams: params,
      status: Number(status),
      requestSchema: req?.schema as Json | undefined,
      request: req && firstExample(doc, req),
      responseSchema: ok?.schema as Json | undefined,
      response: ok && firstExample(doc, ok),
    };
  });
}

/** Calls an operation through its generated function, with or without a body as its method takes one. */
function call(
  fn: OperationFunction,
  op: SpecOperation,
  client: beta.GraphClient,
  params: object,
  options: beta.RequestOptions,
  body: unknown = op.request?.value,
): Promise<beta.GraphResult<unknown>> {
  return op.requestSchema
    ? (fn as BodyOperation)(client, params, body, options)
    : (fn as NoBodyOperation)(client, params, options);
}

/** The draft's examples name types instead of giving values (spec/CURATION.md C5): invalid by design. */
const isPlaceholder = (op: SpecOperation): boolean => op.request?.name == 'draftPlaceholder';

/** A validator for a schema of the spec (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
function schemaValidator(version: GraphVersion, schemaRef: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'spec', components: loadSpec(version).components }, 'spec');
  return ajv.compile({ $ref: 'spec' + String(schemaRef.$ref) });
}

/** Awaits a rejection and returns the error. */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const prisms = new Map<GraphVersion, PrismServer>();

beforeAll(async () => {
  // Both at once; a failure is thrown only once every started Prism is recorded, so afterAll stops it.
  const started = await Promise.allSettled(PACKAGES.map(({ version }) => startPrism(SPEC_FILES[version])));
  started.forEach((s, i) => s.status == 'fulfilled' && prisms.set(PACKAGES[i].version, s.value));
  for (const s of started) if (s.status == 'rejected') throw s.reason;
}, 200_000);

afterAll(async () => {
  await Promise.all([...prisms.values()].map((p) => p.stop()));
});

describe.each(PACKAGES)('$dir against Prism', ({ version, dir, pkg }) => {
  const specOps = specOperations(version);
  const functions = operationFunctions(dir);
  const seen: beta.RequestEvent[] = [];
  const scopes: string[][] = [];
  const prism = (): PrismServer => prisms.get(version)!;
  const client = (options: beta.ClientOptions = {}): beta.GraphClient =>
    pkg.createClient({
      baseUrl: prism().origin,
      credential: async (s) => {
        scopes.push(s);
        return 'test-token';
      },
      retry: false,
      onRequest: (e) => seen.push(e),
      ...options,
    });

  /** Turns Prism's validation answer into a readable failure. */
  const accepted = async <T>(call: Promise<T>): Promise<T> => {
    try {
      return await call;
    } catch (e) {
      if (e instanceof pkg.GraphError) {
        throw new Error(
          `Prism refused the call: ${e.status} ${e.headers['sl-violations'] ?? e.body}\n${prism().log().slice(-2000)}`,
          { cause: e },
        );
      }
      throw e;
    }
  };

  beforeEach(() => {
    seen.length = 0;
    scopes.length = 0;
  });

  it('has one generated function per spec operation, a paging function beside each list, and no other', () => {
    const lists = specOps.filter((o) => o.operationId.startsWith('list')).map((o) => `${o.operationId}All`);
    expect([...functions.keys()].sort()).toEqual([...specOps.map((o) => o.operationId), ...lists].sort());
  });

  it('calls every kind of operation: list, get, create, update and delete', () => {
    expect(new Set(specOps.map((o) => o.method))).toEqual(new Set(['GET', 'POST', 'PATCH', 'DELETE']));
  });

  it.each(specOps.filter((o) => !isPlaceholder(o)))(
    '$method $operationId: the documented example is accepted, and the documented success comes back typed',
    async (op) => {
      const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
      const fn = functions.get(op.operationId)!;
      const r = await accepted(call(fn, op, client(), params, { headers: { prefer: `code=${op.status}` } }));
      if (op.response) {
        expect(r).toMatchObject({ status: op.status, hasContent: true });
        expect(r.data).toEqual(op.response.value);
      } else {
        expect(r).toMatchObject({ status: 204, hasContent: false, data: undefined });
      }
      // The URL the generated path builder made is the spec's template with the values filled in.
      expect(seen.map((e) => [e.method, e.url])).toEqual([
        [op.method, prism().origin + op.template.replace(/\{(\w+)\}/g, (_, name: string) => params[name])],
      ]);
      expect(seen[0].headers).toMatchObject({ authorization: 'REDACTED' });
      if (op.requestSchema) expect(seen[0].headers['content-type']).toBe('application/json');
      expect(scopes).toEqual([[prism().origin + '/.default']]);
    },
  );

  it('a list with $filter, $select, $orderby, $top, $skip and $count: Prism accepts the query the client builds', async () => {
    const op = specOps.find((o) => o.operationId == 'listDeviceConfigurationDeviceStatuses')!;
    const params = { deviceConfigurationId: 'dc-1' };
    const query = {
      $filter: "status eq 'error'",
      $select: ['id', 'deviceDisplayName', 'status'],
      $orderby: ['lastReportedDateTime desc'],
      $top: 50,
      $skip: 100,
      $count: true,
    };
    const fn = functions.get(op.operationId) as NoBodyOperation;
    const r = await accepted(fn(client(), { ...params, query }, { headers: { prefer: 'code=200' } }));
    expect(r).toMatchObject({ status: 200, hasContent: true });
    const url = new URL(seen[0].url);
    expect(url.pathname).toBe('/deviceManagement/deviceConfigurations/dc-1/deviceStatuses');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      $filter: "status eq 'error'",
      $select: 'id,deviceDisplayName,status',
      $orderby: 'lastReportedDateTime desc',
      $top: '50',
      $skip: '100',
      $count: 'true',
    });
  });

  it('Prism really validates the query: a $top that is no integer comes back as GraphError 422', async () => {
    const op = specOps.find((o) => o.operationId == 'listDeviceConfigurations')!;
    const e = await rejection(
      (functions.get(op.operationId) as NoBodyOperation)(client(), { query: { $top: 'many' as unknown as number } }),
    );
    expect(e).toBeInstanceOf(pkg.GraphError);
    expect((e as beta.GraphError).status).toBe(422);
    expect(JSON.parse((e as beta.GraphError).headers['sl-violations'])).toEqual([
      expect.objectContaining({ location: ['request', 'query', '$top'] }),
    ]);
  });

  const doubtful = specOps.filter(isPlaceholder);
  if (doubtful.length) {
    // Beta page 002 is a draft whose examples name types instead of giving values ("platform": "Integer"):
    // its request example is invalid by design, so Prism must refuse it; a body built from the schema is accepted.
    // Its response example is a placeholder too, and `--errors` makes Prism answer 500 rather than send an
    // answer that breaks the spec, so the 200 is asked for as a dynamic one (generated from the schema) and checked
    // against the schema.
    it.each(doubtful)('$operationId (doubtful): the placeholder example is refused with 422', async (op) => {
      const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
      const e = await rejection(call(functions.get(op.operationId)!, op, client(), params, {}));
      expect(e).toBeInstanceOf(pkg.GraphError);
      const err = e as beta.GraphError;
      expect(err.status).toBe(422);
      const violations = JSON.parse(err.headers['sl-violations']) as { location: string[] }[];
      expect(violations.map((v) => v.location.join('.'))).toEqual(
        expect.arrayContaining(['request.body.platform', 'request.body.status']),
      );
    });

    it.each(doubtful)(
      '$operationId (doubtful): a body built from the schema is accepted; the 200 fits the schema',
      async (op) => {
        const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
        const body = bodyFromSchema(loadSpec(version), op.requestSchema!);
        expect(Object.keys(body)).toEqual(
          expect.arrayContaining(['platform', 'status', 'complianceGracePeriodExpirationDateTime']),
        );
        const r = await accepted(
          call(
            functions.get(op.operationId)!,
            op,
            client(),
            params,
            { headers: { prefer: 'code=200, dynamic=true' } },
            body,
          ),
        );
        expect(r).toMatchObject({ status: 200, hasContent: true });
        const valid = schemaValidator(version, op.responseSchema!);
        expect(valid(r.data) ? [] : valid.errors).toEqual([]);
        expect(Object.keys(r.data as Json).length).toBeGreaterThan(0);
      },
    );
  }

  const firstUpdate = (): SpecOperation => specOps.find((o) => o.method == 'PATCH' && !o.doubtful)!;

  it('Prefer: code=204 gives an update the no-content result', async () => {
    const op = firstUpdate();
    const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
    const r = await accepted(
      call(functions.get(op.operationId)!, op, client(), params, { headers: { prefer: 'code=204' } }),
    );
    expect(r).toMatchObject({ status: 204, hasContent: false, data: undefined });
  });

  it('Prism really validates: a wrong enum value sent with client.send comes back as GraphError 422, not retried', async () => {
    const op = firstUpdate();
    const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
    const urlPath = op.template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
    const c = client({ retry: { maxRetries: 3, baseDelayMs: 1 } });
    const e = await rejection(c.send({ method: 'PATCH', path: urlPath, body: { status: 'definitelyNotAStatus' } }));
    expect(e).toBeInstanceOf(pkg.GraphError);
    const err = e as beta.GraphError;
    expect(err.status).toBe(422);
    // Prism's answer body is the spec's 4XX response generated from its schema: a Graph error body whose
    // strings all read "string"; the violation itself is in Prism's sl-violations header.
    expect(err.code).toBe('string');
    expect(err.innerError).toMatchObject({ 'request-id': 'string' });
    expect(JSON.parse(err.headers['sl-violations'])).toEqual([
      expect.objectContaining({ location: ['request', 'body', 'status'], code: 'enum' }),
    ]);
    expect(seen).toHaveLength(1);
  });

  it('without a credential Prism refuses the call (the spec has security): GraphError 401', async () => {
    const op = firstUpdate();
    const params = Object.fromEntries(op.pathParams.map((p, i) => [p, `${p}-${i + 1}`]));
    const e = await rejection(call(functions.get(op.operationId)!, op, client({ credential: undefined }), params, {}));
    expect(e).toBeInstanceOf(pkg.GraphError);
    expect((e as beta.GraphError).status).toBe(401);
    expect((e as beta.GraphError).headers['sl-violations']).toMatch(/security/i);
    expect(seen[0].headers.authorization).toBeUndefined();
  });
});

// The same calls written as a user writes them: the compiler checks the body and result types
// (`npm run typecheck` covers this file), Prism checks the wire.
describe('typed calls', () => {
  it('beta updateDeviceConfigurationDeviceStatus: typed body in, DeviceConfigurationDeviceStatus out', async () => {
    const client = beta.createClient({ baseUrl: prisms.get('beta')!.origin, credential: async () => 'test-token' });
    const body: beta.DeviceConfigurationDeviceStatusUpdate = {
      status: 'compliant',
      platform: 8,
      lastReportedDateTime: '2026-11-25T12:00:00Z',
    };
    // @ts-expect-error id is read-only: not part of the update body
    const withId: beta.DeviceConfigurationDeviceStatusUpdate = { id: 'x' };
    expect(withId).toBeDefined();
    const r = await beta.updateDeviceConfigurationDeviceStatus(
      client,
      { deviceConfigurationId: 'dc-1', deviceConfigurationDeviceStatusId: 'st-1' },
      body,
      { headers: { prefer: 'code=200' } },
    );
    if (!r.hasContent) throw new Error(`expected content, got ${r.status}`);
    const status: beta.ComplianceStatus | undefined = r.data.status;
    const platform: number | undefined = r.data.platform;
    expect(beta.complianceStatusValues).toContain(status);
    expect(platform).toBe(8);
    expect(r.data.id).toBe('674e98e5-98e5-674e-e598-4e67e5984e67');
  });

  it('v1.0 updateMobileAppConfigurationDeviceStatus through createSdk: typed result, 204 told apart', async () => {
    const sdk = v1.createSdk({ baseUrl: prisms.get('v1.0')!.origin, credential: async () => 'test-token' });
    const params = {
      managedDeviceMobileAppConfigurationId: 'mac-1',
      managedDeviceMobileAppConfigurationDeviceStatusId: 'st-1',
    };
    const r = await sdk.deviceAppManagement.updateMobileAppConfigurationDeviceStatus(
      params,
      { status: 'remediated' },
      {
        headers: { prefer: 'code=204' },
      },
    );
    expect(r).toMatchObject({ status: 204, hasContent: false });
    if (!r.hasContent) {
      const nothing: undefined = r.data;
      expect(nothing).toBeUndefined();
    }
    const r2 = await sdk.deviceAppManagement.updateMobileAppConfigurationDeviceStatus(
      params,
      { status: 'remediated' },
      {
        headers: { prefer: 'code=200' },
      },
    );
    // userName is nullable: the service sends null for a device that reported no user (CURATION C22).
    const userName: string | null | undefined = r2.hasContent ? r2.data.userName : undefined;
    expect(userName).toBe('User Name value');
  });
  it('v1.0 list, create and delete of device configuration statuses: typed pages, typed bodies', async () => {
    const client = v1.createClient({ baseUrl: prisms.get('v1.0')!.origin, credential: async () => 'test-token' });
    const page = await v1.listDeviceConfigurationDeviceStatuses(
      client,
      { deviceConfigurationId: 'dc-1', query: { $filter: "status eq 'error'", $top: 10 } },
      { headers: { prefer: 'code=200' } },
    );
    if (!page.hasContent) throw new Error(`expected content, got ${page.status}`);
    const items: v1.DeviceConfigurationDeviceStatus[] = page.data.value ?? [];
    const next: string | null | undefined = page.data['@odata.nextLink'];
    expect(items.map((s) => s.status)).toEqual(['notApplicable']);
    expect(next).toBeUndefined();
    type ListParams = Parameters<typeof v1.listDeviceConfigurationDeviceStatuses>[1];
    // @ts-expect-error $top is a number
    const wrongTop: ListParams = { deviceConfigurationId: 'dc-1', query: { $top: '10' } };
    expect(wrongTop).toBeDefined();

    const created = await v1.createDeviceConfigurationDeviceStatus(
      client,
      { deviceConfigurationId: 'dc-1' },
      { status: 'error', deviceDisplayName: null },
      { headers: { prefer: 'code=201' } },
    );
    expect(created).toMatchObject({ status: 201, hasContent: true });
    const gone = await v1.deleteDeviceConfigurationDeviceStatus(client, {
      deviceConfigurationId: 'dc-1',
      deviceConfigurationDeviceStatusId: 'st-1',
    });
    expect(gone).toMatchObject({ status: 204, hasContent: false });
  });
});
