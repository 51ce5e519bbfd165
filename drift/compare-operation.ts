/**
 * One curated operation against one source: Microsoft's description or the doc pages that document
 * the same method and path. Path and method, path and query parameters, the request and response
 * bodies, and (pages only: the description has none) permissions.
 */
import { pointerJoin } from '../generator/diagnostics.js';
import { compareShapes } from './compare-shapes.js';
import { pathKey, pathParameterNames, type Description } from './description.js';
import type { DriftKind, Finding } from './difference.js';
import { tableShape, type EnumMembers } from './pages/page-shape.js';
import type { Page, PagePermission } from './pages/parse-page.js';
import { shapeOf, unnamed, type Resolve, type Shape } from './shape.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A curated operation. */
export interface SpecOperation {
  readonly path: string;
  readonly method: string;
  readonly operation: Json;
  readonly pathItem: Json;
  /** `#/paths/…/patch` */
  readonly pointer: string;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly pointer: string;
  readonly via: readonly string[];
}

/** A value with $refs followed (for parameters, request bodies and responses), with its pointer. */
function deref(value: unknown, pointer: string, resolve: Resolve): { value: unknown; pointer: string; via: string[] } {
  const via: string[] = [];
  for (let i = 0; i < 8 && isObject(value) && typeof value.$ref === 'string'; i++) {
    pointer = value.$ref;
    via.push(pointer);
    value = resolve(value.$ref);
  }
  return { value, pointer, via };
}

function parameters(item: Json, itemPointer: string, op: Json, opPointer: string, resolve: Resolve): Parameter[] {
  const found = new Map<string, Parameter>();
  const read = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      const { value, pointer, via } = deref(p, pointerJoin(at, 'parameters', i), resolve);
      if (isObject(value) && typeof value.name === 'string' && typeof value.in === 'string') {
        found.set(`${value.in} ${value.name}`, { name: value.name, in: value.in, pointer, via });
      }
    });
  };
  read(item.parameters, itemPointer);
  read(op.parameters, opPointer); // an operation's parameter overrides its path's
  return [...found.values()];
}

/** The JSON schema of a request body or response, with the pointers crossed to reach it. */
function bodySchema(
  holder: unknown,
  at: string,
  resolve: Resolve,
): { schema: unknown; pointer: string; via: string[] } | undefined {
  const { value, pointer, via } = deref(holder, at, resolve);
  if (!isObject(value) || !isObject(value.content)) return undefined;
  const media = Object.keys(value.content).find((m) => /json/i.test(m));
  const content = media ? (value.content as Json)[media] : undefined;
  if (!isObject(content) || content.schema === undefined) return undefined;
  return { schema: content.schema, pointer: pointerJoin(pointer, 'content', media!, 'schema'), via: [pointer, ...via] };
}

/** The success response: 200, 201, or a 2XX range. */
function successResponse(op: Json): string | undefined {
  const responses = isObject(op.responses) ? op.responses : {};
  return ['200', '201', '2XX'].find((code) => responses[code] !== undefined);
}

/** A body's type as pages and descriptions name it: `microsoft.graph.x`, or `collection of microsoft.graph.x`. */
export function bodyName(shape: Shape | undefined): string {
  if (!shape) return '';
  if (shape.type === 'object') {
    const value = shape.properties().get('value');
    if (value?.type === 'array' && value.items?.refName) return `collection of ${value.items.refName}`;
  }
  return shape.refName ?? (shape.type === 'object' ? 'an inline object' : shape.type);
}

export interface OperationContext {
  readonly resolve: Resolve;
  readonly document: Json;
  readonly out: Finding[];
}

/** Records a finding of one operation against one source; `extra` adds the pointers it was reached through. */
function recorder(ctx: OperationContext, source: string, via: readonly string[]) {
  return (
    kind: DriftKind,
    pointer: string,
    subject: string,
    ours: string,
    theirs: string,
    extra: readonly string[] = [],
  ): void => {
    ctx.out.push({ kind, pointer, subject, ours, theirs, source, via: [...via, ...extra] });
  };
}

