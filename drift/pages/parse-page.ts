/**
 * What a Microsoft Graph reference page (Markdown, as in microsoft-graph-docs) says about the API:
 * its HTTP requests, permissions table, request-body and resource property tables, enum members,
 * body types and whether it supports OData query parameters. Only the page's structure is read
 * (headings, tables, the HTTP request block); prose is not interpreted beyond the few set phrases
 * every Graph page uses ("a collection of [type]", "Possible values are: …").
 */

export type GraphVersion = 'v1.0' | 'beta';

/** A permission row: names (least privileged first, as the table lists them), or not supported. */
export type PagePermission = readonly string[] | 'Not supported';

export interface PagePermissions {
  readonly delegatedWorkOrSchool?: PagePermission;
  readonly delegatedPersonalMicrosoftAccount?: PagePermission;
  readonly application?: PagePermission;
  /** Older pages name scopes without saying for which kind of token. */
  readonly anyKind?: readonly string[];
}

export interface PageProperty {
  readonly name: string;
  /** The Type cell as the page writes it, links removed: `String`, `Int32`, `complianceStatus`, `String collection`. */
  readonly type: string;
  /** Values listed by "Possible values are: `a`, `b`." in the description, if any. */
  readonly values?: readonly string[];
  /** "Read-only" in the description. */
  readonly readOnly: boolean;
  /** 1-based line of the table row. */
  readonly line: number;
  /** Listed under Relationships: returned only with $expand. */
  readonly navigation?: boolean;
}

export interface PageRequest {
  readonly method: string;
  readonly path: string;
  readonly line: number;
}

export interface Page {
  /** Path of the page as shown to users. */
  readonly file: string;
  readonly title: string;
  readonly version?: GraphVersion;
  readonly requests: readonly PageRequest[];
  readonly permissions?: PagePermissions;
  /** The request body's type, from "supply a JSON representation of the [type] object". */
  readonly requestType?: string;
  /** The request body's property table. */
  readonly requestProperties?: readonly PageProperty[];
  /** The response body's type, from "returns … [type] object" or "a collection of [type] objects". */
  readonly responseType?: { readonly name: string; readonly collection: boolean };
  /** A resource page's type name and its Properties table. */
  readonly resource?: { readonly name: string; readonly properties: readonly PageProperty[] };
  /** An enum page's type name and members. */
  readonly enumType?: { readonly name: string; readonly members: readonly string[] };
  /** The page has an "Optional query parameters" section (the method supports OData query parameters). */
  readonly queryParameters: boolean;
}

interface Section {
  readonly heading: string;
  /** Lines of the section, with their 1-based line numbers. */
  readonly lines: readonly { text: string; line: number }[];
}

const METHODS = /^(GET|POST|PATCH|PUT|DELETE)\s+(\/\S*)/;

