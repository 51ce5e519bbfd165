/**
 * One curated operation against Microsoft's description: path and method, path and query
 * parameters, request and response bodies (the description names no permissions).
 */
import { pointerJoin } from '../generator/diagnostics.js';
import { compareShapes } from './compare-shapes.js';
import { pathParameterNames, type Description } from './description.js';
import {
  bodyName,
  bodySchema,
  comparePathParameters,
  isObject,
  ourBody,
  parameters,
  shortName,
  startComparison,
  successResponse,
  type Json,
  type OperationContext,
  type SpecOperation,
} from './operation-parts.js';
import { shapeOf, unnamed } from './shape.js';

export function compareWithDescription(op: SpecOperation, description: Description, ctx: OperationContext): void {
  const label = `${op.method.toUpperCase()} ${op.path}`;
  const { name, via, add, ours } = startComparison(op, ctx, description.display);

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
    const { body: mine, shape: mineShape } = ourBody(ourHolder, ourAt, ctx);
    const their = bodySchema(theirHolder, '#', description.resolve);
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

/**
 * `managedDeviceMobileAppConfiguration-id` (Microsoft's description) names what
 * `managedDeviceMobileAppConfigurationId` (the pages) does.
 */
function normalizeKeyName(name: string): string {
  return name.replace(/-id$/i, 'Id');
}
