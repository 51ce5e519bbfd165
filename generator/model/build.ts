import type { Diagnostic } from '../diagnostics.js';
import type { IrDocument } from './ir.js';
import { NameRegistry } from './naming.js';
import { buildOperations, type GroupDone } from './operations.js';
import { serverUrl } from './servers.js';
import { TypeTable, type ModelProgress } from './schemas.js';

type Json = Record<string, unknown>;

/**
 * OpenAPI (bundled, validated) → IR. Diagnostics carry pointers; the pipeline adds lines.
 * `early` is shown the component types once they are built and may return a listener for each
 * finished output group (see buildOperations); `onProgress` hears of each schema and path item built.
 */
export function buildIr(document: Json, early?: (types: TypeTable) => GroupDone | undefined, onProgress?: ModelProgress): { ir: IrDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const names = new NameRegistry();
  const types = new TypeTable(document, names, diagnostics, onProgress);
  const { operations, paths } = buildOperations(document, types, names, early?.(types), onProgress);
  const info = (document.info ?? {}) as Json;
  // As a client calls them: variables replaced by their defaults; relative ones (no host) left out.
  const servers = Array.isArray(document.servers)
    ? document.servers.flatMap((s) => {
        const url = s !== null && typeof s === 'object' ? serverUrl(s as Json) : undefined;
        if (!url || !('url' in url)) return [];
        return [{ url: url.url, ...(typeof (s as Json).description === 'string' ? { description: (s as Json).description as string } : {}) }];
      })
    : [];
  return {
    ir: {
      title: typeof info.title === 'string' ? info.title : 'API',
      version: typeof info.version === 'string' ? info.version : '0.0.0',
      ...(typeof info.description === 'string' ? { description: info.description } : {}),
      servers,
      types: types.all(),
      componentTypes: types.componentCount,
      operations,
      paths,
    },
    diagnostics,
  };
}
