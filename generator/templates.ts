import * as fs from 'node:fs';
import * as path from 'node:path';
import { transpileSources } from './build/transpile.js';
import type { Diagnostic } from './diagnostics.js';
import { formatCode } from './format.js';
import { Layout } from './emit/layout.js';
import type { PackageSubpath } from './emit/plan.js';
import type { IrDocument, IrOperation, IrSecurityScheme } from './model/ir.js';
import type { ProfileKind } from './model/profile.js';
import { readmeExample } from './readme-example.js';
import { odataExample } from './readme-odata.js';
import { workflowExample } from './readme-workflow.js';
import { ROOT_DIR } from './root.js';

/** The repository's templates/ folder. */
export const TEMPLATES_DIR = path.join(ROOT_DIR, 'templates');

/** What a generated package is called. */
export interface PackageMeta {
  readonly name: string;
  readonly version: string;
}

/**
 * What the templates of a package's files that are not TypeScript (package.json, README.md,
 * tsconfig.json) are rendered from: plain data, so that the thread with time to spare renders them
 * (see parallel/tasks.ts's render).
 */
export interface PackageFilesInput {
  readonly profile: ProfileKind;
  readonly context: Readonly<Record<string, unknown>>;
}

/** What the package files of `ir` say, worked out from the IR (the examples, the table of operations). */
export function packageFilesInput(
  ir: IrDocument,
  meta: PackageMeta,
  subpaths: readonly PackageSubpath[] = [],
): PackageFilesInput {
  const example = exampleOperation(ir.operations);
  // A package split by name (a whole Graph version) is best imported by group: its README says how.
  const layout = new Layout(ir.types, ir.componentTypes);
  const paging = ir.operations.find((o) => o.collection);
  const baseUrl = ir.servers[0] ? urlText(ir.servers[0].url) : '(none: set baseUrl)';
  const context = {
    ...meta,
    subpaths,
    title: markdownText(ir.title),
    description: `Typed client for ${ir.title.replace(/[\r\n\u2028\u2029]+/g, ' ')}, generated from its OpenAPI description.`,
    baseUrl,
    scope: `${/^https?:\/\/[^/]+/.exec(baseUrl)?.[0] ?? '<origin of the base URL>'}/.default`,
    operationCount: `${ir.operations.length} operation${ir.operations.length === 1 ? '' : 's'}`,
    // One row a line, joined here: Graph v1.0 has 11,422, which Handlebars' #each took 0.1-0.2 s to write at the end of
    // the run.
    operationRows: ir.operations
      .map((o) => `| \`${o.functionName}\` | ${o.method} | \`${markdownText(o.path)}\` |`)
      .join('\n'),
    example: readmeExample(example, ir.profile, ir.types),
    schemes: ir.profile.security.map(schemeRow),
    paging: paging?.collection
      ? {
          all: paging.collection.allName,
          callArgs: readmeExample(paging, ir.profile, ir.types, { omitOptionalParams: true }).callArgs,
        }
      : false,
    workflow: workflowExample(ir) ?? false,
    byGroup:
      layout.split && example
        ? { functionName: example.functionName, module: layout.operationsFile(example.group).replace(/\.ts$/, '') }
        : false,
    odata: odataExample(ir) ?? false,
  };
  return { profile: ir.profile.kind, context };
}

/** The templates, each read and compiled once a thread (a run may make several packages). */
let templates: ((file: string) => (context: unknown) => string) | undefined;

/** Loads Handlebars, on a thread that has the time; each template is read and compiled when first rendered. */
export function loadTemplates(): (file: string) => (context: unknown) => string {
  if (templates) return templates;
  const hb = (require('handlebars') as typeof import('handlebars')).create();
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  hb.registerPartial('byGroup', fs.readFileSync(path.join(TEMPLATES_DIR, 'package', 'by-group.md.hbs'), 'utf8'));
  const compiled = new Map<string, (context: unknown) => string>();
  const template = (file: string) => {
    let render = compiled.get(file);
    if (!render) {
      const source = fs.readFileSync(path.join(TEMPLATES_DIR, 'package', `${file}.hbs`), 'utf8');
      compiled.set(file, (render = hb.compile(source, { noEscape: true, strict: true })));
    }
    return render;
  };
  return (templates = template);
}

/**
 * The files of a package that are not TypeScript (package.json, README.md, tsconfig.json), rendered from
 * templates/package/*.hbs.
 */
