import { createHash } from 'node:crypto';
import { pointerJoin, warning } from '../diagnostics.js';
import { followRefs } from '../load/bundle.js';
import { collectionOf } from './collection.js';
import type {
  IrDoc,
  IrOperation,
  IrParameter,
  IrPathParamsType,
  IrPathTemplate,
  IrPermission,
  IrGroup,
  IrProfile,
  IrResponse,
  IrType,
  ModelListener,
} from './ir.js';
import { camelCase, pascalCase, pathNames, pathParamProperties, type NameRegistry } from './naming.js';
import { ParameterListNames } from './parameter-lists.js';
import { responseOfUnion } from './polymorphic.js';
import { securityRequirements } from './profile.js';
import { schemaDoc, schemaToType, union } from './schema-type.js';
import type { TypeTable } from './schemas.js';
import { isObject, type Json } from '../json.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const PERMISSION_LABELS: Record<string, string> = {
  delegatedWorkOrSchool: 'Delegated (work or school account)',
  delegatedPersonalMicrosoftAccount: 'Delegated (personal Microsoft account)',
  application: 'Application',
};

/**
 * Builds the operations and path templates of a document, in document order. The listener hears
 * of each group as soon as it is complete (so that its files can be printed while the rest is
 * still being built) and of each path item built.
 */
