// pathSegment: one segment, whatever the value; empty, blank and dot segments refused before any request.
import { pathSegment } from '../../templates/runtime/index.js';

describe('pathSegment', () => {
  it.each([
    ['../x', '..%2Fx'],
    ['a/b', 'a%2Fb'],
    ['?', '%3F'],
    ['#', '%23'],
    ['%2F', '%252F'],
    ['a b', 'a%20b'],
    ['ü', '%C3%BC'],
    ['...', '...'],
    ['0a1b-c2', '0a1b-c2'],
    [42, '42'],
    [0, '0'],
  ])('encodes %p as %p', (value, encoded) => {
    expect(pathSegment('id', value)).toBe(encoded);
  });

  it.each(['../x', 'a/b', '?', '#', '%2F', 'a/../../b'])('keeps %p a single segment through URL parsing', (value) => {
    const url = new URL(`https://graph.microsoft.com/beta/things/${pathSegment('id', value)}/status`);
    expect(url.pathname.split('/')).toHaveLength(5);
    expect(decodeURIComponent(url.pathname.split('/')[3])).toBe(value);
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
  });

  // '.' and '..' cannot be encoded safely: URL parsers resolve '%2E%2E' just like '..'.
  it.each(['', '  ', '\t', '.', '..'])('refuses %p with a TypeError naming the parameter', (value) => {
    expect(() => pathSegment('deviceConfigurationId', value)).toThrow(TypeError);
    expect(() => pathSegment('deviceConfigurationId', value)).toThrow(/deviceConfigurationId/);
  });
});
