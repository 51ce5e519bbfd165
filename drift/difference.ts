/**
 * One difference between the curated spec and a source (Microsoft's description or a doc page),
 * located in the spec. The same difference found through several operations or several sources is
 * merged into one: it is printed once, naming every source that shows it.
 */

/** What differs. A CURATION.md entry lists the kinds it explains on its `Drift:` line. */
export const DRIFT_KINDS = [
  'path-missing',
  'method-missing',
  'operation-missing',
  'path-parameter-name',
  'query-parameter-missing',
  'query-parameter-extra',
  'body-type',
  'property-missing',
  'property-extra',
  'type',
  'format',
  'nullable',
  'read-only',
  'enum-member-missing',
  'enum-member-extra',
  'permission-missing',
  'permission-extra',
  'permission-alternatives',
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** One sighting of a difference, before merging. */
export interface Finding {
  readonly kind: DriftKind;
  /** JSON pointer of the spec object the difference touches. */
  readonly pointer: string;
  /** What it is about: a property, a parameter, a permission, an enum member, `PATCH /path`. */
  readonly subject: string;
  /** The spec's side and the source's side, as short text (empty when one side has nothing). */
  readonly ours: string;
  readonly theirs: string;
  /** The source, as shown to users: a description file or a page. */
  readonly source: string;
  /**
   * Pointers of the spec objects this finding was reached through (the operation, each $ref's
   * target, the object itself): x-curation on any of them, or on an object enclosing one, may explain it.
   */
  readonly via: readonly string[];
}

/** A merged difference. */
export interface Difference {
  readonly kind: DriftKind;
  readonly pointer: string;
  readonly subject: string;
  readonly ours: string;
  readonly theirs: string;
  readonly sources: readonly string[];
  /** One list of pointers per sighting. */
  readonly sightings: readonly (readonly string[])[];
}

/** Merges findings that are the same difference, keeping the order in which each was first found. */
export function mergeFindings(findings: readonly Finding[]): Difference[] {
  const merged = new Map<
    string,
    {
      kind: DriftKind;
      pointer: string;
      subject: string;
      ours: string;
      theirs: string;
      sources: string[];
      sightings: (readonly string[])[];
    }
  >();
  for (const f of findings) {
    const key = [f.kind, f.pointer, f.subject, f.ours, f.theirs].join('\u0000');
    const known = merged.get(key);
    if (!known)
      merged.set(key, {
        kind: f.kind,
        pointer: f.pointer,
        subject: f.subject,
        ours: f.ours,
        theirs: f.theirs,
        sources: [f.source],
        sightings: [f.via],
      });
    else {
      if (!known.sources.includes(f.source)) known.sources.push(f.source);
      known.sightings.push(f.via);
    }
  }
  return [...merged.values()];
}

/** The one-line message of a difference: what the spec says, what the sources say. */
export function describe(d: Difference): string {
  const where = d.sources.join(', ');
  switch (d.kind) {
    case 'path-missing':
      return `${d.subject} is not in ${where}`;
    case 'method-missing':
      return `${d.subject}: ${where} has the path but not this method (it has ${d.theirs})`;
    case 'operation-missing':
      return `${d.subject} is documented by ${where} but not in the spec`;
    case 'path-parameter-name':
      return `path parameter ${d.ours} is named ${d.theirs} in ${where}`;
    case 'query-parameter-missing':
      return `${d.subject}: ${where} has query parameter ${d.theirs}, the spec does not`;
    case 'query-parameter-extra':
      return `${d.subject}: query parameter ${d.ours} is not in ${where}`;
    case 'body-type':
      return `${d.subject} is ${d.ours || 'none'} in the spec, ${d.theirs || 'none'} in ${where}`;
    case 'property-missing':
      return `${d.subject}: property ${d.theirs} of ${where} is not in the spec`;
    case 'property-extra':
      return `${d.subject}: property ${d.ours} is not in ${where}`;
    case 'type':
    case 'format':
      return `${d.subject}: ${d.kind} is ${d.ours || 'none'} in the spec, ${d.theirs || 'none'} in ${where}`;
    case 'nullable':
    case 'read-only':
      return `${d.subject} is ${d.theirs === 'true' ? '' : 'not '}${d.kind} in ${where}, ${d.ours === 'true' ? '' : 'not '}in the spec`;
    case 'enum-member-missing':
      return `${d.subject}: ${where} lists ${d.theirs}, the spec does not`;
    case 'enum-member-extra':
      return `${d.subject}: the spec lists ${d.ours}, ${where} does not`;
    case 'permission-missing':
      return `${d.subject}: ${where} names ${d.theirs}, the spec does not`;
    case 'permission-extra':
      return `${d.subject}: the spec names ${d.ours}, ${where} does not`;
    case 'permission-alternatives':
      return `${d.subject}: one security requirement lists ${d.ours}, which OpenAPI reads as all of them together; ${where} asks for any one of them`;
  }
}
