/**
 * The profile of a package, decided once from the document (a Microsoft Graph server host) or set by the user:
 * Graph keeps Graph's conventions (OData lists, national clouds, Graph's error body, `<root>/.default`); a plain
 * OpenAPI document gets its own (parameter styles, error schemas, security schemes) and neutral names.
 */
import { warning, type Diagnostic } from '../diagnostics.js';
import type { IrProfile, IrSecurityScheme } from './ir.js';
import { isObject, type Json } from '../json.js';

/** The profiles a package can have. */
export const PROFILES = ['graph', 'openapi'] as const;
export type ProfileKind = (typeof PROFILES)[number];

/** Microsoft Graph's hosts: the global service and the national clouds. */
const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

/** The runtime's names each profile's generated code uses. */
const RUNTIME: Record<ProfileKind, Pick<IrProfile, 'client' | 'result' | 'error' | 'requestError' | 'createClient'>> = {
  graph: {
    client: 'GraphClient',
    result: 'GraphResult',
    error: 'GraphError',
    requestError: 'GraphRequestError',
    createClient: 'createGraphClient',
  },
  openapi: {
    client: 'ApiClient',
    result: 'ApiResult',
    error: 'ApiError',
    requestError: 'RequestError',
    createClient: 'createApiClient',
  },
};

/** The profile a document gets: `chosen` when the user set one, else Graph when its first server is a Graph host. */
export function decideProfile(document: Json, chosen: ProfileKind | undefined, diagnostics: Diagnostic[]): IrProfile {
  const kind = chosen ?? (GRAPH_HOSTS.has(firstServerHost(document) ?? '') ? 'graph' : 'openapi');
  return { kind, ...RUNTIME[kind], security: kind === 'openapi' ? securitySchemes(document, diagnostics) : [] };
}

function firstServerHost(document: Json): string | undefined {
  const server = Array.isArray(document.servers) ? (document.servers[0] as Json | undefined) : undefined;
  try {
    return typeof server?.url === 'string' ? new URL(server.url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined; // a relative or templated URL names no host
  }
}

/** components/securitySchemes, in document order; a scheme the client cannot send is reported and left out. */
function securitySchemes(document: Json, diagnostics: Diagnostic[]): IrSecurityScheme[] {
  const components = isObject(document.components) ? document.components : {};
  const raw = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const schemes: IrSecurityScheme[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const pointer = `#/components/securitySchemes/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const s = isObject(value) ? value : {};
    const description = typeof s.description === 'string' ? s.description : undefined;
    const common = { name, pointer, ...(description ? { description } : {}) };
    if (
      s.type === 'apiKey' &&
      typeof s.name === 'string' &&
      (s.in === 'header' || s.in === 'query' || s.in === 'cookie')
    ) {
      schemes.push({ ...common, type: 'apiKey', in: s.in, parameter: s.name });
    } else if (s.type === 'http' && typeof s.scheme === 'string') {
      schemes.push({ ...common, type: 'http', scheme: s.scheme.toLowerCase() });
    } else if (s.type === 'oauth2' || s.type === 'openIdConnect') {
      schemes.push({ ...common, type: s.type, scopes: oauthScopes(s.flows) });
    } else {
      diagnostics.push(
        warning(
          'security-scheme-unsupported',
          `security scheme "${name}" (${String(s.type)}) cannot be sent by the generated client; operations that need it are sent without`,
          { pointer },
        ),
      );
    }
  }
  return schemes;
}

/** Every scope an OAuth2 scheme's flows name, once each, in document order. */
function oauthScopes(flows: unknown): string[] {
  const scopes = new Set<string>();
  for (const flow of Object.values(isObject(flows) ? flows : {})) {
    if (isObject(flow) && isObject(flow.scopes)) for (const scope of Object.keys(flow.scopes)) scopes.add(scope);
  }
  return [...scopes];
}

/** An operation's security requirements (its own, else the document's), keeping only the schemes the client sends. */
export function securityRequirements(
  raw: unknown,
  fallback: unknown,
  schemes: readonly IrSecurityScheme[],
): Record<string, string[]>[] {
  const list = Array.isArray(raw) ? raw : Array.isArray(fallback) ? fallback : [];
  const known = new Set(schemes.map((s) => s.name));
  return list.filter(isObject).flatMap((requirement) => {
    const names = Object.keys(requirement);
    // A way that needs a scheme the client cannot send cannot be taken at all.
    if (!names.every((n) => known.has(n))) return [];
    return [
      Object.fromEntries(
        names.map((n) => [
          n,
          Array.isArray(requirement[n])
            ? (requirement[n] as unknown[]).filter((s): s is string => typeof s === 'string')
            : [],
        ]),
      ),
    ];
  });
}