export function buildOperations(
  document: Json,
  types: TypeTable,
  names: NameRegistry,
  listener: Pick<ModelListener, 'groupBuilt' | 'progress'> | undefined,
  profile: IrProfile,
): { operations: IrOperation[]; paths: IrPathTemplate[] } {
  const plain = profile.kind === 'openapi';
  const ctx = types.ctx;
  const deref = (value: unknown): Json | undefined => followRefs(document, value);
  const operations: IrOperation[] = [];
  const paths: IrPathTemplate[] = [];
  const parameters = new WeakMap<Json, IrParameter>();
  const groups = new GroupNames();
  const pathItems = Object.entries(isObject(document.paths) ? document.paths : {});
  // Helpers and parameter interfaces are named after what their path addresses, told apart from every other path and
  // prefix.
  const addressed = pathNames([
    ...new Set(
      pathItems.flatMap(([template]) => (template.includes('{') ? [template, paramsPrefix(template)] : [template])),
    ),
  ]);
  const paramsTypes = new PathParamsTypes(names, addressed);
  const listNames = new ParameterListNames(names, types);
  // Operation names come from the spec's operationIds: they are claimed before the derived
  // path-helper names, so a helper (never an operation) yields when the two meet.
  // By path, then method: both are property keys of the spec (their hashes already known), where a
  // pointer spelled again below would be a new string to hash and compare in full.
  const functionNames = new Map<string, Map<string, string>>();
  const ownIds = new Set<string>();
  /** Where each operationId is first used. */
  const operationIds = new Map<string, string>();
  for (const [template, rawItem] of pathItems) {
    const item = deref(rawItem);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!isObject(op)) continue;
      const pointer = pointerJoin('#/paths', template, method);
      const ownId = ownOperationId(op);
      const own = ownId !== undefined;
      if (own) ownIds.add(pointer);
      const id = ownId ?? `${method} ${template}`;
      const claimed = names.claim('value', camelCase(id), pointer, 'Operation');
      // Two operationIds the spec chose that name one function are numbered too, as the peers do
      // (validate/operation-ids.ts says so where they are written; --strict refuses them); a name
      // this generator derived (`GET /jobs` and `GET /jobs/`) is only numbered: the spec did nothing wrong.
      if (claimed.clashWith && own && ownIds.has(claimed.clashWith)) {
        const first = operationIds.get(id);
        ctx.diagnostics.push(
          warning(
            first ? 'operation-id-duplicate' : 'operation-id-collision',
            `operationId "${id}" of ${method.toUpperCase()} ${template} ${first ? 'is also the operationId' : `names the same function (${camelCase(id)}) as the operationId`} of the operation at ${first ?? claimed.clashWith}: this one is named ${claimed.name}`,
            { pointer: pointerJoin(pointer, 'operationId') },
          ),
        );
      } else if (claimed.clashWith) {
        ctx.diagnostics.push(
          warning(
            'name-collision',
            `operation ${method.toUpperCase()} ${template} would be named ${camelCase(id)}, like the operation at ${claimed.clashWith}; it is named ${claimed.name} (an operationId would choose)`,
            { pointer },
          ),
        );
      }
      functionNames.set(template, (functionNames.get(template) ?? new Map<string, string>()).set(method, claimed.name));
      if (own && !operationIds.has(id)) operationIds.set(id, pointer);
    }
  }
  // Where each group ends (groups are named in this same order below, so the names agree).
  const lastItemOf = new Map<string, number>();
  const built = new Map<string, { name: string; operations: IrOperation[]; paths: IrPathTemplate[] }>();
  const groupBuilt = listener?.groupBuilt && ((group: IrGroup) => listener.groupBuilt!(group));
  if (groupBuilt)
    pathItems.forEach(([template, rawItem], i) => deref(rawItem) && lastItemOf.set(groups.of(template), i));
  for (const [index, [template, rawItem]] of pathItems.entries()) {
    listener?.progress?.(index, pathItems.length, 'paths');
    const item = deref(rawItem);
    if (!item) continue;
    const itemPointer = pointerJoin('#/paths', template);
    const firstOperation = operations.length;
    const group = groups.of(template);
    const pathBase = addressed.get(template)!;
    const helperName = names.claim('value', `${pathBase}Path`, itemPointer, 'Helper').name;
    const constName = names.claim('value', `${pathBase}PathTemplate`, itemPointer, 'Helper').name;
    // A name used twice (`/a/{b}/{b}`) is one parameter, put in both places.
    const templateParams = [...new Set([...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!))];
    const { properties, clashes } = pathParamProperties(templateParams);
    for (const c of clashes) {
      ctx.diagnostics.push(
        warning(
          'name-collision',
          `path parameter "${c.wire}" of ${template} would be the property ${c.wanted} of params, like "${c.other}"; it is ${c.property}`,
          { pointer: itemPointer },
        ),
      );
    }
    // A path helper serves every method of its path: it takes the path item's own parameter
    // texts, and an operation's only where the path item has none.
    const pathDocs = new Map<string, IrDoc>();
    for (const p of mergeParameters(item.parameters, undefined, deref, itemPointer, itemPointer)) {
      if (p.value.in === 'path' && typeof p.value.description === 'string')
        pathDocs.set(String(p.value.name), { description: p.value.description });
    }
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = pointerJoin(itemPointer, method);
      const params = mergeParameters(item.parameters, op.parameters, deref, itemPointer, pointer);
      const toParam = (p: { value: Json; pointer: string }): IrParameter => {
        const schema = p.value.schema ?? contentSchema(p.value.content);
        const explode =
          p.value.explode === undefined
            ? p.value.style === undefined || p.value.style === 'form'
            : p.value.explode === true;
        if (!plain && p.value.in === 'query' && explode && isObject(schema) && schema.type === 'array') {
          ctx.diagnostics.push(
            warning(
              'query-array-joined',
              `array query parameter "${String(p.value.name)}" is sent comma-joined (OData style), not repeated as its exploded form style asks`,
              { pointer: p.pointer },
            ),
          );
        }
        // A parameter the spec declares once and refers to everywhere ($top, If-Match) is one object: converted once.
        const known = parameters.get(p.value);
        if (known) return known;
        const before = ctx.diagnostics.length;
        const doc = {
          ...schemaDoc(isObject(schema) ? schema : {}),
          description: text(p.value.description) ?? (isObject(schema) ? text(schema.description) : undefined),
          deprecated: p.value.deprecated === true || undefined,
        };
        const type = schemaToType(ctx, schema, pointerJoin(p.pointer, 'schema'));
        const style = plain && p.value.in === 'query' ? queryStyle(p.value.style, explode) : undefined;
        const param = {
          name: String(p.value.name),
          type,
          required: p.value.required === true || p.value.in === 'path',
          doc,
          ...(style ? { style } : {}),
        };
        // One whose schema had something to say is converted again where it is used next, to say it there too.
        if (ctx.diagnostics.length === before) parameters.set(p.value, param);
        return param;
      };
      // One the spec forgot to declare is a required string (validate/path-parameters.ts warns of it).
      const pathParams = collect(templateParams, (name) => {
        const p = params.find((p) => p.value.in === 'path' && p.value.name === name);
        const property = properties.get(name)!;
        return p
          ? withProperty(toParam(p), property)
          : ({
              name,
              property,
              type: { kind: 'scalar', name: 'string' },
              required: true,
              doc: {},
            } satisfies IrParameter);
      });
      for (const p of pathParams) if (!pathDocs.has(p.name)) pathDocs.set(p.name, p.doc);
      const queryParams = collect(params, (p) => (p.value.in === 'query' ? toParam(p) : undefined));
      const headerParams = collect(params, (p) =>
        p.value.in === 'header' && !/^(accept|content-type|authorization)$/i.test(String(p.value.name))
          ? toParam(p)
          : undefined,
      );
      for (const p of params.filter((p) => p.value.in === 'cookie')) {
        ctx.diagnostics.push(
          warning(
            'cookie-parameter',
            `cookie parameter "${String(p.value.name)}" is not sent by the generated client`,
            { pointer: p.pointer },
          ),
        );
      }
      const functionName = functionNames.get(template)!.get(method)!;
      const upper = method.toUpperCase() as IrOperation['method'];
      const body = requestBody(op.requestBody, pointerJoin(pointer, 'requestBody'), functionName, method);
      const responses = buildResponses(op.responses, pointerJoin(pointer, 'responses'), functionName);
      const success = collect(responses, (r) =>
        /^2(\d\d|XX)$/i.test(r.status) && r.type ? responseOfUnion(r.type, types.unionOf) : undefined,
      );
      // The plain profile types the errors the document describes, and sends the credentials its security names.
      const errorType =
        plain && responses.some((r) => !/^[123]/.test(r.status))
          ? names.claim('type', `${pascalCase(functionName)}Error`, pointer, 'Type').name
          : undefined;
      const security = plain ? securityRequirements(op.security, document.security, profile.security) : [];
      const successType = success.length > 0 ? union(success) : undefined;
      const queryType = listNames.of('query', queryParams, successType, group, pointer);
      const headersType = listNames.of('header', headerParams, successType, group, pointer);
      // Paging follows Graph's collections (`value` and `@odata.nextLink`): the Graph profile's runtime only.
      const pageable = plain ? undefined : collectionOf(successType, types);
      const collection = pageable && {
        allName: names.claim('value', `${functionName}All`, pointer, 'Operation').name,
        ...pageable,
      };
      const externalDocs =
        isObject(op.externalDocs) && typeof op.externalDocs.url === 'string'
          ? { url: op.externalDocs.url, description: text(op.externalDocs.description) }
          : undefined;
      // Read from the operation again: looking its pointer up in ownIds would hash a string built anew for each.
      const operationId = ownOperationId(op);
      operations.push({
        functionName,
        ...(operationId !== undefined ? { operationId } : {}),
        method: upper,
        path: template,
        pathHelper: helperName,
        group,
        doc: {
          summary: text(op.summary),
          description: text(op.description),
          deprecated: op.deprecated === true || undefined,
        },
        ...(externalDocs ? { externalDocs } : {}),
        permissions: permissions(op['x-ms-permissions']),
        ...(op['x-doubtful'] === true
          ? { doubtful: text(op['x-doubtful-reason']) ?? 'The spec marks this operation as doubtful.' }
          : {}),
        pathParams,
        queryParams,
        headerParams,
        ...(queryType ? { queryType } : {}),
        ...(headersType ? { headersType } : {}),
        ...(body ? { body } : {}),
        responses,
        ...(successType ? { successType } : {}),
        ...(collection ? { collection } : {}),
        ...(errorType ? { errorType } : {}),
        ...(security.length > 0 ? { security } : {}),
        pointer,
      });
    }
    const params = collect(templateParams, (name) => ({
      name,
      property: properties.get(name)!,
      doc: pathDocs.get(name) ?? {},
    }));
    const paramsType = params.length > 0 ? paramsTypes.of(template, group, itemPointer, params) : undefined;
    paths.push({ template, helperName, constName, group, params, ...(paramsType ? { paramsType } : {}) });
    // An operation that documents a path parameter its own way keeps its own text (written out, not the interface).
    for (let i = firstOperation; paramsType && i < operations.length; i++) {
      const op = operations[i]!;
      if (op.pathParams.every((p, k) => sameDoc(p.doc, params[k]!.doc)))
        operations[i] = { ...op, pathParamsType: paramsType.name };
    }
    if (groupBuilt) {
      const done = built.get(group) ?? { name: group, operations: [], paths: [] };
      done.operations.push(...operations.slice(firstOperation));
      done.paths.push(paths[paths.length - 1]!);
      built.set(group, done);
      if (lastItemOf.get(group) === index) groupBuilt(done);
    }
  }
  listener?.progress?.(pathItems.length, pathItems.length, 'paths');
  return { operations, paths };

  function requestBody(raw: unknown, pointer: string, functionName: string, method: string): IrOperation['body'] {
    const body = deref(raw);
    if (!body || !isObject(body.content)) return undefined;
    const [contentType, media] = pickMedia(body.content);
    if (!contentType) return undefined;
    const schema = isObject(media) ? media.schema : undefined;
    const at = pointerJoin(pointer, 'content', contentType, 'schema');
    const doc = { description: text(body.description) };
    if (!/json/i.test(contentType)) {
      warnIfBinary(schema, contentType, at);
      return { type: { kind: 'scalar', name: 'string' }, required: body.required === true, contentType, doc };
    }
    // The body is shaped (read-only left out; for PATCH all optional) before an inline one is named.
    const raw_ = schemaToType(ctx, schema, at);
    const shaped =
      method === 'patch' ? types.toPatch(raw_) : method === 'post' ? types.toCreate(raw_) : types.toWrite(raw_);
    const type = isInlineObject(schema)
      ? {
          kind: 'ref' as const,
          name: types.addType(`${pascalCase(functionName)}Body`, at, shaped, schemaDoc(schema as Json)),
        }
      : shaped;
    return { type, required: body.required === true, contentType, doc };
  }

  function buildResponses(raw: unknown, pointer: string, functionName: string): IrResponse[] {
    if (!isObject(raw)) return [];
    return Object.entries(raw).map(([status, value]) => {
      const response = deref(value);
      const at = pointerJoin(pointer, status);
      const [contentType, media] =
        response && isObject(response.content) ? pickMedia(response.content) : [undefined, undefined];
      // Each shape below is written out, not spread from a common part: V8 gives all responses a few hidden classes.
      const description = text(response?.description);
      // Graph's error answers are always a GraphError; the plain profile types the error bodies the document gives.
      const success = /^2(\d\d|XX)$/i.test(status);
      if (!contentType || (!success && (!plain || /^[13]/.test(status)))) return { status, description };
      const schema = isObject(media) ? media.schema : undefined;
      const schemaAt = pointerJoin(at, 'content', contentType, 'schema');
      if (!/json/i.test(contentType)) {
        warnIfBinary(schema, contentType, schemaAt);
        return { status, description, contentType, type: { kind: 'scalar', name: 'string' } };
      }
      return {
        status,
        description,
        contentType,
        type: namedOrInline(
          schema,
          schemaAt,
          `${pascalCase(functionName)}${success ? 'Response' : `Error${status === 'default' ? 'Default' : status.toUpperCase()}`}`,
        ),
      };
    });
  }

  /** An inline object gets a name (`<Operation>Response`, its array items `…Item`); anything else stays inline. */
  function namedOrInline(schema: unknown, pointer: string, name: string): IrType {
    if (isInlineObject(schema)) return { kind: 'ref', name: types.addInline(name, pointer, schema, pointer) };
    if (isObject(schema) && schema.$ref === undefined && schema.type === 'array' && isInlineObject(schema.items)) {
      const items = types.addInline(
        `${name}Item`,
        pointerJoin(pointer, 'items'),
        schema.items,
        pointerJoin(pointer, 'items'),
      );
      const array: IrType = { kind: 'array', items: { kind: 'ref', name: items } };
      return schema.nullable === true ? union([array, { kind: 'scalar', name: 'null' }]) : array;
    }
    return schemaToType(ctx, schema, pointer);
  }

  /** Bodies are text to the runtime: bytes would be corrupted, so say so rather than type them as if they worked. */
  function warnIfBinary(schema: unknown, contentType: string, pointer: string): void {
    const binary =
      (isObject(schema) && schema.format === 'binary') ||
      !/^(text\/|application\/(xml|x-www-form-urlencoded)\b)/i.test(contentType);
    if (binary) {
      ctx.diagnostics.push(
        warning(
          'binary-content',
          `${contentType} content is handled as text by the generated client; binary data would be corrupted`,
          { pointer },
        ),
      );
    }
  }
}

