import { quote } from './code.js';
import type { PackageIdentity, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';

/** `export const packageInfo`: the package as the runtime names it in User-Agent, in either profile's client.ts. */
export function packageInfoStatement(identity: PackageIdentity, baseUrl: string): Statement {
  return {
    kind: Kind.VariableStatement,
    isExported: true,
    declarationKind: CONST,
    docs: ["This package as the runtime names it in User-Agent; baseUrl is the spec's first server."],
    declarations: [
      {
        name: 'packageInfo',
        type: 'PackageInfo',
        initializer: `{ name: ${quote(identity.name)}, version: ${quote(identity.version)}, baseUrl: ${quote(baseUrl)} }`,
      },
    ],
  };
}
