import * as fs from 'node:fs';
import * as path from 'node:path';
import { transpileSources } from './build/transpile.js';
import type { Diagnostic } from './diagnostics.js';
import { formatCode } from './format.js';
import type { PackageSubpath } from './emit/plan.js';
import type { IrDocument, IrOperation } from './model/ir.js';
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
 * The files of a package that are not TypeScript (package.json, README.md, tsconfig.json),
 * rendered from templates/package/*.hbs.
 */
export function renderPackageFiles(ir: IrDocument, meta: PackageMeta, subpaths: readonly PackageSubpath[] = []): Map<string, string> {
  // Loaded here, at the end of a run, where the main thread waits for the helper anyway: at the start it would cost about 40 ms.
  const hb = (require('handlebars') as typeof import('handlebars')).create();
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  // The samples show an update where there is one: the README's 204 section is about PATCH.
  const example = ir.operations.find((o) => o.method === 'PATCH' && o.body && !o.doubtful) ?? ir.operations.find((o) => o.body) ?? ir.operations[0];
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
    operations: ir.operations.map((o) => ({ functionName: o.functionName, method: o.method, path: markdownText(o.path) })),
    example: example ? { functionName: example.functionName, callArgs: sampleArgs(example) } : { functionName: 'createClient', callArgs: '' },
    paging: paging?.collection ? { all: paging.collection.allName, callArgs: sampleArgs(paging) } : false,
    workflow: workflowExample(ir) ?? false,
  };
  const out = new Map<string, string>();
  for (const file of ['package.json', 'README.md', 'tsconfig.json']) {
    const source = fs.readFileSync(path.join(TEMPLATES_DIR, 'package', `${file}.hbs`), 'utf8');
    out.set(file, hb.compile(source, { noEscape: true, strict: true })(context));
  }
  return out;
}

/** The runtime every package ships: src/runtime/*.ts verbatim, dist/runtime/* built and formatted. */
export interface BuiltRuntime {
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/** Builds templates/runtime/ into a package's src/runtime and dist/runtime files. */
export async function buildRuntime(): Promise<BuiltRuntime> {
  const dir = path.join(TEMPLATES_DIR, 'runtime');
  const sources = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.d.ts')) sources.set(`runtime/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'));
  }
  const built = await transpileSources(sources);
  const dist = new Map([...built.files].map(([file, text]) => [`dist/${file}`, text]));
  await formatCode(dist);
  return { files: new Map([...[...sources].map(([file, text]) => [`src/${file}`, text] as const), ...dist]), diagnostics: built.diagnostics };
}

/** The arguments of an operation's call in a README sample, after the client: its path parameters, a body. */
function sampleArgs(op: IrOperation): string {
  return [
    ...(op.pathParams.length > 0 ? [`{ ${op.pathParams.map((p) => `${p.property ?? p.name}: '…'`).join(', ')} }`] : []),
    ...(op.body ? ['{ /* the properties to change */ }'] : []),
  ].join(', ');
}

/** A server URL as shown in Markdown and in code samples: nothing in it can end a code span or a string. */
function urlText(url: string): string {
  return encodeURI(url.trim()).replace(/'/g, '%27');
}

/** Spec text shown in Markdown: no table breaks, no raw HTML. */
function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/`/g, "'");
}