/**
 * A path parameter with its key in the params object, written out: `{ ...param, property }` gave
 * each of Graph's 25,000 path parameters a hidden class of its own in V8, slow to make and to read.
 */
function withProperty(p: IrParameter, property: string): IrParameter {
  const { name, type, required, doc, style } = p;
  return style ? { name, type, required, doc, style, property } : { name, type, required, doc, property };
}
// A field added to IrParameter and not written out by withProperty above fails to compile here.
const EVERY_PARAMETER_FIELD: Exclude<
  keyof IrParameter,
  'name' | 'type' | 'required' | 'doc' | 'style' | 'property'
> extends never
  ? true
  : never = true;
void EVERY_PARAMETER_FIELD;

/**
 * What `make` gives for each item, undefined left out: filter and map in one. Written with one
 * array literal because V8 then makes every list here with the same elements kind, empty or not:
 * `filter().map()` makes an empty list of another kind than a full one, and each time the
 * optimized buildOperations met the other kind (\`wrong map\`) it was thrown away and compiled
 * again (five compiles, 0.45 s on Graph v1.0).
 */
function collect<T, U>(items: readonly T[], make: (item: T) => U | undefined): U[] {
  const out: U[] = [];
  for (const item of items) {
    const made = make(item);
    if (made !== undefined) out.push(made);
  }
  return out;
}

