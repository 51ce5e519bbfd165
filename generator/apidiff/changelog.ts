/**
 * A package's CHANGELOG.md: one section per generated version, newest first, saying what changed
 * for code that uses it. The file is generated, but each run keeps what earlier runs wrote below
 * its own entry. Our own entries are read back by `newestEntry` (the `--check` rule needs the last one).
 */
import type { ApiChange } from './compare-api.js';
import type { Classification } from './semver.js';

export const CHANGELOG = 'CHANGELOG.md';

/** What one regeneration changed, as its entry records it. */
export interface ChangelogEntry {
  readonly version: string;
  /** The version it was compared with; absent for a package's first entry. */
  readonly previous?: string;
  readonly classification: Classification;
  readonly changes: readonly ApiChange[];
}

const HEADER = (name: string) =>
  `# Changelog\n\nEach generated version of ${name}, newest first: what changed for code that uses it.\n`;

/** The changelog with `entry` on top of the entries of `previous` (the old CHANGELOG.md, if any). */
export function prependEntry(previous: string | undefined, name: string, entry: ChangelogEntry, date: string): string {
  const older = previous ? previous.slice(Math.max(previous.indexOf('\n## '), 0)).replace(/^\n+/, '') : '';
  return `${HEADER(name)}\n${renderEntry(entry, date)}${older ? `\n${older}` : ''}`.replace(/\n*$/, '\n');
}

/** One version's section. */
export function renderEntry(entry: ChangelogEntry, date: string): string {
  const lines = [`## ${entry.version} (${date})`, ''];
  const list = (changes: readonly ApiChange[]) => changes.map((c) => `- \`${c.exportName}\`: ${c.message}`);
  if (entry.previous === undefined) lines.push('First generated version.');
  else if (entry.classification === 'none') lines.push(`No change to the public API since ${entry.previous}.`);
  const breaking = entry.changes.filter((c) => c.kind === 'breaking');
  const additive = entry.changes.filter((c) => c.kind === 'additive');
  if (entry.previous !== undefined && breaking.length > 0)
    lines.push(`${BREAKING} ${entry.previous}:`, '', ...list(breaking));
  if (entry.previous !== undefined && additive.length > 0) {
    if (breaking.length > 0) lines.push('');
    lines.push(`Additions since ${entry.previous}:`, '', ...list(additive));
  }
  return lines.join('\n') + '\n';
}

const BREAKING = 'Breaking changes since';

/** The newest entry's version, the version it was compared with, and whether it recorded breaking changes. */
export function newestEntry(changelog: string): { version: string; previous?: string; breaking: boolean } | undefined {
  const start = changelog.indexOf('\n## ');
  if (start < 0) return undefined;
  const end = changelog.indexOf('\n## ', start + 1);
  const section = changelog.slice(start + 1, end < 0 ? undefined : end);
  const version = /^## (\S+)/.exec(section)?.[1];
  if (!version) return undefined;
  const previous = /since (\S+?)(?::|\)\.|\.)$/m.exec(section)?.[1];
  return { version, ...(previous ? { previous } : {}), breaking: section.includes(`\n${BREAKING} `) };
}

/** A change list as the CLI prints it after a regeneration. */
export function formatReport(out: string, entry: ChangelogEntry): string {
  if (entry.previous === undefined) return `${out}: first version ${entry.version}`;
  const head = `${out}: ${entry.classification === 'none' ? 'no public API change' : `${entry.classification} changes`} (${entry.previous} → ${entry.version})`;
  return [
    head,
    ...entry.changes.map((c) => `  ${c.kind === 'breaking' ? 'breaking' : 'added   '} ${c.exportName}: ${c.message}`),
  ].join('\n');
}
