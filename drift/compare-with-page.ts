/**
 * One curated operation against a doc page that documents its method and path: path parameter
 * names, OData query support, permissions (x-ms-permissions and security), body types and the
 * request table's properties.
 */
import { pointerJoin } from '../generator/diagnostics.js';
import { compareShapes } from './compare-shapes.js';
import { pathKey, pathParameterNames } from './description.js';
import {
  bodyName,
  comparePathParameters,
  isObject,
  ourBody,
  shortName,
  startComparison,
  successResponse,
  type Json,
  type OperationContext,
  type SpecOperation,
} from './operation-parts.js';
import { tableShape, type EnumMembers } from './pages/page-shape.js';
import type { Page, PagePermission } from './pages/parse-page.js';
import { unnamed } from './shape.js';

const PERMISSION_KINDS = ['delegatedWorkOrSchool', 'delegatedPersonalMicrosoftAccount', 'application'] as const;

/** The set a permission row stands for: its names, or "Not supported" as a member of its own. */
function permissionSet(value: unknown): string[] {
  if (value === 'Not supported') return ['Not supported'];
  return Array.isArray(value) ? value.map(String) : [];
}

export function compareWithPage(op: SpecOperation, page: Page, enums: EnumMembers, ctx: OperationContext): void {
  const { name, via, add, ours } = startComparison(op, ctx, page.file);

  const request = page.requests.find((r) => r.method === op.method && pathKey(r.path) === pathKey(op.path));
  if (request)
    comparePathParameters(op, ours, pathParameterNames(request.path), (p, theirName) =>
      add('path-parameter-name', p.pointer, name, p.name, theirName, p.via),
    );
  if (page.queryParameters && !ours.some((p) => p.in === 'query'))
    add('query-parameter-missing', op.pointer, name, '', 'OData query parameters');

  // Permissions: the page's table against x-ms-permissions, kind by kind.
  const declared = isObject(op.operation['x-ms-permissions']) ? op.operation['x-ms-permissions'] : {};
  const permissionsAt = pointerJoin(op.pointer, 'x-ms-permissions');
  const rows: [string, PagePermission | undefined, string[]][] = page.permissions?.anyKind
    ? [
        [
          'any kind of token',
          page.permissions.anyKind,
          [
            ...new Set([...permissionSet(declared.delegatedWorkOrSchool), ...permissionSet(declared.application)]),
          ].filter((p) => p !== 'Not supported'),
        ],
      ]
    : PERMISSION_KINDS.filter((k) => page.permissions?.[k] !== undefined).map((k) => [
        k,
        page.permissions![k],
        permissionSet(declared[k]),
      ]);
  for (const [kind, pageValue, mine] of rows) {
    const theirs = permissionSet(pageValue);
    const at =
      declared[kind] !== undefined
        ? pointerJoin(permissionsAt, kind)
        : isObject(op.operation['x-ms-permissions'])
          ? permissionsAt
          : op.pointer;
    for (const p of theirs) if (!mine.includes(p)) add('permission-missing', at, `${name} ${kind}`, '', p);
    for (const p of mine) if (!theirs.includes(p)) add('permission-extra', at, `${name} ${kind}`, p, '');
  }
  // "One of the following permissions": several scopes in one requirement would demand them all.
  const security = Array.isArray(op.operation.security)
    ? op.operation.security
    : Array.isArray(ctx.document.security)
      ? ctx.document.security
      : [];
  const securityAt = Array.isArray(op.operation.security) ? pointerJoin(op.pointer, 'security') : '#/security';
  security.forEach((requirement: unknown, i: number) => {
    if (!isObject(requirement)) return;
    for (const [scheme, scopes] of Object.entries(requirement)) {
      if (Array.isArray(scopes) && scopes.length > 1 && page.permissions) {
        add('permission-alternatives', pointerJoin(securityAt, i), name, scopes.join(' + '), scopes.join(' | '), [
          pointerJoin('#/components/securitySchemes', scheme),
        ]);
      }
    }
  });

  // Bodies: the type the page names, and the request table's properties.
  const { body: requestBody, shape: requestShape } = ourBody(
    op.operation.requestBody,
    pointerJoin(op.pointer, 'requestBody'),
    ctx,
  );
  if (page.requestType && requestShape) {
    const theirs = `microsoft.graph.${page.requestType}`;
    if (bodyName(requestShape) !== theirs)
      add('body-type', requestBody!.pointer, `${name} request body`, bodyName(requestShape), theirs, requestBody!.via);
  }
  if (page.requestProperties && requestShape && page.requestType) {
    compareShapes(
      unnamed(requestShape),
      unnamed(tableShape(page.requestType, page.requestProperties, page.file, enums)),
      shortName(requestShape),
      { source: page.file, via, out: ctx.out, seen: new Set(), table: true },
    );
  }
  const code = successResponse(op.operation);
  if (page.responseType && code) {
    const { body: response, shape } = ourBody(
      (op.operation.responses as Json)[code],
      pointerJoin(op.pointer, 'responses', code),
      ctx,
    );
    const theirs = `${page.responseType.collection ? 'collection of ' : ''}microsoft.graph.${page.responseType.name}`;
    if (bodyName(shape) !== theirs)
      add(
        'body-type',
        response?.pointer ?? pointerJoin(op.pointer, 'responses', code),
        `${name} response body`,
        bodyName(shape),
        theirs,
        response?.via ?? [],
      );
  }
}
