/**
 * spec/CURATION.md as the drift report reads it: each entry (`<a id="C7"></a>` then `### C7. Title`)
 * and the kinds of difference it explains, listed on a line of its own: `- **Drift**: nullable, type`.
 *
 * The rule: a difference is explained when the spec object it touches, or an object enclosing it,
 * carries `x-curation` with an entry whose Drift line names the difference's kind. "Enclosing" means
 * the object's ancestors in the document and the objects the difference was reached through (the
 * operation, the response, the $ref that led to a shared schema). A difference reached through
 * several operations is explained only when it is explained through each of them.
 */
import { pointerTokens } from '../generator/diagnostics.js';
import { DRIFT_KINDS, type Difference, type DriftKind } from './difference.js';

export interface CurationEntry {
  readonly id: string;
  readonly title: string;
  readonly kinds: ReadonlySet<DriftKind>;
}

/** The entries of a CURATION.md text, by id, and the Drift kinds that are not known (typos). */
export function parseCuration(text: string): {
  entries: Map<string, CurationEntry>;
  unknownKinds: { id: string; kind: string }[];
} {
  const entries = new Map<string, CurationEntry>();
  const unknownKinds: { id: string; kind: string }[] = [];
  const heads = [...text.matchAll(/<a id="([A-Za-z]+\d+)"><\/a>\s*\n###\s+\1\.\s+(.*)/g)];
  heads.forEach((head, i) => {
    const body = text.slice(head.index! + head[0].length, heads[i + 1]?.index ?? text.length);
    const listed = /^\s*-\s+\*\*Drift\*\*:\s*(.+)$/m.exec(body)?.[1] ?? '';
    const kinds = new Set<DriftKind>();
    for (const kind of listed
      .split(',')
      .map((k) => k.trim().replace(/`/g, '').replace(/\.$/, ''))
      .filter(Boolean)) {
      if ((DRIFT_KINDS as readonly string[]).includes(kind)) kinds.add(kind as DriftKind);
      else unknownKinds.push({ id: head[1]!, kind });
    }
    entries.set(head[1]!, { id: head[1]!, title: head[2]!.trim(), kinds });
  });
  return { entries, unknownKinds };
}

/**
 * The entries that explain `d` in `document` (none when some sighting has no explaining mark), and
 * the entries marked on its way that do not list its kind (the ones a reader may have meant), and
 * those that explain it on some ways to it but not on all.
 */
export function explain(
  d: Difference,
  document: unknown,
  entries: ReadonlyMap<string, CurationEntry>,
): { explainedBy?: CurationEntry[]; partly?: string[]; markedOnly: string[] } {
  const found = new Map<string, CurationEntry>();
  const marked = new Set<string>();
  let everySighting = true;
  for (const sighting of d.sightings) {
    let explained = false;
    for (const pointer of [...sighting, d.pointer]) {
      for (const id of marksEnclosing(document, pointer)) {
        const entry = entries.get(id);
        if (entry?.kinds.has(d.kind)) {
          found.set(id, entry);
          explained = true;
        }
      }
    }
    everySighting &&= explained;
  }
  // The hint names the marks on the object itself and its ancestors: those on every operation that reaches a
  // shared schema would drown it.
  for (const id of marksEnclosing(document, d.pointer)) marked.add(id);
  const markedOnly = [...marked].filter((id) => !found.has(id));
  if (everySighting) return { explainedBy: [...found.values()], markedOnly };
  return found.size > 0 ? { partly: [...found.keys()], markedOnly } : { markedOnly };
}

/** The x-curation ids on the value at `pointer` and on each of its ancestors. */
function marksEnclosing(document: unknown, pointer: string): string[] {
  const ids: string[] = [];
  let node: unknown = document;
  const collect = (n: unknown) => {
    const marks = typeof n === 'object' && n !== null ? (n as Record<string, unknown>)['x-curation'] : undefined;
    if (Array.isArray(marks)) for (const m of marks) ids.push(String(m));
  };
  collect(node);
  for (const token of pointerTokens(pointer)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[token] : undefined;
    if (node === undefined) break;
    collect(node);
  }
  return ids;
}
