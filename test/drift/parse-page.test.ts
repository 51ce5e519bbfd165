/** Page parsing (drift/pages/parse-page.ts) on small pages written for it, one page form each. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePage } from '../../drift/pages/parse-page.js';

const DIR = path.join(__dirname, 'fixtures', 'page-parsing');
const page = (name: string) => parsePage(fs.readFileSync(path.join(DIR, name), 'utf8'), name);

describe('parsePage', () => {
  it('reads an older page: scopes without a kind of token, requests without their query, a collection response, the version from its example URL', () => {
    expect(page('legacy-get.md')).toEqual({
      file: 'legacy-get.md',
      title: 'Get gizmoStatus',
      version: 'beta',
      requests: [
        { method: 'get', path: '/gizmos/{gizmoId}/statuses/{gizmoStatusId}', line: 12 },
        { method: 'get', path: '/gizmos/{gizmoId}/statuses', line: 13 },
      ],
      permissions: { anyKind: ['Gizmos.ReadWrite.All', 'Gizmos.Read.All'] },
      responseType: { name: 'gizmoStatus', collection: true },
      queryParameters: true,
    });
  });

  it('reads a resource page: its type from the title, the version from the file name, types without links, values, read-only, collections', () => {
    const parsed = page('v1.0__gizmostatus.md');
    expect(parsed.version).toBe('v1.0');
    expect(parsed.requests).toEqual([]);
    expect(parsed.resource).toEqual({
      name: 'gizmoStatus',
      properties: [
        { name: 'id', type: 'String', readOnly: true, line: 11 },
        { name: 'state', type: 'gizmoState', values: ['on', 'off'], readOnly: false, line: 12 },
        { name: 'tags', type: 'String collection', readOnly: false, line: 13 },
      ],
    });
  });

  it('reads an enum page', () => {
    expect(page('beta__gizmostate.md').enumType).toEqual({ name: 'gizmoState', members: ['on', 'off'] });
  });

  it('reads a draft: TODO permissions name none, "Not supported" is kept, the request type without a link, the request table', () => {
    const parsed = page('draft-update.txt');
    expect(parsed.version).toBeUndefined(); // no file-name prefix, no example URL, no /beta note
    expect(parsed.permissions).toEqual({
      delegatedWorkOrSchool: [],
      delegatedPersonalMicrosoftAccount: 'Not supported',
      application: ['Gizmos.ReadWrite.All', 'Gizmos.Manage.All'],
    });
    expect(parsed.requests).toEqual([{ method: 'patch', path: '/gizmos/{gizmoId}/statuses', line: 13 }]);
    expect(parsed.requestType).toBe('gizmoStatus');
    expect(parsed.requestProperties).toEqual([{ name: 'state', type: 'gizmoState', readOnly: false, line: 20 }]);
    expect(parsed.responseType).toEqual({ name: 'gizmoStatus', collection: false });
    expect(parsed.queryParameters).toBe(false);
  });
});
