/**
 * Every finding of one curated spec: each operation against the description and the pages that
 * document it, what the pages document that the spec lacks, and the resource and enum pages
 * against the schemas of the same name.
 */
import { pointerJoin } from '../generator/diagnostics.js';
import { compareShapes } from './compare-shapes.js';
import { compareWithDescription } from './compare-with-description.js';
import { compareWithPage } from './compare-with-page.js';
import { pathKey, type Description } from './description.js';
import type { Finding } from './difference.js';
import type { SpecOperation } from './operation-parts.js';
import type { PageIndex } from './pages/load-pages.js';
import { tableShape } from './pages/page-shape.js';
import type { GraphVersion } from './pages/parse-page.js';
import { resolveIn, shapeOf, unnamed } from './shape.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function operationsOf(document: Record<string, unknown>): SpecOperation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  const ops: SpecOperation[] = [];
  for (const [p, item] of Object.entries(paths)) {
    if (p.startsWith('x-') || typeof item !== 'object' || item === null) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (typeof operation === 'object' && operation !== null)
        ops.push({
          path: p,
          method,
          operation: operation as Record<string, unknown>,
          pathItem: item,
          pointer: pointerJoin('#/paths', p, method),
        });
    }
  }
  return ops;
}

/** Every finding of one spec, in the order found. */
export function compareSpec(
  document: Record<string, unknown>,
  version: GraphVersion,
  description: Description | undefined,
  pages: PageIndex,
): Finding[] {
  const out: Finding[] = [];
  const resolve = resolveIn(document);
  const ctx = { resolve, document, out };
  const versionPages = pages.ofVersion(version);
  const enums = new Map<string, readonly string[]>();
  for (const page of versionPages) if (page.enumType) enums.set(page.enumType.name, page.enumType.members);
  const operations = operationsOf(document);

  for (const op of operations) {
    if (description) compareWithDescription(op, description, ctx);
    const documenting = pages.byRequest(version, op.method, op.path);
    const label = `${op.method.toUpperCase()} ${op.path}`;
    if (documenting.length === 0) {
      const others = pages.byPath(version, op.path);
      const methods = [
        ...new Set(
          others.flatMap((p) =>
            p.requests.filter((r) => pathKey(r.path) === pathKey(op.path)).map((r) => r.method.toUpperCase()),
          ),
        ),
      ];
      if (others.length > 0)
        out.push({
          kind: 'method-missing',
          pointer: op.pointer,
          subject: label,
          ours: op.method,
          theirs: methods.join(', '),
          source: 'the doc pages',
          via: [op.pointer],
        });
      else
        out.push({
          kind: 'path-missing',
          pointer: op.pointer,
          subject: label,
          ours: label,
          theirs: '',
          source: 'the doc pages',
          via: [op.pointer],
        });
    }
    for (const page of documenting) compareWithPage(op, page, enums, ctx);
  }

  // What the pages document that the spec does not.
  const ours = new Set(operations.map((op) => `${op.method} ${pathKey(op.path)}`));
  const pathItems = new Map(operations.map((op) => [pathKey(op.path), pointerJoin('#/paths', op.path)]));
  for (const page of versionPages) {
    for (const r of page.requests) {
      if (ours.has(`${r.method} ${pathKey(r.path)}`)) continue;
      const at = pathItems.get(pathKey(r.path)) ?? '#/paths';
      out.push({
        kind: 'operation-missing',
        pointer: at,
        subject: `${r.method.toUpperCase()} ${r.path}`,
        ours: '',
        theirs: `${r.method.toUpperCase()} ${r.path}`,
        source: page.file,
        via: [at],
      });
    }
  }

  // Resource and enum pages against the schema of the same name.
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<
    string,
    unknown
  >;
  for (const page of versionPages) {
    const name = page.resource?.name ?? page.enumType?.name;
    const schema = name ? schemas[`microsoft.graph.${name}`] : undefined;
    if (!name || schema === undefined) continue;
    const pointer = pointerJoin('#/components/schemas', `microsoft.graph.${name}`);
    const mine = unnamed(shapeOf(schema, pointer, [pointer], resolve));
    const c = { source: page.file, via: [], out, seen: new Set<string>(), table: true };
    if (page.resource)
      compareShapes(mine, unnamed(tableShape(name, page.resource.properties, page.file, enums)), name, c);
    else
      compareShapes(
        mine,
        {
          type: 'string',
          enum: { members: page.enumType!.members, pointer: page.file, via: [] },
          pointer: page.file,
          via: [],
          properties: () => new Map(),
        },
        name,
        c,
      );
  }
  return out;
}
