import type { Json } from '../json.js';

/** What a Server Object's URL becomes: the absolute URL the client starts from, or why it cannot be one. */
export type ServerUrl =
  | { readonly url: string }
  | { readonly relative: string }
  | { readonly problem: 'not-a-url' | 'scheme' }
  | { readonly undeclared: string };

/**
 * The server's URL with each `{variable}` replaced by its default, as a client without options calls
 * it. A relative URL (`/api/v3`, allowed by OpenAPI) names no host: the client then needs a baseUrl.
 */
export function serverUrl(server: Json): ServerUrl {
  if (typeof server.url !== 'string') return { problem: 'not-a-url' };
  const variables = server.variables !== null && typeof server.variables === 'object' ? (server.variables as Json) : {};
  let undeclared: string | undefined;
  const url = server.url.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const variable = Object.prototype.hasOwnProperty.call(variables, name)
      ? (variables[name] as Json | null)
      : undefined;
    if (typeof variable?.default !== 'string') undeclared ??= name;
    return typeof variable?.default === 'string' ? variable.default : '';
  });
  if (undeclared !== undefined) return { undeclared };
  // Relative: a path (`/v1`, `./v1`); anything else without a scheme is a URL missing it (`api.example.com/v1`).
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url))
    return /^\.{0,2}\//.test(url) && URL.canParse(url, 'http://relative.invalid/')
      ? { relative: url }
      : { problem: 'not-a-url' };
  if (!URL.canParse(url)) return { problem: 'not-a-url' };
  return /^https?:$/.test(new URL(url).protocol) ? { url } : { problem: 'scheme' };
}
