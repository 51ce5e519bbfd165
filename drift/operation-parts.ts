/**
 * The parts of a curated operation that drift compares, read the same way from the spec and from
 * Microsoft's description: parameters (through $refs), request and response bodies, the success
 * response, and a body's type name.
 */
import { pointerJoin } from '../generator/diagnostics.js';
import { isObject, type Json } from '../generator/json.js';
import { pathParameterNames } from './description.js';
import type { DriftKind, Finding } from './difference.js';
import { shapeOf, type Resolve, type Shape } from './shape.js';

// The spec's JSON values, read as the generator reads them.
export { isObject, type Json } from '../generator/json.js';

/** A curated operation. */
export interface SpecOperation {
  readonly path: string;
  readonly method: string;
  readonly operation: Json;
  readonly pathItem: Json;
  /** `#/paths/…/patch` */
  readonly pointer: string;
}

export interface Parameter {
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

export function parameters(
  item: Json,
  itemPointer: string,
  op: Json,
  opPointer: string,
  resolve: Resolve,
): Parameter[] {
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
export function bodySchema(
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
export function successResponse(op: Json): string | undefined {
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
export function recorder(ctx: OperationContext, source: string, via: readonly string[]) {
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

/**
 * What comparing a curated operation with any source starts from: its name, a recorder of findings
 * in `source`, and its parameters.
 */
export function startComparison(op: SpecOperation, ctx: OperationContext, source: string) {
  const via = [op.pointer];
  return {
    name: String(op.operation.operationId ?? `${op.method.toUpperCase()} ${op.path}`),
    via,
    add: recorder(ctx, source, via),
    ours: parameters(op.pathItem, pointerJoin('#/paths', op.path), op.operation, op.pointer, ctx.resolve),
  };
}

/** Our body schema held at `at` (a request body or a response) and its shape. */
export function ourBody(holder: unknown, at: string, ctx: OperationContext) {
  const body = bodySchema(holder, at, ctx.resolve);
  return {
    body,
    shape: body ? shapeOf(body.schema, body.pointer, [...body.via, body.pointer], ctx.resolve) : undefined,
  };
}

/** Path parameters, in order, against the names a source gives them. */
export function comparePathParameters(
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

/** The body's type name without namespace, as the subject of its findings. */
export function shortName(shape: Shape): string {
  const name = bodyName(shape).replace(/^collection of /, '');
  return name.replace(/^microsoft\.graph\./, '') || 'body';
}
