/**
 * A drift result as people and scripts read it: one diagnostic line per difference and a summary
 * per spec, or one JSON document (`--json`) with the same facts.
 */
import { formatDiagnostic } from '../generator/diagnostics.js';
import type { DriftResult, SpecDrift } from './run-drift.js';

export function unexplainedCount(result: DriftResult): number {
  return result.specs.reduce((n, s) => n + s.differences.filter((d) => !d.explained).length, 0);
}

/** The lines printed for people: every difference, then one summary line per spec. */
export function textReport(result: DriftResult): string[] {
  const lines: string[] = [];
  for (const spec of result.specs) for (const d of spec.differences) lines.push(formatDiagnostic(d.diagnostic));
  for (const spec of result.specs) lines.push(summaryLine(spec));
  return lines;
}

function summaryLine(spec: SpecDrift): string {
  const explained = spec.differences.filter((d) => d.explained);
  const byEntry = new Map<string, number>();
  for (const d of explained) for (const c of d.curation) byEntry.set(c.id, (byEntry.get(c.id) ?? 0) + 1);
  const entries = [...byEntry]
    .sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)) || (a[0] < b[0] ? -1 : 1))
    .map(([id, n]) => `${id} ${n}`);
  const against = [spec.description, `${spec.pages} ${spec.version} pages`].filter(Boolean).join(' and ');
  const unexplained = spec.differences.length - explained.length;
  return `${spec.spec} (${spec.version}) against ${against}: ${spec.differences.length} difference${spec.differences.length === 1 ? '' : 's'}, ${explained.length} explained${entries.length ? ` (${entries.join(', ')})` : ''}, ${unexplained} unexplained`;
}

/** The JSON document of `--json`. */
export function jsonReport(result: DriftResult): unknown {
  return {
    unexplained: unexplainedCount(result),
    specs: result.specs.map((spec) => ({
      spec: spec.spec,
      version: spec.version,
      description: spec.description ?? null,
      pages: spec.pages,
      differences: spec.differences.length,
      explained: spec.differences.filter((d) => d.explained).length,
      unexplained: spec.differences.filter((d) => !d.explained).length,
      items: spec.differences.map((d) => ({
        code: d.diagnostic.code,
        kind: d.kind,
        explained: d.explained,
        curation: d.curation,
        message: d.diagnostic.message,
        file: d.diagnostic.file,
        line: d.diagnostic.line,
        column: d.diagnostic.column,
        pointer: d.diagnostic.pointer,
        sources: d.sources,
      })),
    })),
    problems: result.problems,
    warnings: result.warnings,
  };
}