function isInlineObject(schema: unknown): schema is Json {
  return (
    isObject(schema) &&
    schema.$ref === undefined &&
    (schema.type === 'object' || isObject(schema.properties) || Array.isArray(schema.allOf))
  );
}

/** Path-item parameters overridden by the operation's own (same name and location). */
function mergeParameters(
  shared: unknown,
  own: unknown,
  deref: (v: unknown) => Json | undefined,
  sharedPointer: string,
  ownPointer: string,
): { value: Json; pointer: string }[] {
  const result = new Map<string, { value: Json; pointer: string }>();
  const add = (list: unknown, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const value = deref(raw);
      if (value && typeof value.name === 'string')
        result.set(`${String(value.in)}:${value.name}`, { value, pointer: pointerJoin(base, 'parameters', i) });
    });
  };
  add(shared, sharedPointer);
  add(own, ownPointer);
  return [...result.values()];
}

/** JSON first (application/json, then any +json), otherwise the first media type. */
function pickMedia(content: Json): [string | undefined, unknown] {
  const keys = Object.keys(content);
  const chosen =
    keys.find((k) => /^application\/json\b/i.test(k)) ?? keys.find((k) => /[/+]json\b/i.test(k)) ?? keys[0];
  return [chosen, chosen === undefined ? undefined : content[chosen]];
}

