import type { IrPathParamsType, IrPathTemplate } from '../model/ir.js';
import { access, docArray, docLines, propertyKey, quote, templateText } from './code.js';
import type { Emitter, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';
import { byCodePoint, importPath } from './layout.js';

/** The path helpers: per output group, paths/<group>.ts, planned as soon as the model has built the group. */
export const pathsEmitter: Emitter = {
  name: 'path helpers',
  planGroup: (group, { layout }) => {
    if (group.paths.length === 0) return [];
    const file = layout.pathsFile(group.name);
    return [{ file, statements: () => pathStatements(file, group.paths) }];
  },
  exports: ({ groups, layout }) => ({
    index: groups
      .filter((g) => g.paths.length > 0)
      .map((g) => layout.pathsFile(g.name))
      .sort(byCodePoint),
  }),
};

/** The path helpers of one group: for each template a typed constant and a builder. */
export function pathStatements(file: string, templates: readonly IrPathTemplate[]): Statement[] {
  const needsSegment = templates.some((t) => t.params.length > 0);
  const statements: Statement[] = [];
  if (needsSegment) {
    statements.push({
      kind: Kind.ImportDeclaration,
      moduleSpecifier: importPath(file, 'runtime/index.ts'),
      namedImports: ['pathSegment'],
    });
  }
  for (const t of templates) {
    if (t.paramsType?.declare) statements.push(paramsInterface(t.paramsType, t.params));
    statements.push({
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      // What it is for (another HTTP stack, a $batch request) is said once, in the package README, not 7,419 times on
      // Graph.
      docs: [`The template {@link ${t.helperName}} fills in.`],
      declarations: [{ name: t.constName, initializer: quote(t.template) }],
    });
    statements.push({
      kind: Kind.Function,
      isExported: true,
      name: t.helperName,
      docs: [
        [
          `Builds \`${docPath(t.template)}\`${t.params.length > 0 ? ', each parameter encoded as exactly one path segment' : ''}.`,
          t.params.length > 0 ? '@throws TypeError when a parameter is empty, blank, `.` or `..`.' : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ],
      parameters: t.paramsType ? [{ name: 'params', type: t.paramsType.name }] : [],
      returnType: 'string',
      statements: [`return ${pathExpression(t)};`],
    });
  }
  return statements;
}

/** The interface a path's parameters share with the paths below it (see IrPathParamsType). */
function paramsInterface(type: IrPathParamsType, params: IrPathTemplate['params']): Statement {
  return {
    kind: Kind.Interface,
    isExported: true,
    name: type.name,
    docs: [`Path parameters of \`${docPath(type.prefix)}\` and of the paths below it.`],
    properties: params.map((p) => ({
      name: propertyKey(p.property),
      type: 'string | number',
      docs: docArray(docLines(p.doc)),
    })),
  };
}

/** A template literal with each `{param}` replaced by its encoded segment. */
function pathExpression(t: IrPathTemplate): string {
  if (t.params.length === 0) return quote(t.template);
  const parts = t.template.split(/\{([^}]*)\}/);
  let out = '`';
  parts.forEach((part, i) => {
    // The parameter is filled in under its wire name's place, from its property (`{user-id}` from params.userId).
    const property = t.params.find((p) => p.name === part)?.property ?? part;
    out += i % 2 === 0 ? templateText(part) : `\${pathSegment(${quote(property)}, ${access('params', property)})}`;
  });
  return out + '`';
}

/** A path as shown inside a comment and inline code. */
export function docPath(template: string): string {
  return template
    .replace(/\*\//g, '*\\/')
    .replace(/`/g, "'")
    .replace(/[\r\n\u2028\u2029]/g, ' ');
}
