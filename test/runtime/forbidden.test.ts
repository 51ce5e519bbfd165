/**
 * A 403 names the permissions its operation documents: the curated beta package's own operations against a local
 * server. The names come with the call (the operation passes them), not from `<package>/metadata`, which stays out of a
 * bundle that does not import it.
 */
import {
  createClient,
  GraphError,
  updateDeviceConfigurationDeviceStatus,
  updateIosLobAppProvisioningConfigurationDeviceStatuses,
} from '../../generated/graph-beta/src/index.js';
import { json, startServer, type ScriptedServer } from './server.js';

let srv: ScriptedServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

const client = () => createClient({ baseUrl: srv.origin, credential: async () => 'token', retry: false });
const denied = json(403, {
  error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
});
const ids = { deviceConfigurationId: 'c', deviceConfigurationDeviceStatusId: 's' };

async function rejection(call: Promise<unknown>): Promise<GraphError> {
  const e = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(GraphError);
  return e as GraphError;
}

test('a 403 names the permissions the operation documents, with the kinds of access they serve', async () => {
  srv.script(denied);
  const e = await rejection(updateDeviceConfigurationDeviceStatus(client(), ids, { status: 'compliant' }));
  const permissions = 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)';
  expect(e.permissions).toBe(permissions);
  expect(e.message).toBe(
    `HTTP 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. (the operation documents: ${permissions})`,
  );
  expect(e.code).toBe('Authorization_RequestDenied');
});

test('another status names none, nor does an operation whose permissions are not documented', async () => {
  srv.script(json(404, { error: { code: 'ResourceNotFound', message: 'Not found.' } }));
  const notFound = await rejection(updateDeviceConfigurationDeviceStatus(client(), ids, { status: 'compliant' }));
  expect(notFound.permissions).toBeUndefined();
  expect(notFound.message).toBe('HTTP 404 ResourceNotFound: Not found.');
  srv.script(denied);
  const undocumented = await rejection(
    updateIosLobAppProvisioningConfigurationDeviceStatuses(client(), { iosLobAppProvisioningConfigurationId: 'x' }, {}),
  );
  expect(undocumented.permissions).toBeUndefined();
  expect(undocumented.message).toBe(
    'HTTP 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.',
  );
});
