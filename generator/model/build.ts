import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { IrDocument, ModelListener } from './ir.js';
import { NameRegistry } from './naming.js';
import { buildOperations } from './operations.js';
import { decideProfile, type ProfileKind } from './profile.js';
import { serverUrl } from './servers.js';
import { TypeTable } from './schemas.js';
import type { Json } from '../json.js';

/** How to model: who listens, and the names the output keeps for itself. */
export interface ModelOptions {
  readonly listener?: ModelListener;
  /** Identifiers the generated files declare themselves: no name from the spec may take one (see NameRegistry). */
  readonly reserved?: Iterable<string>;
  /** Graph or plain OpenAPI, when the user chose; else the document decides (see profile.ts). */
  readonly profile?: ProfileKind;
}

/**
 * OpenAPI (bundled, validated) → IR. Diagnostics carry pointers; the pipeline adds lines. The
 * listener hears of the component types, of each output group and of the whole IR as each is done.
 */
export function buildIr(document: Json, options: ModelOptions = {}): { ir: IrDocument; diagnostics: Diagnostic[] } {
  const { listener } = options;
  const diagnostics: Diagnostic[] = [];
  const profile = decideProfile(document, options.profile, diagnostics);
  const names = new NameRegistry(options.reserved);
  const types = new TypeTable(
    document,
    names,
    diagnostics,
    listener?.progress && ((done, total, unit) => listener.progress!(done, total, unit)),
    profile.kind === 'graph',
  );
  listener?.componentsBuilt?.(types.all(), types, profile);
  const { operations, paths } = buildOperations(document, types, names, listener, profile);
  const info = (document.info ?? {}) as Json;
  // As a client calls them: variables replaced by their defaults; relative ones (no host) left out.
  const servers = Array.isArray(document.servers)
    ? document.servers.flatMap((s) => {
        const url = s !== null && typeof s === 'object' ? serverUrl(s as Json) : undefined;
        if (!url || !('url' in url)) return [];
        return [
          {
            url: url.url,
            ...(typeof (s as Json).description === 'string' ? { description: (s as Json).description as string } : {}),
          },
        ];
      })
    : [];
  const ir: IrDocument = {
    profile,
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    servers,
    types: types.all(),
    componentTypes: types.componentCount,
    operations,
    paths,
  };
  listener?.modelBuilt?.(ir, hasErrors(diagnostics));
  return { ir, diagnostics };
}
