import type { Diagnostic } from '../diagnostics.js';

/**
 * Warnings about a spec generated leniently, where the peers are lenient too and the intent is
 * clear (an undeclared path parameter, `openapi: "3.0"`, no `info`): `--strict` makes them errors,
 * for those who want a gate.
 */
export const LENIENT_CODES: ReadonlySet<string> = new Set([
  'openapi-version-form',
  'missing-info',
  'path-parameter-undeclared',
  'path-parameter-unused',
  'operation-id-duplicate',
  'operation-id-collision',
  'operation-ref',
]);

/** The diagnostic, an error when `strict` and it is one of the lenient warnings. */
export function strictly(d: Diagnostic, strict: boolean | undefined): Diagnostic {
  return strict && d.severity === 'warning' && LENIENT_CODES.has(d.code)
    ? { ...d, severity: 'error', message: `${d.message} (an error with --strict)` }
    : d;
}
