/**
 * What a user of the curated packages reads in their editor: the JSDoc of each operation in the
 * published declarations (dist/operations/*.d.ts). A doubtful operation is @deprecated with its
 * reason; a permission the page did not document reads "not documented", not "not supported"; and
 * no word of how the spec was curated reaches the package.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERSIONS, loadSpec, operations, type Json } from './helpers/spec-documents.js';

const GENERATED = path.resolve(__dirname, '..', '..', 'generated');
const PACKAGE_DIR = { 'v1.0': 'graph-v1.0', beta: 'graph-beta' } as const;

/** Every file of a package folder, recursively, by relative path. */
function packageFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else out.set(child, fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return out;
}

/** The JSDoc block right above `export declare function <name>(` in a declaration file, joined into one line. */
function jsdocOf(declarations: string, name: string): string {
  // A function generic in its $select and $expand lists declares its type parameters first.
  const at = Math.max(
    declarations.indexOf(`export declare function ${name}(`),
    declarations.indexOf(`export declare function ${name}<`),
  );
  expect({ name, found: at >= 0 }).toEqual({ name, found: true });
  const start = declarations.lastIndexOf('/**', at);
  return declarations
    .slice(start, at)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\/?\s?|^\s*\/\*\*\s?/g, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe.each(VERSIONS)('the generated docs of %s', (version) => {
  const files = packageFiles(path.join(GENERATED, PACKAGE_DIR[version]));
  const declarations = [...files]
    .filter(([f]) => /^dist\/operations\/.*\.d\.ts$/.test(f))
    .map(([, text]) => text)
    .join('\n');
  const ops = operations(loadSpec(version));

  it('deprecate every doubtful operation with its reason, and no other', () => {
    for (const { operation } of ops) {
      const doc = jsdocOf(declarations, String(operation.operationId));
      const reason = String(operation['x-doubtful-reason'] ?? '').replace(/\s+/g, ' ');
      const deprecated = /@deprecated/.test(doc);
      expect({ id: operation.operationId, deprecated }).toEqual({
        id: operation.operationId,
        deprecated: operation['x-doubtful'] === true,
      });
      if (deprecated) expect(doc).toContain(`@deprecated ${reason}`);
    }
  });

  it('show each permission row as the spec has it: scopes, "not supported", or "not documented"', () => {
    for (const { operation } of ops) {
      const doc = jsdocOf(declarations, String(operation.operationId));
      const perms = operation['x-ms-permissions'] as Json;
      const shown = (value: unknown) =>
        Array.isArray(value) ? (value.length ? value.join(', ') : 'not documented') : 'not supported';
      expect(doc).toContain(
        `Permissions (least privileged first): - Delegated (work or school account): ${shown(perms.delegatedWorkOrSchool)} ` +
          `- Delegated (personal Microsoft account): ${shown(perms.delegatedPersonalMicrosoftAccount)} - Application: ${shown(perms.application)}`,
      );
    }
  });

  it('never tell how the spec was curated (seed pages, page numbers, drafts)', () => {
    const leaks = [...files]
      .filter(([f]) => !f.startsWith('src/runtime') && !f.startsWith('dist/runtime'))
      .flatMap(([f, text]) =>
        [...text.matchAll(/.{0,40}\b(seed|page 00\d|draft|CURATION)\b.{0,40}/gi)].map((m) => `${f}: ${m[0]}`),
      );
    expect(leaks).toEqual([]);
  });
});
