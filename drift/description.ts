/**
 * Microsoft's published Graph description (or any OpenAPI document given with `--against`), read
 * lazily: its paths are indexed by their template with parameter names left out, and only the
 * paths, schemas and parameters a curated operation leads to are parsed.
 */
import * as fs from 'node:fs';
import { pointerJoin } from '../generator/diagnostics.js';
import { LazyJson } from './lazy-json.js';
import type { GraphVersion } from './pages/parse-page.js';
import type { Resolve } from './shape.js';

/** `/a/{x-id}/b` and `/a/{xId}/b` are the same path: parameter names are compared on their own. */
export function pathKey(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}');
}

/** The parameter names of a path template, in order. */
export function pathParameterNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}

/** The Graph version a document's `servers` name: its first URL ends in /v1.0 or /beta. */
export function versionOfServers(servers: unknown): GraphVersion | undefined {
  const first: unknown = Array.isArray(servers) ? servers[0] : undefined;
  const url =
    typeof first === 'object' && first !== null && typeof (first as { url?: unknown }).url === 'string'
      ? (first as { url: string }).url
      : '';
  return /\/v1\.0\/?$/.test(url) ? 'v1.0' : /\/beta\/?$/.test(url) ? 'beta' : undefined;
}

export class Description {
  readonly display: string;
  private readonly json: LazyJson;
  private index?: Map<string, string>;
  readonly resolve: Resolve;

  constructor(bytes: Buffer, display: string) {
    this.json = new LazyJson(bytes);
    this.display = display;
    this.resolve = (ref) => (ref.startsWith('#') ? this.json.get(ref) : undefined);
  }

  static read(file: string, display: string): Description {
    return new Description(fs.readFileSync(file), display);
  }

  /** v1.0 or beta, from the first server's URL. */
  version(): GraphVersion | undefined {
    return versionOfServers(this.json.get('#/servers'));
  }

  /** The path item whose template matches `template` (parameter names aside), with its own template. */
  pathItem(template: string): { template: string; item: Record<string, unknown>; pointer: string } | undefined {
    if (!this.index) {
      this.index = new Map();
      for (const key of this.json.keys('#/paths')) if (!this.index.has(pathKey(key))) this.index.set(pathKey(key), key);
    }
    const own = this.index.get(pathKey(template));
    if (own === undefined) return undefined;
    const pointer = pointerJoin('#/paths', own);
    return { template: own, item: this.json.get(pointer) as Record<string, unknown>, pointer };
  }
}
