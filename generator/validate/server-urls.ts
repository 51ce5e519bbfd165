import { error, pointerJoin, warning, type Diagnostic } from '../diagnostics.js';
import { serverUrl } from '../model/servers.js';
import { isObject, type Json, type Rule } from './rule.js';

/**
 * The document's servers must be URLs a client can call (the first is the package's default base
 * URL): reported where they are written, not when createClient() fails later with "Invalid URL".
 */
export const serverUrls: Rule = {
  name: 'server-urls',
  check(document: Json): Diagnostic[] {
    if (!Array.isArray(document.servers)) return [];
    return document.servers.flatMap((server: unknown, i): Diagnostic[] => {
      if (!isObject(server)) return [];
      const at = { pointer: pointerJoin('#/servers', i, 'url') };
      const result = serverUrl(server);
      if ('undeclared' in result)
        return [
          error(
            'server-variable-undeclared',
            `server variable "${result.undeclared}" has no default: expected it under variables, with a default`,
            at,
          ),
        ];
      if ('problem' in result) {
        return [
          error(
            'server-url-invalid',
            result.problem === 'scheme'
              ? 'expected an http or https URL'
              : 'expected an absolute URL such as https://api.example.com/v1 (variables replaced by their defaults), or a path beginning with /',
            at,
          ),
        ];
      }
      if ('relative' in result && i === 0) {
        return [
          warning(
            'server-url-relative',
            'the first server URL is relative, so the package has no default base URL: createClient() needs the baseUrl option',
            at,
          ),
        ];
      }
      return [];
    });
  },
};
