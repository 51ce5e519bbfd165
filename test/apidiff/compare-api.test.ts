/**
 * compareApis on hand-written declarations: generic exports, whose two versions have type parameters of their own,
 * and comments, which are not API. Each expected change was worked out by hand from the two texts.
 */
import { compareApis, type ApiChange } from '../../generator/apidiff/compare-api.js';

const api = (text: string) => ({
  declarations: new Map([['dist/index.d.ts', text]]),
  entries: new Map([['.', 'dist/index.d.ts']]),
});
const compare = (before: string, after: string): Pick<ApiChange, 'kind' | 'exportName'>[] =>
  compareApis(api(before), api(after)).map(({ kind, exportName }) => ({ kind, exportName }));

/** A generic union handed out by a function, as the runtime's BatchOutcome<T> is. */
const OUTCOME = (okMembers: string, comment: string) => `
export type Outcome<T> =
  | {
      readonly ok: true;
      ${comment}
      readonly value: T;${okMembers}
    }
  | { readonly ok: false; readonly error: Error };
export declare function run<T>(call: () => Promise<T>): Promise<Outcome<T>>;
`;

test('a comment changed inside a generic type is no change', () => {
  expect(
    compare(
      OUTCOME('', '/** The value. */'),
      OUTCOME('', '/**\n       * The value the call gave,\n       * unchanged.\n       */'),
    ),
  ).toEqual([]);
});

test('a generic output that gains an optional property changed compatibly', () => {
  expect(compare(OUTCOME('', ''), OUTCOME('\n      readonly id?: string;', ''))).toEqual([
    { kind: 'additive', exportName: 'Outcome' },
  ]);
});

test('a generic output that loses a property is a breaking change', () => {
  expect(compare(OUTCOME('\n      readonly id: string;', ''), OUTCOME('', ''))).toEqual([
    { kind: 'breaking', exportName: 'Outcome' },
  ]);
});

test('a generic function is compared instantiated: a wider parameter is compatible, a narrower one breaks', () => {
  const fn = (parameter: string) => `export declare function pick<T>(items: ${parameter}): T | undefined;\n`;
  expect(compare(fn('readonly T[]'), fn('readonly (T | undefined)[]'))).toEqual([
    { kind: 'additive', exportName: 'pick' },
  ]);
  expect(compare(fn('readonly (T | undefined)[]'), fn('readonly T[]'))).toEqual([
    { kind: 'breaking', exportName: 'pick' },
  ]);
});

test('a generic interface and a type alias over it keep their own comparison, property by property', () => {
  const page = (extra: string) =>
    `export interface Page<T> { readonly items: T[];${extra} }\nexport type Pages<T> = AsyncIterable<Page<T>>;\n`;
  expect(compare(page(''), page(' readonly nextLink?: string;'))).toEqual([{ kind: 'additive', exportName: 'Page' }]);
});
