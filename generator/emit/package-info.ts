import { quote } from './code.js';
import { constText } from './declaration-text.js';
import type { PackageIdentity, Statement } from './emitter.js';

/** `export const packageInfo`: the package as the runtime names it in User-Agent, in either profile's client.ts. */
export function packageInfoStatement(identity: PackageIdentity, baseUrl: string): Statement {
  return constText(
    'packageInfo',
    "This package as the runtime names it in User-Agent; baseUrl is the spec's first server.",
    `{ name: ${quote(identity.name)}, version: ${quote(identity.version)}, baseUrl: ${quote(baseUrl)} }`,
    'PackageInfo',
  );
}