export function renderPackageFiles({ profile, context }: PackageFilesInput): Map<string, string> {
  const template = loadTemplates();
  const out = new Map<string, string>();
  for (const file of ['package.json', 'README.md', 'tsconfig.json']) {
    // Each profile has its own README: a plain OpenAPI package's says nothing of Graph.
    out.set(file, template(file === 'README.md' && profile === 'openapi' ? 'README.openapi.md' : file)(context));
  }
  return out;
}

/** The runtime every package ships: src/runtime/*.ts verbatim, dist/runtime/* built and formatted. */
export interface BuiltRuntime {
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * The runtime files only one profile ships: the rest of templates/runtime/ is shared. The plain profile's entry
 * is shipped as index.ts, where generated code imports the runtime from.
 */
const PROFILE_ONLY: Record<ProfileKind, readonly string[]> = {
  graph: ['batch.ts', 'clouds.ts', 'describe.ts', 'graph-error.ts', 'graph.ts', 'index.ts', 'odata.ts', 'paging.ts'],
  openapi: ['api-error.ts', 'openapi-index.ts', 'openapi.ts', 'security.ts', 'serialize.ts'],
};

/** Builds a profile's part of templates/runtime/ into a package's src/runtime and dist/runtime files. */
export async function buildRuntime(profile: ProfileKind): Promise<BuiltRuntime> {
  const dir = path.join(TEMPLATES_DIR, 'runtime');
  const other = PROFILE_ONLY[profile === 'graph' ? 'openapi' : 'graph'];
  const sources = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.d.ts') || other.includes(name)) continue;
    sources.set(
      `runtime/${name === 'openapi-index.ts' ? 'index.ts' : name}`,
      fs.readFileSync(path.join(dir, name), 'utf8'),
    );
  }
  const built = await transpileSources(sources);
  const dist = new Map([...built.files].map(([file, text]) => [`dist/${file}`, text]));
  await formatCode(dist);
  return {
    files: new Map([...[...sources].map(([file, text]) => [`src/${file}`, text] as const), ...dist]),
    diagnostics: built.diagnostics,
  };
}

/** A server URL as shown in Markdown and in code samples: nothing in it can end a code span or a string. */
function urlText(url: string): string {
  return encodeURI(url.trim()).replace(/'/g, '%27');
}

/** Spec text shown in Markdown: no table breaks, no raw HTML. */
function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/`/g, "'");
}

/**
 * The operation the README's samples call: one with a body that is not doubtful, an update where there is one (the
 * README's 204 section is about PATCH), preferably one an app can call on its own (Graph's Application permissions),
 * so that the quickstart's credential is one it allows.
 */
function exampleOperation(operations: readonly IrOperation[]): IrOperation | undefined {
  const candidates = operations.filter((o) => o.body && !o.doubtful);
  const appAllowed = (o: IrOperation) =>
    o.permissions.some((p) => /^application$/i.test(p.label) && p.scopes.length > 0);
  const update = (o: IrOperation) => o.method === 'PATCH';
  return (
    candidates.find((o) => update(o) && appAllowed(o)) ??
    candidates.find(update) ??
    candidates.find(appAllowed) ??
    candidates[0] ??
    operations.find((o) => o.body) ??
    operations[0]
  );
}

/** A security scheme as the README's table shows it. */
function schemeRow(s: IrSecurityScheme): { name: string; type: string; sentAs: string; value: string } {
  const code = (text: string) => `\`${markdownText(text)}\``;
  const name = markdownText(s.name);
  if (s.type === 'apiKey')
    return { name, type: 'API key', sentAs: `${s.in} ${code(s.parameter)}`, value: 'the key (a string)' };
  if (s.type === 'http' && s.scheme === 'basic')
    return { name, type: 'HTTP basic', sentAs: '`Authorization: Basic …`', value: '`{ username, password }`' };
  if (s.type === 'http')
    return {
      name,
      type: `HTTP ${markdownText(s.scheme)}`,
      sentAs: `\`Authorization: ${s.scheme === 'bearer' ? 'Bearer' : markdownText(s.scheme)} …\``,
      value: 'a token source',
    };
  const scopes = s.type === 'oauth2' && s.scopes.length ? ` (scopes ${s.scopes.map(code).join(', ')})` : '';
  return {
    name,
    type: `${s.type === 'oauth2' ? 'OAuth 2.0' : 'OpenID Connect'}${scopes}`,
    sentAs: '`Authorization: Bearer …`',
    value: 'a token source',
  };
}
