/** The permissions report: per kind of access, the smallest cover of the operations found, and what it cannot cover. */
import { minimumCover, type Cover } from './cover.js';
import type { OperationUse, ScanResult } from './find-operations.js';
import type { OperationInfo } from './package-metadata.js';

/** The kinds of access reported: Intune's calls are made by admins (work or school accounts) and by daemons. */
export const KINDS = [
  { key: 'delegatedWorkOrSchool', title: 'Delegated (work or school account)' },
  { key: 'application', title: 'Application' },
] as const;

export type KindKey = (typeof KINDS)[number]['key'];

/** One operation the code uses, and where. */
export interface UsedOperation {
  /** `<package> <function>`: the same function name may come from two packages (v1.0 and beta). */
  readonly id: string;
  readonly packageName: string;
  readonly operation: string;
  readonly info: OperationInfo;
  readonly at: string[];
}

export interface KindReport {
  readonly key: KindKey;
  readonly title: string;
  readonly cover: Cover;
  /** Operations whose permissions of this kind are not documented. */
  readonly notDocumented: string[];
  /** Operations that cannot be called with this kind of access. */
  readonly notSupported: string[];
}

export interface PermissionsReport {
  readonly filesScanned: number;
  readonly operations: UsedOperation[];
  readonly kinds: KindReport[];
  /** Packages imported that carry no permissions (generated before `<package>/metadata` existed). */
  readonly withoutMetadata: { packageName: string; file: string }[];
}

/** Builds the report from what the scan found. */
export function buildReport(scan: ScanResult): PermissionsReport {
  const used = new Map<string, { use: OperationUse; at: string[] }>();
  for (const use of scan.uses) {
    const id = `${use.packageName} ${use.operation}`;
    const entry = used.get(id) ?? used.set(id, { use, at: [] }).get(id)!;
    entry.at.push(`${use.file}:${use.line}:${use.column}`);
  }
  const operations: UsedOperation[] = [...used]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, { use, at }]) => ({
      id,
      packageName: use.packageName,
      operation: use.operation,
      info: scan.packages.get(use.packageName)!.operations.get(use.operation)!,
      at,
    }));
  const label = (op: UsedOperation) =>
    new Set(operations.map((o) => o.packageName)).size > 1 ? `${op.operation} (${op.packageName})` : op.operation;
  const kinds = KINDS.map(({ key, title }) => {
    const notDocumented: string[] = [];
    const notSupported: string[] = [];
    const items: { id: string; permissions: readonly string[] }[] = [];
    for (const op of operations) {
      const list = op.info.permissions?.[key] ?? 'notDocumented';
      if (list === 'notDocumented' || list.length === 0) notDocumented.push(label(op));
      else if (list === 'notSupported') notSupported.push(label(op));
      else items.push({ id: label(op), permissions: list });
    }
    return { key, title, cover: minimumCover(items), notDocumented, notSupported };
  });
  const withoutMetadata = [...scan.withoutMetadata].map(([packageName, file]) => ({ packageName, file }));
  return { filesScanned: scan.filesScanned, operations, kinds, withoutMetadata };
}

/** The report as text, for a terminal. */
export function textReport(report: PermissionsReport): string {
  const lines: string[] = [];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  lines.push(`${count(report.operations.length, 'operation')} used in ${count(report.filesScanned, 'file')} scanned:`);
  for (const op of report.operations)
    lines.push(`  ${op.operation} (${op.packageName}, ${op.info.method} ${op.info.path}) at ${op.at.join(', ')}`);
  for (const { packageName, file } of report.withoutMetadata) {
    lines.push(
      `warning: ${packageName} (imported in ${file}) has no ./metadata entry point; regenerate it to report its permissions`,
    );
  }
  for (const kind of report.kinds) {
    const { cover } = kind;
    lines.push('');
    const how =
      cover.method === 'exact'
        ? 'the smallest set'
        : 'a small set found greedily (too many candidates to prove the smallest)';
    lines.push(`${kind.title}: ${count(cover.permissions.length, 'permission')} (${how}, least privileged first)`);
    const width = Math.max(0, ...cover.permissions.map((p) => p.permission.length));
    for (const p of cover.permissions) lines.push(`  ${p.permission.padEnd(width)}  for ${p.for.join(', ')}`);
    if (kind.notDocumented.length > 0)
      lines.push(`  not documented (check the operation's page): ${kind.notDocumented.join(', ')}`);
    if (kind.notSupported.length > 0)
      lines.push(`  not supported with this kind of access: ${kind.notSupported.join(', ')}`);
  }
  return lines.join('\n');
}

/** The report as one JSON document, for scripts. */
export function jsonReport(report: PermissionsReport): string {
  return JSON.stringify(
    {
      filesScanned: report.filesScanned,
      operations: report.operations.map((o) => ({
        package: o.packageName,
        operation: o.operation,
        method: o.info.method,
        path: o.info.path,
        at: o.at,
      })),
      kinds: Object.fromEntries(
        report.kinds.map((k) => [
          k.key,
          {
            method: k.cover.method,
            permissions: k.cover.permissions,
            notDocumented: k.notDocumented,
            notSupported: k.notSupported,
          },
        ]),
      ),
      withoutMetadata: report.withoutMetadata,
    },
    null,
    2,
  );
}