function contentSchema(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const [, media] = pickMedia(content);
  return isObject(media) ? media.schema : undefined;
}

/** Reads Microsoft Graph's `x-ms-permissions` (lists of scopes, or "Not supported"). */
function permissions(raw: unknown): IrPermission[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).map(([key, value]) => ({
    kind: key,
    // An own-property lookup: a key such as `constructor` must not find Object.prototype's.
    label: Object.prototype.hasOwnProperty.call(PERMISSION_LABELS, key) ? PERMISSION_LABELS[key]! : key,
    scopes: Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [],
    supported: !(typeof value === 'string' && /^not supported\.?$/i.test(value.trim())),
  }));
}

/** The template up to the segment of its last parameter (see IrPathParamsType). */
function paramsPrefix(template: string): string {
  const end = template.indexOf('/', template.lastIndexOf('}'));
  return end < 0 ? template : template.slice(0, end);
}

/** The interfaces of path parameters, one per group and prefix (see IrPathParamsType). */
class PathParamsTypes {
  private readonly byPrefix = new Map<string, string>();

  constructor(
    private readonly names: NameRegistry,
    private readonly pathNames: ReadonlyMap<string, string>,
  ) {}

  of(template: string, group: string, pointer: string, params: IrPathTemplate['params']): IrPathParamsType {
    const prefix = paramsPrefix(template);
    // Groups are files: a prefix before the group's own segment (`/{tenant}/a`, `/{tenant}/b`) is declared in each.
    // Paths that document the parameters differently get an interface each.
    const key = `${group}\n${prefix}\n${params.map((p) => `${p.name}\n${p.property}\n${docKey(p.doc)}`).join('\n')}`;
    const known = this.byPrefix.get(key);
    if (known) return { name: known, prefix, declare: false };
    const name = this.names.claim('type', `${pascalCase(this.pathNames.get(prefix)!)}Params`, pointer, 'Type').name;
    this.byPrefix.set(key, name);
    return { name, prefix, declare: true };
  }
}