export function compareWithDescription(op: SpecOperation, description: Description, ctx: OperationContext): void {
  const label = `${op.method.toUpperCase()} ${op.path}`;
  const via = [op.pointer];
  const add = recorder(ctx, description.display, via);

  const theirs = description.pathItem(op.path);
  if (!theirs) return add('path-missing', op.pointer, label, label, '');
  const theirOp = theirs.item[op.method];
  if (!isObject(theirOp)) {
    const methods = Object.keys(theirs.item).filter((k) => ['get', 'put', 'post', 'delete', 'patch'].includes(k));
    return add(
      'method-missing',
      op.pointer,
      label,
      op.method,
      methods.map((m) => m.toUpperCase()).join(', ') || 'no method',
    );
  }
  const name = String(op.operation.operationId ?? label);
  const ours = parameters(op.pathItem, pointerJoin('#/paths', op.path), op.operation, op.pointer, ctx.resolve);
  const other = parameters(
    theirs.item,
    theirs.pointer,
    theirOp,
    pointerJoin(theirs.pointer, op.method),
    description.resolve,
  );
  comparePathParameters(op, ours, pathParameterNames(theirs.template).map(normalizeKeyName), (p, theirName) =>
    add('path-parameter-name', p.pointer, name, p.name, theirName, p.via),
  );
  const ourQuery = ours.filter((p) => p.in === 'query');
  const theirQuery = other.filter((p) => p.in === 'query');
  for (const q of theirQuery)
    if (!ourQuery.some((p) => p.name === q.name)) add('query-parameter-missing', op.pointer, name, '', q.name);
  for (const q of ourQuery)
    if (!theirQuery.some((p) => p.name === q.name)) add('query-parameter-extra', q.pointer, name, q.name, '', q.via);

  const bodies: [string, unknown, string, unknown, string][] = [
    [
      'request body',
      op.operation.requestBody,
      pointerJoin(op.pointer, 'requestBody'),
      theirOp.requestBody,
      'requestBody',
    ],
  ];
  const ourCode = successResponse(op.operation);
  const theirCode = successResponse(theirOp);
  if (ourCode && theirCode) {
    bodies.push([
      'response body',
      (op.operation.responses as Json)[ourCode],
      pointerJoin(op.pointer, 'responses', ourCode),
      (theirOp.responses as Json)[theirCode],
      theirCode,
    ]);
  }
  for (const [what, ourHolder, ourAt, theirHolder] of bodies) {
    const mine = bodySchema(ourHolder, ourAt, ctx.resolve);
    const their = bodySchema(theirHolder, '#', description.resolve);
    const mineShape = mine ? shapeOf(mine.schema, mine.pointer, [...mine.via, mine.pointer], ctx.resolve) : undefined;
    const theirShape = their ? shapeOf(their.schema, their.pointer, [], description.resolve) : undefined;
    const [a, b] = [bodyName(mineShape), bodyName(theirShape)];
    if (a !== b) add('body-type', mine?.pointer ?? ourAt, `${name} ${what}`, a, b, mine?.via ?? []);
    if (mineShape && theirShape) {
      compareShapes(unnamed(mineShape), unnamed(theirShape), shortName(mineShape), {
        source: description.display,
        via,
        out: ctx.out,
        seen: new Set(),
      });
    }
  }
}

/** `managedDeviceMobileAppConfiguration-id` (Microsoft's description) names what `managedDeviceMobileAppConfigurationId` (the pages) does. */
function normalizeKeyName(name: string): string {
  return name.replace(/-id$/i, 'Id');
}

function comparePathParameters(
  op: SpecOperation,
  ours: Parameter[],
  theirNames: string[],
  report: (p: Parameter, theirName: string) => void,
): void {
  pathParameterNames(op.path).forEach((name, i) => {
    const theirName = theirNames[i];
    if (theirName === undefined || theirName === name) return;
    const declared = ours.find((p) => p.in === 'path' && p.name === name) ?? {
      name,
      in: 'path',
      pointer: pointerJoin('#/paths', op.path),
      via: [],
    };
    report(declared, theirName);
  });
}

function shortName(shape: Shape): string {
  const name = bodyName(shape).replace(/^collection of /, '');
  return name.replace(/^microsoft\.graph\./, '') || 'body';
}

const PERMISSION_KINDS = ['delegatedWorkOrSchool', 'delegatedPersonalMicrosoftAccount', 'application'] as const;

/** The set a permission row stands for: its names, or "Not supported" as a member of its own. */
function permissionSet(value: unknown): string[] {
  if (value === 'Not supported') return ['Not supported'];
  return Array.isArray(value) ? value.map(String) : [];
}

export function compareWithPage(op: SpecOperation, page: Page, enums: EnumMembers, ctx: OperationContext): void {
  const name = String(op.operation.operationId ?? `${op.method.toUpperCase()} ${op.path}`);
  const via = [op.pointer];
  const add = recorder(ctx, page.file, via);

  const request = page.requests.find((r) => r.method === op.method && pathKey(r.path) === pathKey(op.path));
  const ours = parameters(op.pathItem, pointerJoin('#/paths', op.path), op.operation, op.pointer, ctx.resolve);
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
  const requestBody = bodySchema(op.operation.requestBody, pointerJoin(op.pointer, 'requestBody'), ctx.resolve);
  const requestShape = requestBody
    ? shapeOf(requestBody.schema, requestBody.pointer, [...requestBody.via, requestBody.pointer], ctx.resolve)
    : undefined;
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
    const response = bodySchema(
      (op.operation.responses as Json)[code],
      pointerJoin(op.pointer, 'responses', code),
      ctx.resolve,
    );
    const shape = response
      ? shapeOf(response.schema, response.pointer, [...response.via, response.pointer], ctx.resolve)
      : undefined;
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
