import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { openapiVersion } from './openapi-version.js';
import { operationIdsValid } from './operation-ids.js';
import { pathParameters } from './path-parameters.js';
import { pathKeys } from './path-keys.js';
import { refChains } from './ref-chains.js';
import { refsResolve } from './refs-resolve.js';
import { schemaChains } from './schema-chains.js';
import { serverUrls } from './server-urls.js';
import { schemaTypes } from './schema-types.js';
import type { Json, Rule } from './rule.js';

/** The checks after the version gate, in report order. */
const RULES: readonly Rule[] = [
  refsResolve,
  refChains,
  pathKeys,
  operationIdsValid,
  pathParameters,
  schemaTypes,
  schemaChains,
  serverUrls,
];

/** Runs every rule and returns all problems (pointers only; the pipeline adds file positions). */
export function validateDocument(document: Json): Diagnostic[] {
  const gate = openapiVersion.check(document);
  // Past a wrong version the other rules would only add noise.
  if (hasErrors(gate)) return gate;
  return [...gate, ...RULES.flatMap((rule) => rule.check(document))];
}
