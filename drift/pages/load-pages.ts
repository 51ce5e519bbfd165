/**
 * The doc pages of the folders given (`../shared/seeds`, `../shared/docs`): every Markdown or text
 * page but the folder's README, parsed once, indexed by Graph version and HTTP request.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathKey } from '../description.js';
import { parsePage, type GraphVersion, type Page } from './parse-page.js';

export interface PageIndex {
  readonly pages: readonly Page[];
  /** Pages documenting `method pathKey` in a version: `beta patch /a/{}/b`. */
  byRequest(version: GraphVersion, method: string, template: string): Page[];
  /** Pages documenting any method on the path. */
  byPath(version: GraphVersion, template: string): Page[];
  /** Resource and enum pages of a version. */
  ofVersion(version: GraphVersion): Page[];
}

/** Reads every page in `folders`; `display` turns an absolute path into what users are shown. */
export function loadPages(folders: readonly string[], display: (file: string) => string): PageIndex {
  const pages: Page[] = [];
  for (const folder of folders) {
    const names = fs
      .readdirSync(folder)
      .filter((n) => /\.(md|txt)$/i.test(n) && !/^readme\.md$/i.test(n))
      .sort();
    for (const name of names) {
      const file = path.join(folder, name);
      pages.push(parsePage(fs.readFileSync(file, 'utf8'), display(file)));
    }
  }
  const requests = new Map<string, Page[]>();
  const paths = new Map<string, Page[]>();
  const push = (map: Map<string, Page[]>, key: string, page: Page) => {
    const list = map.get(key) ?? [];
    if (!list.includes(page)) list.push(page);
    map.set(key, list);
  };
  for (const page of pages) {
    if (!page.version) continue;
    for (const r of page.requests) {
      push(requests, `${page.version} ${r.method} ${pathKey(r.path)}`, page);
      push(paths, `${page.version} ${pathKey(r.path)}`, page);
    }
  }
  return {
    pages,
    byRequest: (version, method, template) => requests.get(`${version} ${method} ${pathKey(template)}`) ?? [],
    byPath: (version, template) => paths.get(`${version} ${pathKey(template)}`) ?? [],
    ofVersion: (version) => pages.filter((p) => p.version === version),
  };
}
