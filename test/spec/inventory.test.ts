/**
 * The inventory of the curated spec, written out by hand from the five seed pages: every
 * (version, method, path) with its operationId, tag, body schema and permissions table, and every
 * body schema's properties with their types (flattened through allOf). A careless edit of the spec
 * fails here; a deliberate one updates this file in the same change.
 */
import { VERSIONS, deref, flattenProperties, isObject, loadSpec, operations, type GraphVersion, type Json } from './helpers/spec-documents.js';

const APPS = 'DeviceManagementApps.ReadWrite.All';
const CONFIG = 'DeviceManagementConfiguration.ReadWrite.All';
const NS = 'Not supported';

const COMPLIANCE_STATUS = ['unknown', 'notApplicable', 'compliant', 'remediated', 'nonCompliant', 'error', 'conflict', 'notAssigned'];

interface Op {
  operationId: string;
  tag: string;
  body: string;
  permissions: [delegatedWorkOrSchool: string[] | string, delegatedPersonalMicrosoftAccount: string[] | string, application: string[] | string];
  doubtful?: true;
}

// Page 004: ten paths, one body, one permissions table.
const DC = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';
const DS = 'deviceStatuses/{deviceConfigurationDeviceStatusId}';
const page004 = (operationId: string): Op => ({
  operationId,
  tag: 'deviceManagement',
  body: 'microsoft.graph.deviceConfigurationDeviceStatus',
  permissions: [[CONFIG], NS, [CONFIG]],
});

const OPERATIONS: Record<GraphVersion, Record<string, Op>> = {
  'v1.0': {
    // Page 001
    'PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}': {
      operationId: 'updateMobileAppConfigurationDeviceStatus',
      tag: 'deviceAppManagement',
      body: 'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus',
      permissions: [[APPS], NS, [APPS]],
    },
  },
  beta: {
    // Page 000
    'PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}': {
      operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatus',
      tag: 'deviceAppManagement',
      body: 'microsoft.graph.managedDeviceMobileAppProvisioningConfigurationDeviceStatus',
      permissions: [[APPS], NS, NS],
    },
    // Page 002 (draft: TODO permissions, see CURATION C4, C6)
    'PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses': {
      operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatuses',
      tag: 'deviceAppManagement',
      body: 'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus',
      permissions: [[], [], []],
      doubtful: true,
    },
    // Page 003
    'PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}': {
      operationId: 'updateMobileAppConfigurationUserStatus',
      tag: 'deviceAppManagement',
      body: 'microsoft.graph.managedDeviceMobileAppConfigurationUserStatus',
      permissions: [[CONFIG, APPS], NS, [CONFIG, APPS]],
    },
    'PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}': {
      operationId: 'updateIosLobAppProvisioningConfigurationUserStatus',
      tag: 'deviceAppManagement',
      body: 'microsoft.graph.managedDeviceMobileAppConfigurationUserStatus',
      permissions: [[CONFIG, APPS], NS, [CONFIG, APPS]],
    },
    // Page 004
    [`PATCH ${DC}/${DS}`]: page004('updateDeviceConfigurationDeviceStatus'),
    [`PATCH ${DC}/rootCertificate/${DS}`]: page004('updateDeviceConfigurationRootCertificateDeviceStatus'),
    [`PATCH ${DC}/identityCertificate/${DS}`]: page004('updateDeviceConfigurationIdentityCertificateDeviceStatus'),
    [`PATCH ${DC}/identityCertificate/rootCertificate/${DS}`]: page004('updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus'),
    [`PATCH ${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/${DS}`]: page004(
      'updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus',
    ),
    [`PATCH ${DC}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/${DS}`]: page004(
      'updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus',
    ),
    [`PATCH ${DC}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/${DS}`]: page004(
      'updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus',
    ),
    [`PATCH ${DC}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/${DS}`]: page004(
      'updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus',
    ),
    [`PATCH ${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/${DS}`]: page004(
      'updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus',
    ),
    [`PATCH ${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/${DS}`]: page004(
      'updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus',
    ),
  },
};

// Property types as `type[/format]`, a referenced schema by name, ` readOnly` when read-only.
const ENTITY = { id: 'string readOnly', '@odata.type': 'string' };
const STATUS = 'microsoft.graph.complianceStatus';
const DATE_TIME = 'string/date-time';
const INT32 = 'integer/int32';

