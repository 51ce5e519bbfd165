import { error, refTokens, type Diagnostic, type SpecPointer } from '../diagnostics.js';
import { valueAt } from '../load/bundle.js';
import { isObject, type Json } from './rule.js';

/**
 * Each value of a discriminator's `mapping` must name a schema of the document (a `#/…` pointer or a
 * component schema's name): one that names nothing would leave its tag out of the union's types.
 * Its `x-open-mapping`, when present, is a boolean (polymorphic.ts).
 * Called by the schema-types rule for every schema it visits, so the document is walked once.
 */
export function discriminatorMappingProblems(
  document: Json,
  schema: Json,
  at: (...tokens: (string | number)[]) => SpecPointer,
): Diagnostic[] {
  const disc = schema.discriminator;
  if (!isObject(disc) || !isObject(disc.mapping)) return [];
  const schemas =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const problems: Diagnostic[] = [];
  if ('x-open-mapping' in disc && typeof disc['x-open-mapping'] !== 'boolean') {
    problems.push(
      error(
        'discriminator-open-mapping-invalid',
        'x-open-mapping says whether the service has kinds this mapping does not name: expected true or false',
        at('discriminator', 'x-open-mapping'),
      ),
    );
  }
  for (const [tag, target] of Object.entries(disc.mapping)) {
    const found =
      typeof target === 'string' &&
      (target.startsWith('#')
        ? valueAt(document, refTokens(target)) !== undefined
        : Object.prototype.hasOwnProperty.call(schemas, target));
    if (!found) {
      problems.push(
        error(
          'discriminator-mapping-unresolved',
          'this discriminator value maps to no schema of the document: expected a pointer such as #/components/schemas/Name, or the name of a component schema',
          at('discriminator', 'mapping', tag),
        ),
      );
    }
  }
  return problems;
}
