/**
 * The README's sample call, written so that it type-checks against the package: path parameters, the required
 * query and header parameters, a body with its required properties, and the credentials the operation allows.
 */
import { visitType, type IrTypeVisitor } from './model/ir-walk.js';
import type { IrNamedType, IrOperation, IrProfile, IrSecurityScheme, IrType } from './model/ir.js';

/** What the README templates show of the sample operation. */
export interface ReadmeExample {
  readonly functionName: string;
  /** The arguments after `client`. */
  readonly callArgs: string;
  /** Graph: an app may call it on its own (Application permissions), so the quickstart signs in as an app. */
  readonly appOnly: boolean;
  /** Plain OpenAPI: the `credentials` option the call needs (an object literal), empty when it needs none. */
  readonly credentials: string;
  /** Plain OpenAPI: the name of the union of its documented errors, when it documents any. */
  readonly errorType: string;
}

/**
 * The sample of an operation (none: a package without operations shows createClient alone). `omitOptionalParams`:
 * a params object with nothing required is left out (`listAll(client)`), where the sample passes no options after it.
 */
export function readmeExample(
  op: IrOperation | undefined,
  profile: IrProfile,
  types: readonly IrNamedType[],
  { omitOptionalParams = false }: { omitOptionalParams?: boolean } = {},
): ReadmeExample {
  if (!op) return { functionName: 'createClient', callArgs: '', appOnly: true, credentials: '', errorType: '' };
  const byName = new Map(types.map((t) => [t.name, t]));
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const required = (place: 'query' | 'headers', params: IrOperation['queryParams']) => {
    const list = params.filter((p) => p.required);
    return list.length
      ? [`${place}: { ${list.map((p) => `${key(p.name)}: ${placeholder(p.type, byName, 0) ?? "'…'"}`).join(', ')} }`]
      : [];
  };
  const params = [
    ...op.pathParams.map((p) => `${key(p.property ?? p.name)}: '…'`),
    ...required('query', op.queryParams),
    ...required('headers', op.headerParams),
  ];
  const body = op.body ? bodyText(op.body.type, byName) : undefined;
  const permissions = op.permissions;
  return {
    functionName: op.functionName,
    // An operation with only optional parameters still takes its params object before the body and the options.
    callArgs: [
      ...(params.length
        ? [`{ ${params.join(', ')} }`]
        : !omitOptionalParams && op.queryParams.length + op.headerParams.length
          ? ['{}']
          : []),
      ...(body ? [body] : []),
    ].join(', '),
    appOnly: permissions.length === 0 || permissions.some((p) => /^application$/i.test(p.label) && p.scopes.length > 0),
    credentials: credentialsText(op, profile.security),
    errorType: op.errorType ?? '',
  };
}

/** A body literal with the required properties filled in; Graph's PATCH bodies (all optional) keep the comment. */
function bodyText(type: IrType, types: ReadonlyMap<string, IrNamedType>): string {
  const object = resolve(type, types);
  if (object?.kind === 'object' && !object.properties.some((p) => p.required))
    return '{ /* the properties to change */ }';
  // Anything else (required properties, a union, text) gets the shortest value of its type; failing that, a cast.
  return placeholder(type, types, 0) ?? `{} as ${type.kind === 'ref' ? type.name : 'never'}`;
}

function resolve(type: IrType, types: ReadonlyMap<string, IrNamedType>): IrType | undefined {
  let t: IrType | undefined = type;
  for (let hops = 0; t?.kind === 'ref' && hops < 10; hops++) t = types.get(t.name)?.type;
  return t;
}

/** A value of the type, as short as the type allows; undefined where none can be written simply. */
function placeholder(type: IrType, types: ReadonlyMap<string, IrNamedType>, depth: number): string | undefined {
  return depth > 4 ? undefined : visitType(type, placeholders, { types, depth });
}

const SCALARS: Record<string, string | undefined> = { string: "'…'", number: '1', boolean: 'true', null: 'null' };

/** One handler per kind of type, for placeholder. */
const placeholders: IrTypeVisitor<string | undefined, { types: ReadonlyMap<string, IrNamedType>; depth: number }> = {
  ref: (t, { types, depth }) => {
    const named = types.get(t.name);
    if (named?.extends) return objectText(requiredParts(t, types, depth));
    return named ? placeholder(named.type, types, depth + 1) : undefined;
  },
  scalar: (t) => SCALARS[t.name],
  literal: (t) => JSON.stringify(t.value).replace(/^"(.*)"$/, "'$1'"),
  array: () => '[]',
  union: (t, { types, depth }) => {
    for (const m of t.members) {
      const p = placeholder(m, types, depth + 1);
      if (p !== undefined) return p;
    }
    return undefined;
  },
  object: (t, { types, depth }) => objectText(requiredParts(t, types, depth)),
  // A kind of a polymorphic entity (the entity & its `@odata.type`), or any other meeting of objects.
  intersection: (t, { types, depth }) => objectText(requiredParts(t, types, depth)),
};

const singleQuoted = (text: string): string => `'${JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'")}'`;

const objectText = (parts: string[] | undefined): string | undefined =>
  parts && (parts.length ? `{ ${parts.join(', ')} }` : '{}');

/** `name: value` of each required, writable property of an object-like type, its bases' included. */
function requiredParts(
  type: IrType,
  types: ReadonlyMap<string, IrNamedType>,
  depth: number,
  hops = 0,
): string[] | undefined {
  // Bases and members are the same value at the same depth; hops only bound a chain of them.
  if (depth > 4 || hops > 16) return undefined;
  if (type.kind === 'intersection' || type.kind === 'ref') {
    const named = type.kind === 'ref' ? types.get(type.name) : undefined;
    if (type.kind === 'ref' && !named) return undefined;
    const members: IrType[] =
      type.kind === 'intersection'
        ? [...type.members]
        : [...(named!.extends ?? []).map((name) => ({ kind: 'ref', name }) as const), named!.type];
    const parts: string[] = [];
    for (const m of members) {
      const own = requiredParts(m, types, depth, hops + 1);
      if (!own) return undefined;
      parts.push(...own);
    }
    return parts;
  }
  if (type.kind !== 'object') return undefined;
  const parts: string[] = [];
  for (const p of type.properties.filter((p) => p.required && !p.readOnly)) {
    const value = placeholder(p.type, types, depth + 1);
    if (value === undefined) return undefined;
    parts.push(`${/^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : singleQuoted(p.name)}: ${value}`);
  }
  return parts;
}

/** The credentials of the operation's first way to authenticate, read from environment variables. */
function credentialsText(op: IrOperation, schemes: readonly IrSecurityScheme[]): string {
  const way = op.security?.find((w) => Object.keys(w).length > 0);
  if (!way) return '';
  const env = (name: string, suffix: string) =>
    `process.env.${name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_${suffix}!`;
  const members = Object.keys(way).map((name) => {
    const s = schemes.find((x) => x.name === name)!;
    const value =
      s.type === 'apiKey'
        ? env(name, 'KEY')
        : s.type === 'http' && s.scheme === 'basic'
          ? `{ username: ${env(name, 'USER')}, password: ${env(name, 'PASSWORD')} }`
          : `async (scopes, signal) => ${env(name, 'TOKEN')}`;
    return `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${value}`;
  });
  return `{ ${members.join(', ')} }`;
}
