/**
 * The explanation rule (drift/curation.ts): an x-curation mark explains a difference when its
 * CURATION.md entry lists the difference's kind, and the mark sits on the object the difference
 * touches, an ancestor of it, or an object it was reached through; through every one of them.
 */
import { explain, parseCuration } from '../../drift/curation.js';
import type { Difference } from '../../drift/difference.js';

const CURATION = `# Notes

<a id="C1"></a>
### C1. Nullable strings

- **Drift**: nullable, \`type\`

<a id="C2"></a>
### C2. Descriptions kept verbatim

Nothing drift compares.

<a id="C3"></a>
### C3. A typo

- **Drift**: nulable
`;

const document = {
  paths: {
    '/a': { patch: { 'x-curation': ['C1'] } },
    '/b': { patch: {} },
  },
  components: {
    schemas: {
      thing: { 'x-curation': ['C2'], properties: { name: { type: 'string' } } },
      marked: { 'x-curation': ['C1'], properties: { name: { type: 'string' } } },
    },
  },
};

const difference = (pointer: string, sightings: string[][], kind: Difference['kind'] = 'nullable'): Difference => ({
  kind,
  pointer,
  subject: 'x',
  ours: 'false',
  theirs: 'true',
  sources: ['graph.json'],
  sightings,
});

describe('CURATION.md entries and their Drift lines', () => {
  const { entries, unknownKinds } = parseCuration(CURATION);

  it('reads each entry, its title and the kinds it explains; an unknown kind is reported', () => {
    expect([...entries.keys()]).toEqual(['C1', 'C2', 'C3']);
    expect(entries.get('C1')).toEqual({ id: 'C1', title: 'Nullable strings', kinds: new Set(['nullable', 'type']) });
    expect(entries.get('C2')!.kinds.size).toBe(0);
    expect(unknownKinds).toEqual([{ id: 'C3', kind: 'nulable' }]);
  });

  it('explains through a mark on an enclosing object whose entry lists the kind', () => {
    const d = difference('#/components/schemas/marked/properties/name', [
      ['#/components/schemas/marked/properties/name'],
    ]);
    expect(explain(d, document, entries).explainedBy?.map((e) => e.id)).toEqual(['C1']);
  });

  it('does not explain through an entry that lists other kinds', () => {
    const d = difference('#/components/schemas/thing/properties/name', [
      ['#/components/schemas/thing/properties/name'],
    ]);
    expect(explain(d, document, entries)).toEqual({ markedOnly: ['C2'] });
    expect(explain({ ...d, kind: 'format' }, document, entries)).toEqual({ markedOnly: ['C2'] });
  });

  it('explains a shared schema reached through a marked operation only if every sighting is explained', () => {
    const at = '#/components/schemas/thing/properties/name';
    expect(
      explain(difference(at, [['#/paths/~1a/patch', at]]), document, entries).explainedBy?.map((e) => e.id),
    ).toEqual(['C1']);
    expect(
      explain(
        difference(at, [
          ['#/paths/~1a/patch', at],
          ['#/paths/~1b/patch', at],
        ]),
        document,
        entries,
      ),
    ).toEqual({ partly: ['C1'], markedOnly: ['C2'] });
  });
});
