/**
 * Both curated documents are valid OpenAPI 3.1 (checked by a maintained validator library), plus the
 * few semantic rules a schema cannot express.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  SPEC_DIR,
  SPEC_FILES,
  VERSIONS,
  deref,
  isObject,
  loadSpec,
  operations,
  resolvePointer,
  walk,
  type Json,
} from './helpers/spec-documents.js';

interface ValidatorResult {
  file: string;
  valid: boolean;
  version: string | null;
  errors: unknown;
}

describe('OpenAPI schema validation (@seriousme/openapi-schema-validator)', () => {
  // The library is ESM only; run it in a child process (see helpers/validate-openapi.mjs).
  const script = path.join(__dirname, 'helpers', 'validate-openapi.mjs');
  const files = VERSIONS.map((v) => SPEC_FILES[v]);
  let results: ValidatorResult[] = [];
  let stderr = '';

  beforeAll(() => {
    const run = spawnSync(process.execPath, [script, ...files], { encoding: 'utf8' });
    stderr = run.stderr;
    if (run.status !== 0) throw new Error(`validator exited with ${run.status}: ${run.stderr}`);
    results = JSON.parse(run.stdout) as ValidatorResult[];
  });

  it.each(VERSIONS)('%s is a valid OpenAPI 3.1 document', (version) => {
    const result = results.find((r) => r.file === SPEC_FILES[version]);
    expect(result).toBeDefined();
    expect(result!.errors).toBeNull();
    expect(result!.valid).toBe(true);
    expect(result!.version).toBe('3.1');
  });

  it('prints no warning (none is accepted)', () => {
    expect(stderr).toBe('');
  });

  it('is not a check that passes everything', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-'));
    try {
      const broken = path.join(dir, 'broken.yaml');
      fs.writeFileSync(broken, 'openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n'); // info.version missing
      const out = execFileSync(process.execPath, [script, broken], { encoding: 'utf8' });
      expect((JSON.parse(out) as ValidatorResult[])[0]!.valid).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(VERSIONS)('semantic checks of %s', (version) => {
  const doc = loadSpec(version);
  const ops = operations(doc);

  it('every $ref resolves inside the document', () => {
    const broken: string[] = [];
    walk(doc, (node, pointer) => {
      if (isObject(node) && typeof node.$ref === 'string' && resolvePointer(doc, node.$ref) === undefined) {
        broken.push(`${pointer}: ${node.$ref}`);
      }
    });
    expect(broken).toEqual([]);
  });

  it('path templates and declared path parameters match; each is a required, described string', () => {
    for (const { path: p, operation, pathItem } of ops) {
      const inTemplate = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const declared = [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]
        .map((raw) => deref(doc, raw) as Json)
        .filter((param) => param.in === 'path');
      expect({ p, names: declared.map((d) => d.name).sort() }).toEqual({ p, names: [...inTemplate].sort() });
      for (const param of declared) {
        expect(param).toMatchObject({ required: true, schema: { type: 'string' } });
        expect(typeof param.description === 'string' && param.description.length > 0).toBe(true);
      }
    }
  });

  it('operationIds are unique camelCase identifiers', () => {
    const ids = ops.map(({ operation }) => operation.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each operation offers the scopes of its x-ms-permissions as alternatives, all declared by the scheme', () => {
    const flows = (((doc.components as Json).securitySchemes as Json).microsoftIdentityPlatform as Json).flows as Json;
    const declared = Object.keys((flows.authorizationCode as Json).scopes as Json).sort();
    expect(Object.keys((flows.clientCredentials as Json).scopes as Json).sort()).toEqual(declared);
    const used = new Set<string>();
    for (const { operation } of ops) {
      const perms = operation['x-ms-permissions'] as Json;
      expect(Object.keys(perms)).toEqual(['delegatedWorkOrSchool', 'delegatedPersonalMicrosoftAccount', 'application']);
      const names = Object.values(perms).flatMap((v) => (v === 'Not supported' ? [] : (v as string[])));
      const scopes = [...new Set(names)];
      // "One of the following permissions": one requirement object per scope (spec/CURATION.md C20).
      const expected = scopes.length
        ? scopes.map((s) => ({ microsoftIdentityPlatform: [s] }))
        : [{ microsoftIdentityPlatform: [] }];
      expect(operation.security).toEqual(expected);
      scopes.forEach((s) => used.add(s));
    }
    expect([...used].sort()).toEqual(declared);
  });

  it('a doubtful operation gives its reason', () => {
    for (const { operation } of ops.filter((o) => o.operation['x-doubtful'] !== undefined)) {
      expect(operation['x-doubtful']).toBe(true);
      expect(String(operation['x-doubtful-reason'] ?? '').length).toBeGreaterThan(20);
    }
  });
});

describe('x-curation marks and spec/CURATION.md', () => {
  const curation = fs.readFileSync(path.join(SPEC_DIR, 'CURATION.md'), 'utf8');
  const entries = [...curation.matchAll(/<a id="(C\d+)"><\/a>\n\n?### \1\. /g)].map((m) => m[1]);
  const marks = new Set<string>();
  for (const version of VERSIONS) {
    walk(loadSpec(version), (node) => {
      if (isObject(node) && node['x-curation'] !== undefined) {
        (node['x-curation'] as string[]).forEach((id) => marks.add(id));
      }
    });
  }

  it('numbers its entries C1, C2, … without gaps', () => {
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries).toEqual(entries.map((_, i) => `C${i + 1}`));
  });

  it('every mark in the spec names an entry, and every entry is marked somewhere', () => {
    expect([...marks].filter((id) => !entries.includes(id))).toEqual([]);
    expect(entries.filter((id) => !marks.has(id))).toEqual([]);
  });
});
