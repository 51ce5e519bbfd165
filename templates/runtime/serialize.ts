// Query and header values as an OpenAPI document describes them: each parameter's style and explode, OpenAPI's
// defaults (form and exploded in a query, simple in a header) where the document says nothing.
import type { OperationRequest, ParameterStyle, QueryValue } from './types.js';

type Scalar = string | number | boolean | Date;

const text = (v: Scalar): string => (v instanceof Date ? v.toISOString() : String(v));
const enc = (v: Scalar): string => encodeURIComponent(text(v));

/** OpenAPI's default for a query parameter. */
const FORM: ParameterStyle = { style: 'form', explode: true };

/** The separators of non-exploded lists, by style. */
const SEPARATOR: Record<string, string> = { spaceDelimited: '%20', pipeDelimited: '|' };

/** The encoded `name=value` pairs of one query parameter. */
export function queryPairs(name: string, value: QueryValue, { style, explode }: ParameterStyle): string[] {
  const n = encodeURIComponent(name);
  if (typeof value != 'object' || value instanceof Date) return [n + '=' + enc(value)];
  if (Array.isArray(value)) {
    const items = value as readonly Scalar[];
    return explode ? items.map((v) => n + '=' + enc(v)) : [n + '=' + items.map(enc).join(SEPARATOR[style] ?? ',')];
  }
  const entries = Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [] : (Array.isArray(v) ? (v as readonly Scalar[]) : [v as Scalar]).map((x) => [k, x] as const),
  );
  // deepObject: color[R]=100&color[G]=200, the brackets left as the OpenAPI specification writes them.
  if (style == 'deepObject') return entries.map(([k, v]) => `${n}[${encodeURIComponent(k)}]=${enc(v)}`);
  if (explode) return entries.map(([k, v]) => encodeURIComponent(k) + '=' + enc(v));
  return [
    n +
      '=' +
      entries.map(([k, v]) => encodeURIComponent(k) + (SEPARATOR[style] ?? ',') + enc(v)).join(SEPARATOR[style] ?? ','),
  ];
}

/** The request's path with its query, each parameter serialized by its style; a query already in the path is kept. */
export function styledQuery(req: OperationRequest): string {
  const pairs: string[] = [];
  for (const k in req.query) {
    const v = req.query[k];
    // Own keys only: a parameter named `constructor` must not find Object.prototype's.
    if (v !== undefined)
      pairs.push(...queryPairs(k, v, (req.styles && Object.hasOwn(req.styles, k) && req.styles[k]) || FORM));
  }
  return pairs.length ? req.path + (req.path.includes('?') ? '&' : '?') + pairs.join('&') : req.path;
}

/** The request's headers as text, simple style: an array is `a,b,c`. */
export function simpleHeaders(req: OperationRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const k in req.headers) {
    const v = req.headers[k];
    out[k] = v === undefined ? v : Array.isArray(v) ? (v as readonly Scalar[]).map(text).join(',') : text(v as Scalar);
  }
  return out;
}