/** The fields of a doc, in a fixed order: two docs are the same when these are. */
const DOC_FIELDS = [
  'title',
  'summary',
  'description',
  'format',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
] as const satisfies readonly (keyof IrDoc)[];
// A field added to IrDoc and not listed above fails to compile here.
const EVERY_DOC_FIELD: Exclude<keyof IrDoc, (typeof DOC_FIELDS)[number]> extends never ? true : never = true;
void EVERY_DOC_FIELD;

/** A doc as text, whatever the order of its fields (absent and undefined alike). */
function docKey(doc: IrDoc): string {
  return JSON.stringify(DOC_FIELDS.map((field) => doc[field]));
}

function sameDoc(a: IrDoc, b: IrDoc): boolean {
  // Most docs hold text and flags only: compared directly; a default value (any JSON) by its text.
  return DOC_FIELDS.every(
    (field) =>
      a[field] === b[field] || (field === 'default' && JSON.stringify(a.default) === JSON.stringify(b.default)),
  );
}

/** File names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Longest group name: it names files (`operations/<group>.ts`), and file systems refuse names above
 * 255 bytes (a path segment of 300 characters made ENAMETOOLONG). Room is left for a number and `.ts`.
 */
const MAX_GROUP_NAME = 100;

/** The name, or its first characters and a hash of the whole when it is too long: the same name gives the same file. */
function fileNameSized(name: string): string {
  if (Buffer.byteLength(name) <= MAX_GROUP_NAME) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  let head = name.slice(0, MAX_GROUP_NAME - 9);
  while (Buffer.byteLength(head) > MAX_GROUP_NAME - 9) head = head.slice(0, -1);
  return `${head}_${hash}`;
}

/** Output groups: one per first path segment, spelled as a file name, unique regardless of case. */
class GroupNames {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  of(template: string): string {
    const first = template.split('/').find((s) => s !== '' && !s.startsWith('{')) ?? 'root';
    const known = this.byKey.get(first);
    if (known) return known;
    let base = fileNameSized(camelCase(first.replace(/^microsoft\.graph\./, '')).replace(/^_$/, 'root'));
    // The group names files (operations/<group>.ts), and Windows cannot create a file named after a device.
    if (WINDOWS_DEVICES.test(base)) base += 'Api';
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    this.used.add(name.toLowerCase());
    this.byKey.set(first, name);
    return name;
  }
}

/** The operationId the spec gives an operation, if it gives one that is not blank. */
function ownOperationId(op: Json): string | undefined {
  return typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A query parameter's style where it departs from OpenAPI's default (form, exploded). */
function queryStyle(style: unknown, explode: boolean): IrParameter['style'] {
  const known = style === 'spaceDelimited' || style === 'pipeDelimited' || style === 'deepObject' ? style : 'form';
  // deepObject has one form only (color[R]=100&color[G]=200), whatever explode says.
  return known === 'form' && explode ? undefined : { style: known, explode: known === 'deepObject' || explode };
}
