// The plain OpenAPI profile's serialization and credentials, unit by unit (the e2e test sends them to a server).
import { authorizer } from '../../templates/runtime/security.js';
import { queryPairs, simpleHeaders, styledQuery } from '../../templates/runtime/serialize.js';
import type { ParameterStyle } from '../../templates/runtime/types.js';

const form: ParameterStyle = { style: 'form', explode: true };
const style = (s: ParameterStyle['style'], explode: boolean): ParameterStyle => ({ style: s, explode });

// The examples of the OpenAPI specification's style table (color = blue,black,brown / R=100,G=200,B=150).
test.each([
  ['form exploded array', ['blue', 'black'], form, ['color=blue', 'color=black']],
  ['form array', ['blue', 'black'], style('form', false), ['color=blue,black']],
  ['spaceDelimited array', ['blue', 'black'], style('spaceDelimited', false), ['color=blue%20black']],
  ['pipeDelimited array', ['blue', 'black'], style('pipeDelimited', false), ['color=blue|black']],
  ['form exploded object', { R: 100, G: 200 }, form, ['R=100', 'G=200']],
  ['form object', { R: 100, G: 200 }, style('form', false), ['color=R,100,G,200']],
  ['deepObject', { R: 100, G: 200 }, style('deepObject', true), ['color[R]=100', 'color[G]=200']],
  ['a scalar', 'a&b=c', style('pipeDelimited', false), ['color=a%26b%3Dc']],
  ['a date', new Date(Date.UTC(2026, 0, 2)), form, ['color=2026-01-02T00%3A00%3A00.000Z']],
] as const)('%s', (_name, value, s, pairs) => {
  expect(queryPairs('color', value as never, s)).toEqual(pairs);
});

test('a query in the path is kept; undefined values and object members are left out', () => {
  expect(
    styledQuery({ method: 'GET', path: '/a?x=1', query: { b: undefined, c: [1, 2], d: { e: undefined, f: 'g' } } }),
  ).toBe('/a?x=1&c=1&c=2&f=g');
  expect(styledQuery({ method: 'GET', path: '/a', query: {} })).toBe('/a');
});

test('a parameter named like an Object.prototype member takes its own style or the default, never the prototype', () => {
  const req = {
    method: 'GET' as const,
    path: '/a',
    query: { constructor: ['x', 'y'], toString: ['z', 'w'] },
    styles: { toString: style('pipeDelimited', false) },
  };
  expect(styledQuery(req)).toBe('/a?constructor=x&constructor=y&toString=z|w');
});

test('headers go out simple: an array is a,b', () => {
  expect(
    simpleHeaders({ method: 'GET', path: '/', headers: { 'x-a': ['a', 'b'], 'x-n': 3, 'x-u': undefined } }),
  ).toEqual({ 'x-a': 'a,b', 'x-n': '3', 'x-u': undefined });
});

test('a requirement naming a scheme like an Object.prototype member is only met by an own credential', async () => {
  const schemes = { constructor: { type: 'apiKey' as const, in: 'header' as const, name: 'X-Key' } };
  const [authorize] = authorizer(schemes, {});
  const h: Record<string, string> = {};
  await authorize({ method: 'GET', path: '/', security: [{ constructor: [] }] }, h, 'https://a.test/');
  expect(h).toEqual({});
  const [given] = authorizer(schemes, { constructor: 'k' });
  await given({ method: 'GET', path: '/', security: [{ constructor: [] }] }, h, 'https://a.test/');
  expect(h).toEqual({ 'x-key': 'k' });
});
