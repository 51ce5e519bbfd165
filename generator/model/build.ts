import type { Diagnostic } from '../diagnostics.js';
import type { IrDocument, IrProfile } from './ir.js';
import { NameRegistry } from './naming.js';
import { buildOperations, type GroupDone } from './operations.js';
import { decideProfile, type ProfileKind } from './profile.js';
import { TypeTable, type ModelProgress } from './schemas.js';

type Json = Record<string, unknown>;

/**
 * OpenAPI (bundled, validated) → IR. Diagnostics carry pointers; the pipeline adds lines.
 * `early` is shown the component types once they are built and may return a listener for each
 * finished output group (see buildOperations); `onProgress` hears of each schema and path item built.
 * `profile` is the user's choice, else the document decides (see profile.ts).
 */
export function buildIr(document: Json, early?: (types: TypeTable, profile: IrProfile) => GroupDone | undefined, onProgress?: ModelProgress, profile?: ProfileKind): { ir: IrDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const decided = decideProfile(document, profile, diagnostics);
  const names = new NameRegistry();
  const types = new TypeTable(document, names, diagnostics, onProgress);
  const { operations, paths } = buildOperations(document, types, names, early?.(types, decided), onProgress, decided);
  const info = (document.info ?? {}) as Json;
  const servers = Array.isArray(document.servers)
    ? document.servers
        .filter((s): s is Json => s !== null && typeof s === 'object' && typeof (s as Json).url === 'string')
        .map((s) => ({ url: s.url as string, ...(typeof s.description === 'string' ? { description: s.description } : {}) }))
    : [];
  return {
    ir: {
      profile: decided,
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
