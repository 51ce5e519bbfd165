/** drift/lazy-json.ts: values found and parsed one at a time, strings with escapes and brackets skipped. */
import { LazyJson } from '../../drift/lazy-json.js';

const TEXT = ` {
  "info": {"title": "a \\"quoted\\" {title} [x]", "n": -1.5e3, "ok": true, "none": null},
  "paths": {
    "/a/{id}": {"get": {"summary": "ends in a backslash \\\\"}},
    "/b~c/d": [1, {"x": "}"}],
    "/é": {"post": {}}
  },
  "components": {"schemas": {"x": {"type": "string"}}}
}`;

describe('LazyJson', () => {
  const json = new LazyJson(Buffer.from(TEXT, 'utf8'));

  it('lists the keys of an object in document order', () => {
    expect(json.keys('#/paths')).toEqual(['/a/{id}', '/b~c/d', '/é']);
    expect(json.keys('#/components/schemas')).toEqual(['x']);
  });

  it('parses the values asked for, JSON-pointer escapes and all', () => {
    expect(json.get('#/info')).toEqual({ title: 'a "quoted" {title} [x]', n: -1500, ok: true, none: null });
    expect(json.get('#/info/n')).toBe(-1500);
    expect(json.get('#/paths/~1a~1{id}/get/summary')).toBe('ends in a backslash \\');
    expect(json.get('#/paths/~1b~0c~1d')).toEqual([1, { x: '}' }]);
    expect(json.get('#/paths/~1é')).toEqual({ post: {} });
    expect(json.get('#/components/schemas/x')).toEqual({ type: 'string' });
  });

  it('answers undefined for what the document does not have', () => {
    expect(json.get('#/paths/~1missing')).toBeUndefined();
    expect(json.get('#/info/title/deeper')).toBeUndefined();
    expect(json.keys('#/nothing')).toEqual([]);
  });
});
