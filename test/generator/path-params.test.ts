/**
 * Issue #15: path parameters named like Graph's (`user-id`, `deviceCompliancePolicy-id`) are camelCase
 * properties of the params object, the wire name kept in the URL; two that would share a property
 * are told apart and reported. Generated through the CLI, then called from a separate node process
 * (the built dist/, as a user runs it) against a server on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../hardening/support.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { json, startServer, type ScriptedServer } from '../runtime/server.js';

const SPEC = `openapi: 3.0.3
info: { title: Path params, version: 1.0.0 }
servers: [{ url: https://api.example.com/v1 }]
paths:
  /users/{user-id}/policies/{deviceCompliancePolicy-id}:
    get:
      operationId: getUserPolicy
      parameters:
        - { name: user-id, in: path, required: true, schema: { type: string } }
        - { name: deviceCompliancePolicy-id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: The policy., content: { application/json: { schema: { type: object } } } } }
  /owners/{owner-id}/pets/{ownerId}:
    get:
      operationId: getOwnerPet
      parameters:
        - { name: owner-id, in: path, required: true, schema: { type: string } }
        - { name: ownerId, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: The pet., content: { application/json: { schema: { type: object } } } } }
`;

/** Calls each operation with the given params from the built package; prints the path helper's result. */
const PROGRAM = `
const pkg = await import(process.argv[1]);
const [baseUrl, calls] = [process.argv[2], JSON.parse(process.argv[3])];
const client = pkg.createClient({ baseUrl, credential: async () => 'token' });
for (const [op, params] of calls) await pkg[op](client, params);
console.log(JSON.stringify([pkg.policiesItemPath(calls[0][1]), pkg.petsItemPath(calls[1][1])]));
`;

let dir: string;
let server: ScriptedServer;
beforeAll(async () => {
  dir = makeTempDir('path-params');
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  removeTempDir(dir);
});

test('user-id is params.userId in the types and the URL keeps {user-id}; a clash is numbered and reported where it is', async () => {
  writeTree(dir, { 'api.yaml': SPEC });
  const r = await runCli(['--spec', 'api.yaml', '--out', 'pkg'], dir);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe(
    'api.yaml:13:5: warning name-collision: path parameter "owner-id" of /owners/{owner-id}/pets/{ownerId} would be the property ownerId of params, like "ownerId"; it is ownerId2 (at #/paths/~1owners~1{owner-id}~1pets~1{ownerId})\n',
  );
  const paths = fs.readFileSync(path.join(dir, 'pkg', 'src', 'paths', 'users.ts'), 'utf8');
  expect(paths).toContain('  userId: string | number;\n  deviceCompliancePolicyId: string | number;\n');
  expect(paths).toContain(
    "export const policiesItemPathTemplate = '/users/{user-id}/policies/{deviceCompliancePolicy-id}';",
  );

  server.script(json(200, {}), json(200, {}));
  const calls = [
    ['getUserPolicy', { userId: 'a b', deviceCompliancePolicyId: 'p/1' }],
    ['getOwnerPet', { ownerId2: 'o-1', ownerId: 'pet-2' }],
  ];
  const entry = pathToFileURL(path.join(dir, 'pkg', 'dist', 'index.js')).href;
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--input-type=module', '-e', PROGRAM, entry, `${server.origin}/v1`, JSON.stringify(calls)],
      { timeout: 15_000 },
      (e, stdout, stderr) => (e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve(stdout)),
    ),
  );
  expect(JSON.parse(out)).toEqual(['/users/a%20b/policies/p%2F1', '/owners/o-1/pets/pet-2']);
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
    'GET /v1/users/a%20b/policies/p%2F1',
    'GET /v1/owners/o-1/pets/pet-2',
  ]);
});
