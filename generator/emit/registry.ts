/**
 * Every kind of output, in the order the package's index re-exports them. A new kind of output is
 * a module implementing Emitter (see emitter.ts) and one line here.
 */
import { barrelEmitter } from './barrel.js';
import { clientEmitter } from './client.js';
import type { Emitter } from './emitter.js';
import { guardsEmitter } from './guards.js';
import { metadataEmitter } from './metadata.js';
import { operationsEmitter } from './operations.js';
import { parametersEmitter } from './parameters.js';
import { pathsEmitter } from './paths.js';
import { runtimeEmitter } from './runtime.js';
import { modelsEmitter } from './types.js';

export const EMITTERS: readonly Emitter[] = [
  modelsEmitter,
  pathsEmitter,
  operationsEmitter,
  parametersEmitter,
  clientEmitter,
  runtimeEmitter,
  metadataEmitter,
  guardsEmitter,
  barrelEmitter,
];

/** The identifiers the given emitters' files keep for themselves (see NameRegistry). */
export function claimedNames(emitters: readonly Emitter[] = EMITTERS): Set<string> {
  return new Set(emitters.flatMap((e) => e.claims ?? []));
}