const BODIES: Record<GraphVersion, Record<string, Record<string, string>>> = {
  'v1.0': {
    // Page 001: eight properties (no platform).
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus': {
      ...ENTITY,
      deviceDisplayName: 'string',
      userName: 'string',
      deviceModel: 'string',
      complianceGracePeriodExpirationDateTime: DATE_TIME,
      status: STATUS,
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
  },
  beta: {
    // Page 000: five properties; status a String of seven values.
    'microsoft.graph.managedDeviceMobileAppProvisioningConfigurationDeviceStatus': {
      ...ENTITY,
      deviceDisplayName: 'string',
      status: 'string enum(unknown|notApplicable|compliant|remediated|nonCompliant|error|conflict)',
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
    // Page 002: nine properties, with platform.
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus': {
      ...ENTITY,
      deviceDisplayName: 'string',
      userName: 'string',
      deviceModel: 'string',
      platform: INT32,
      complianceGracePeriodExpirationDateTime: DATE_TIME,
      status: STATUS,
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
    // Page 003: six properties.
    'microsoft.graph.managedDeviceMobileAppConfigurationUserStatus': {
      ...ENTITY,
      userDisplayName: 'string',
      devicesCount: INT32,
      status: STATUS,
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
    // Page 004: nine properties.
    'microsoft.graph.deviceConfigurationDeviceStatus': {
      ...ENTITY,
      deviceDisplayName: 'string',
      userName: 'string',
      deviceModel: 'string',
      platform: INT32,
      complianceGracePeriodExpirationDateTime: DATE_TIME,
      status: STATUS,
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
  },
};

const SERVERS = (v: string) => [
  `https://graph.microsoft.com/${v}`,
  `https://graph.microsoft.us/${v}`,
  `https://dod-graph.microsoft.us/${v}`,
  `https://microsoftgraph.chinacloudapi.cn/${v}`,
];

function schemaName(doc: Json, media: unknown): string {
  const schema = (media as Json).schema as Json;
  expect(typeof schema.$ref).toBe('string');
  expect(deref(doc, schema)).toBeDefined();
  return String(schema.$ref).replace('#/components/schemas/', '');
}

function typeOf(property: Json): string {
  if (typeof property.$ref === 'string') return property.$ref.replace('#/components/schemas/', '');
  let t = String(property.type);
  if (property.format) t += `/${String(property.format)}`;
  if (Array.isArray(property.enum)) t += ` enum(${property.enum.join('|')})`;
  if (property.readOnly === true) t += ' readOnly';
  return t;
}

describe('the two documents together', () => {
  it('hold fifteen operations: one in v1.0, fourteen in beta', () => {
    expect(Object.keys(OPERATIONS['v1.0'])).toHaveLength(1);
    expect(Object.keys(OPERATIONS.beta)).toHaveLength(14);
  });
});

describe.each(VERSIONS)('inventory of %s', (version) => {
  const doc = loadSpec(version);
  const ops = operations(doc);

  it('has exactly the pinned operations', () => {
    const actual = Object.fromEntries(
      ops.map(({ method, path, operation }) => {
        const perms = operation['x-ms-permissions'] as Json;
        const op: Op = {
          operationId: operation.operationId as string,
          tag: (operation.tags as string[]).join(','),
          body: schemaName(doc, ((deref(doc, operation.requestBody) as Json).content as Json)['application/json']),
          permissions: [perms.delegatedWorkOrSchool as string[], perms.delegatedPersonalMicrosoftAccount as string[], perms.application as string[]],
        };
        if (operation['x-doubtful'] === true) op.doubtful = true;
        return [`${method.toUpperCase()} ${path}`, op];
      }),
    );
    expect(actual).toEqual(OPERATIONS[version]);
  });

  it('answers 200 with the body type, 204, and the Graph error for 4XX and 5XX', () => {
    for (const { operation } of ops) {
      const responses = operation.responses as Json;
      expect(Object.keys(responses)).toEqual(['200', '204', '4XX', '5XX']);
      const ok = deref(doc, responses['200']) as Json;
      const body = (deref(doc, operation.requestBody) as Json).content as Json;
      expect(schemaName(doc, (ok.content as Json)['application/json'])).toBe(schemaName(doc, body['application/json']));
      expect((deref(doc, operation.requestBody) as Json).required).toBe(true);
      expect((deref(doc, responses['204']) as Json).content).toBeUndefined();
      expect(responses['4XX']).toEqual({ $ref: '#/components/responses/error' });
      expect(responses['5XX']).toEqual({ $ref: '#/components/responses/error' });
    }
  });

  it('defines the pinned body schemas, property by property', () => {
    const bodies = new Set(ops.map(({ operation }) => schemaName(doc, ((deref(doc, operation.requestBody) as Json).content as Json)['application/json'])));
    const actual = Object.fromEntries(
      [...bodies].map((name) => {
        const props = flattenProperties(doc, { $ref: `#/components/schemas/${name}` });
        return [name, Object.fromEntries(Object.entries(props).map(([k, p]) => [k, typeOf(p)]))];
      }),
    );
    expect(actual).toEqual(BODIES[version]);
  });

  it('extends the entity base in every body schema', () => {
    for (const name of Object.keys(BODIES[version])) {
      const schema = ((doc.components as Json).schemas as Json)[name] as Json;
      expect((schema.allOf as Json[])[0]).toEqual({ $ref: '#/components/schemas/microsoft.graph.entity' });
    }
  });

  it('has the eight complianceStatus values', () => {
    const schemas = (doc.components as Json).schemas as Json;
    expect(schemas['microsoft.graph.complianceStatus']).toMatchObject({ type: 'string', enum: COMPLIANCE_STATUS });
  });

  it('lists the global endpoint first, then the national clouds', () => {
    const servers = doc.servers as Json[];
    expect(servers.map((s) => s.url)).toEqual(SERVERS(version));
    expect(servers.every((s) => typeof s.description === 'string' && s.description !== '')).toBe(true);
  });

  it('gives every operation a summary, a description and a link to its page', () => {
    const view = version === 'v1.0' ? 'graph-rest-1.0' : 'graph-rest-beta';
    for (const { operation } of ops) {
      expect(typeof operation.summary === 'string' && typeof operation.description === 'string').toBe(true);
      const docs = operation.externalDocs as Json;
      expect(isObject(docs) && typeof docs.description === 'string').toBe(true);
      expect(String(docs.url)).toMatch(new RegExp(`^https://learn\\.microsoft\\.com/en-us/graph/api/[a-z-]+-update\\?view=${view}$`));
    }
  });
});
