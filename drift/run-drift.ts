/**
 * A drift run: each curated spec against Microsoft's description of its Graph version and against
 * the doc pages, every difference located in the spec and marked explained or not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, warning, type Diagnostic } from '../generator/diagnostics.js';
import { loadSpec } from '../generator/load/load-spec.js';
import { compareSpec } from './compare-spec.js';
import { explain, parseCuration, type CurationEntry } from './curation.js';
import { Description, versionOfServers } from './description.js';
import { describe, mergeFindings, type DriftKind } from './difference.js';
import { loadPages } from './pages/load-pages.js';
import type { GraphVersion } from './pages/parse-page.js';

export interface DriftOptions {
  /** The curated specs. */
  readonly specs: readonly string[];
  /** Descriptions to compare with (`--against`), each for the version its servers name. */
  readonly against: readonly string[];
  /** Microsoft's description of a version (fetched and cached), used when `against` is empty; none when undefined. */
  readonly fetch?: (version: GraphVersion) => { readonly file: string; readonly display: string };
  /** Folders of doc pages. */
  readonly pageFolders: readonly string[];
  readonly cwd: string;
}

export interface ReportedDifference {
  readonly kind: DriftKind;
  readonly explained: boolean;
  /** The CURATION.md entries that explain it. */
  readonly curation: readonly { readonly id: string; readonly title: string }[];
  readonly sources: readonly string[];
  readonly diagnostic: Diagnostic;
}

export interface SpecDrift {
  readonly spec: string;
  readonly version: GraphVersion;
  readonly description?: string;
  readonly pages: number;
  readonly differences: readonly ReportedDifference[];
}

export interface DriftResult {
  readonly specs: readonly SpecDrift[];
  /** Problems that stopped a comparison (an unreadable spec, a missing folder): exit 2. */
  readonly problems: readonly Diagnostic[];
  /** What was left out and why (a page whose Graph version cannot be told). */
  readonly warnings: readonly Diagnostic[];
}

export function runDrift(options: DriftOptions): DriftResult {
  const display = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/') || file;
  const problems: Diagnostic[] = [];
  const folders = options.pageFolders.map((f) => path.resolve(options.cwd, f));
  for (const folder of folders)
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
      problems.push(error('drift-pages-missing', 'no such folder of doc pages', { file: display(folder) }));
  if (problems.length > 0) return { specs: [], problems, warnings: [] };
  const pages = loadPages(folders, display);
  const warnings = pages.pages
    // Concept pages (paging, throttling) document no request or type: nothing is lost without their version.
    .filter((page) => !page.version && (page.requests.length > 0 || page.resource || page.enumType))
    .map((page) =>
      warning(
        'drift-page-version',
        'left out: its Graph version cannot be told (no v1.0__ or beta__ name, no graph.microsoft.com example URL, no /beta note)',
        { file: page.file },
      ),
    );

  const given = new Map<GraphVersion, Description>();
  for (const file of options.against) {
    const description = readDescription(
      path.resolve(options.cwd, file),
      display(path.resolve(options.cwd, file)),
      problems,
    );
    const version = description?.version();
    if (description && !version)
      problems.push(
        error(
          'drift-version',
          "cannot tell this description's Graph version: its first server URL should end in /v1.0 or /beta",
          { file: description.display },
        ),
      );
    else if (description && version) given.set(version, description);
  }
  if (problems.length > 0) return { specs: [], problems, warnings };
  // null: the fetched file could not be read (the problem is recorded).
  const fetched = new Map<GraphVersion, Description | null>();
  const readFetched = (version: GraphVersion): Description | null => {
    if (!fetched.has(version)) {
      const { file, display: shown } = options.fetch!(version);
      fetched.set(version, readDescription(file, shown, problems) ?? null);
    }
    return fetched.get(version)!;
  };

  const specs: SpecDrift[] = [];
  for (const specPath of options.specs) {
    const { spec, diagnostics } = loadSpec(specPath, options.cwd);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!spec || errors.length > 0) {
      problems.push(...errors);
      continue;
    }
    const document = spec.document;
    const version = versionOfServers(document.servers);
    if (!version) {
      problems.push(
        error(
          'drift-version',
          'cannot tell the Graph version: the first server URL should end in /v1.0 or /beta',
          spec.locate('#/servers'),
        ),
      );
      continue;
    }
    const description = given.get(version) ?? (options.fetch ? readFetched(version) : undefined);
    if (description === null) continue;
    const findings = compareSpec(document, version, description, pages);
    const curationFile = path.join(path.dirname(path.resolve(options.cwd, specPath)), 'CURATION.md');
    const curation = fs.existsSync(curationFile)
      ? parseCuration(fs.readFileSync(curationFile, 'utf8'))
      : { entries: new Map<string, CurationEntry>(), unknownKinds: [] };
    for (const { id, kind } of curation.unknownKinds)
      problems.push(
        error('drift-curation-kind', `entry ${id} lists "${kind}", which is not a kind of difference`, {
          file: display(curationFile),
        }),
      );
    const differences = mergeFindings(findings).map((d): ReportedDifference => {
      const { explainedBy: entries, partly, markedOnly } = explain(d, document, curation.entries);
      const at = spec.locate(d.pointer);
      const note = entries
        ? ` (explained by ${entries.map((e) => e.id).join(', ')})`
        : partly
          ? ` (explained by ${partly.join(', ')} on some of the operations that reach it, not on all)`
          : markedOnly.length > 0
            ? ` (marked ${markedOnly.join(', ')}, whose Drift line${markedOnly.length === 1 ? ' does' : 's do'} not list ${d.kind})`
            : '';
      const message = describe(d) + note;
      return {
        kind: d.kind,
        explained: entries !== undefined,
        curation: (entries ?? []).map((e) => ({ id: e.id, title: e.title })),
        sources: d.sources,
        diagnostic: { code: `drift-${d.kind}`, severity: entries ? 'warning' : 'error', message, ...at },
      };
    });
    differences.sort(
      (a, b) =>
        (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0) ||
        (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0) ||
        cmp(a.diagnostic.message, b.diagnostic.message),
    );
    specs.push({
      spec: spec.displayPath,
      version,
      ...(description ? { description: description.display } : {}),
      pages: pages.ofVersion(version).length,
      differences,
    });
  }
  return { specs, problems, warnings };
}

function readDescription(file: string, display: string, problems: Diagnostic[]): Description | undefined {
  try {
    return Description.read(file, display);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    problems.push(error('drift-description', `cannot read the description: ${reason}`, { file: display }));
    return undefined;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