/** Parses one page. `file` names it in what is reported; its base name may carry the version (`v1.0__…`, `beta__…`). */
export function parsePage(text: string, file: string): Page {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections = splitSections(lines);
  const title =
    frontMatterTitle(lines) ??
    sections
      .find((s) => s.heading.startsWith('# '))
      ?.heading.slice(2)
      .trim() ??
    '';
  const version = versionOf(file, text);
  const section = (name: RegExp) => sections.find((s) => name.test(s.heading));

  const requests: PageRequest[] = [];
  for (const { text: line, line: n } of section(/^## HTTP request/i)?.lines ?? []) {
    const m = METHODS.exec(line.trim());
    if (m) requests.push({ method: m[1]!.toLowerCase(), path: m[2]!.split('?')[0]!.replace(/(.)\/$/, '$1'), line: n });
  }

  const permissionRows = sections
    .flatMap((s) => tables(s.lines))
    .find((t) => /^permission type$/i.test(t.header[0] ?? ''));
  const permissions = permissionRows ? readPermissions(permissionRows.rows) : scopesLine(section(/^## Prerequisites/i));

  const body = section(/^## Request body/i);
  const requestType = body ? linkedTypeAfter(body.lines, /representation (?:of|for)/i) : undefined;
  const requestProperties = body ? propertyTable(body.lines) : undefined;

  const response = section(/^## Response$/i);
  const responseText = response?.lines.map((l) => l.text).join(' ') ?? '';
  const collection = /collection of \[?`?(\w+)/i.exec(responseText);
  const single = /returns .*?\[`?(\w+)`?\]\(/i.exec(responseText) ?? /returns .*?\b(\w+) object\b/i.exec(responseText);
  const returned = collection ?? single;
  const responseType =
    returned && /\b(?:200|201)\b/.test(responseText)
      ? { name: returned[1]!, collection: returned === collection }
      : undefined;

  const resourceTitle = /^(\w+) resource type$/i.exec(title);
  const propertiesSection = section(/^## Properties$/i);
  // Relationships (navigation properties) are properties too, in a table of their own.
  const relationships = (propertyTable(section(/^## Relationships$/i)?.lines ?? []) ?? []).map((p) => ({
    ...p,
    navigation: true,
  }));
  const resource =
    resourceTitle && propertiesSection
      ? { name: resourceTitle[1]!, properties: [...(propertyTable(propertiesSection.lines) ?? []), ...relationships] }
      : undefined;

  const enumTitle = /^(\w+) enum type$/i.exec(title);
  const membersTable = section(/^## Members$/i);
  const enumType =
    enumTitle && membersTable
      ? {
          name: enumTitle[1]!,
          members: tables(membersTable.lines)[0]?.rows.map((r) => stripMarkup(r.cells[0] ?? '')) ?? [],
        }
      : undefined;

  return {
    file,
    title,
    ...(version ? { version } : {}),
    requests,
    ...(permissions ? { permissions } : {}),
    ...(requestType ? { requestType } : {}),
    ...(requestProperties ? { requestProperties } : {}),
    ...(responseType ? { responseType } : {}),
    ...(resource ? { resource } : {}),
    ...(enumType ? { enumType } : {}),
    queryParameters: section(/^## Optional query parameters/i) !== undefined,
  };
}

function splitSections(lines: readonly string[]): Section[] {
  const sections: { heading: string; lines: { text: string; line: number }[] }[] = [{ heading: '', lines: [] }];
  let fenced = false;
  lines.forEach((text, i) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (!fenced && /^#{1,3} /.test(text)) sections.push({ heading: text.trim(), lines: [] });
    else sections[sections.length - 1]!.lines.push({ text, line: i + 1 });
  });
  return sections;
}

function frontMatterTitle(lines: readonly string[]): string | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const m = /^title:\s*"?(.*?)"?\s*$/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/** The Graph version: from a `v1.0__`/`beta__` file name, else from the page's example URLs, else its /beta note. */
function versionOf(file: string, text: string): GraphVersion | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  if (base.startsWith('v1.0__')) return 'v1.0';
  if (base.startsWith('beta__')) return 'beta';
  const url = /graph\.microsoft\.com\/(v1\.0|beta)\//.exec(text);
  if (url) return url[1] as GraphVersion;
  return /APIs under the \/beta version/i.test(text) ? 'beta' : undefined;
}

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { cells: readonly string[]; line: number }[];
}

/** The Markdown tables of a section, in order. */
function tables(lines: Section['lines']): Table[] {
  const found: Table[] = [];
  let current: { header: string[]; rows: { cells: string[]; line: number }[] } | undefined;
  for (const { text, line } of lines) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = trimmed
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    if (!current) found.push((current = { header: cells.map(stripMarkup), rows: [] }));
    else if (!cells.every((c) => /^:?-+:?$/.test(c))) current.rows.push({ cells, line });
  }
  return found;
}

/** The first table of the section whose header starts with Property, as page properties. */
function propertyTable(lines: Section['lines']): PageProperty[] | undefined {
  const table = tables(lines).find((t) => /^(property|relationship)$/i.test(t.header[0] ?? ''));
  return table?.rows.map(({ cells, line }) => {
    const description = cells[2] ?? '';
    const values = /Possible values are:?\s*(.*)$/i.exec(description)?.[1];
    const listed = values ? [...values.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) : [];
    return {
      name: stripMarkup(cells[0] ?? ''),
      type: stripMarkup(cells[1] ?? ''),
      ...(listed.length > 0 ? { values: listed } : {}),
      readOnly: /\bread-?only\b/i.test(description),
      line,
    };
  });
}

function readPermissions(rows: Table['rows']): PagePermissions {
  const result: Record<string, PagePermission> = {};
  for (const { cells } of rows) {
    const kind = stripMarkup(cells[0] ?? '').toLowerCase();
    const key = kind.startsWith('application')
      ? 'application'
      : kind.includes('personal')
        ? 'delegatedPersonalMicrosoftAccount'
        : kind.includes('work or school')
          ? 'delegatedWorkOrSchool'
          : undefined;
    if (!key) continue;
    const value = stripMarkup(cells[1] ?? '');
    // "TODO: Provide applicable permissions." and an empty cell name no permission.
    result[key] = /^not supported\.?$/i.test(value)
      ? 'Not supported'
      : /TODO/i.test(value)
        ? []
        : value
            .split(/[,;]|\s+or\s+/)
            .map((p) => p.trim())
            .filter((p) => /^[\w.]+$/.test(p));
  }
  return result;
}

/** Older pages: "One of the following **scopes** is required" and a line `*A; B*`, for no stated kind of token. */
function scopesLine(prerequisites: Section | undefined): PagePermissions | undefined {
  const lines = prerequisites?.lines.map((l) => l.text.trim()) ?? [];
  const lead = lines.findIndex((l) => /following \**scopes\** is required/i.test(l));
  const scopes = lines.slice(lead + 1).find((l) => l !== '');
  if (lead < 0 || !scopes) return undefined;
  return {
    anyKind: stripMarkup(scopes.replace(/^[*_]+|[*_]+$/g, ''))
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter((p) => /^[\w.]+$/.test(p)),
  };
}

/** The type named by the first link (or bare word) after `lead` in the section's prose. */
function linkedTypeAfter(lines: Section['lines'], lead: RegExp): string | undefined {
  for (const { text } of lines) {
    const at = lead.exec(text);
    if (!at) continue;
    const m = /^\s*(?:the |a |an )?\[?`?(\w+)`?\]?/.exec(text.slice(at.index + at[0].length));
    if (m) return m[1];
  }
  return undefined;
}

/** Cell text without links, emphasis and code marks. */
function stripMarkup(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}
