/**
 * Compares the spec's shape of a value with a source's: type, format, nullable, readOnly, enum
 * members, array items and object properties, recursively. What a source does not state (a page
 * says nothing about nullability) is not compared.
 */
import type { DriftKind, Finding } from './difference.js';
import { pointerTokens } from '../generator/diagnostics.js';
import type { Shape } from './shape.js';

export interface ShapeComparison {
  /** Shown as the source of each finding. */
  readonly source: string;
  /** Pointers the comparison was reached through (an operation, a response), added to each finding's. */
  readonly via: readonly string[];
  readonly out: Finding[];
  /** Pairs already compared (recursive schemas, shared types). */
  readonly seen: Set<string>;
  /** The source is a page's property table, which never lists OData annotations (`@odata.type`). */
  readonly table?: boolean;
}

/**
 * What a finding is about: `schema.property` when the spec object is a component schema's property
 * (so that a shared definition is one difference however many bodies reach it), else the path the
 * comparison took from the body.
 */
function subjectAt(pointer: string, fallback: string): string {
  const tokens = pointerTokens(pointer);
  if (tokens[0] !== 'components' || tokens[1] !== 'schemas' || tokens.length < 3) return fallback;
  const names = [tokens[2]!.replace(/^microsoft\.graph\./, '')];
  tokens.slice(3).forEach((t, i, rest) => {
    if (rest[i - 1] === 'properties') names.push(t);
    else if (t === 'items') names[names.length - 1] += '[]';
  });
  return names.join('.');
}

export function compareShapes(ours: Shape, theirs: Shape, subject: string, c: ShapeComparison): void {
  const key = `${ours.pointer}\u0000${theirs.pointer}\u0000${subject}`;
  if (c.seen.has(key)) return;
  c.seen.add(key);
  const add = (
    kind: DriftKind,
    pointer: string,
    about: string,
    oursText: string,
    theirsText: string,
    via: readonly string[],
  ) =>
    c.out.push({
      kind,
      pointer,
      subject: subjectAt(pointer.replace(/\/enum$/, ''), about),
      ours: oursText,
      theirs: theirsText,
      source: c.source,
      via: [...c.via, ...via],
    });

  // Two objects differ in type only when both name their schema: an inline object is compared by its properties.
  const named =
    ours.type === 'object' && theirs.type === 'object' && ours.refName !== undefined && theirs.refName !== undefined;
  const oursType = typeText(ours, named);
  const theirsType = typeText(theirs, named);
  if (ours.type !== 'any' && theirs.type !== 'any' && oursType !== theirsType) {
    add('type', ours.pointer, subject, oursType, theirsType, ours.via);
    return; // a different type makes its format, members and properties meaningless to compare
  }
  if ((ours.format ?? '') !== (theirs.format ?? '') && theirs.type !== 'any')
    add('format', ours.pointer, subject, ours.format ?? '', theirs.format ?? '', ours.via);
  if (theirs.nullable !== undefined && (ours.nullable ?? false) !== theirs.nullable)
    add('nullable', ours.pointer, subject, String(ours.nullable ?? false), String(theirs.nullable), ours.via);
  if (theirs.readOnly !== undefined && (ours.readOnly ?? false) !== theirs.readOnly)
    add('read-only', ours.pointer, subject, String(ours.readOnly ?? false), String(theirs.readOnly), ours.via);
  if (ours.enum && theirs.enum) {
    const mine = new Set(ours.enum.members);
    const other = new Set(theirs.enum.members);
    for (const m of theirs.enum.members)
      if (!mine.has(m)) add('enum-member-missing', ours.enum.pointer, subject, '', m, ours.enum.via);
    for (const m of ours.enum.members)
      if (!other.has(m)) add('enum-member-extra', ours.enum.pointer, subject, m, '', ours.enum.via);
  }
  if (ours.items && theirs.items) compareShapes(ours.items, theirs.items, `${subject}[]`, c);
  if (ours.type === 'object' && theirs.type === 'object') {
    const mine = ours.properties();
    const other = theirs.properties();
    if (other.size === 0 || mine.size === 0) return; // a source that names the type without its properties
    for (const [name, prop] of other) {
      // Relationships come back only with $expand; the spec need not declare them.
      if (!mine.has(name) && !prop.navigation)
        add('property-missing', ours.definedAt ?? ours.pointer, subject, '', name, ours.via);
    }
    for (const [name, prop] of mine) {
      const counterpart = other.get(name);
      if (!counterpart) {
        if (!(c.table && name.startsWith('@'))) add('property-extra', prop.pointer, subject, name, '', prop.via);
      } else compareShapes(prop, counterpart, `${subject}.${name}`, c);
    }
  }
}

/** The type as compared: an enum is its own type, an object is named by its schema when it has one. */
function typeText(s: Shape, named: boolean): string {
  if (s.enum && s.type === 'string') return 'enum';
  if (named) return s.refName!;
  return s.type;
}
