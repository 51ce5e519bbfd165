/** model/naming.ts (spelling, reserved words, clashes, schema type names) and the package name default. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ts } from 'ts-morph';
import { claimedNames } from '../../generator/emit/registry.js';
import { isIdentifier } from '../../generator/emit/code.js';
import {
  camelCase,
  NameRegistry,
  pascalCase,
  pathNames,
  pathParamProperties,
  schemaTypeNames,
  words,
} from '../../generator/model/naming.js';
import { npmNameProblem, packageNameFor, packageVersionFor } from '../../generator/identity.js';
import { fixtureSpec, generate, REPO_ROOT } from '../helpers/generate.js';

/** The names a module exports, read from its syntax (export lists and exported declarations). */
function exportedNames(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause) throw new Error(`${fileName}: export * hides names from this test`);
      if (ts.isNamedExports(statement.exportClause))
        names.push(...statement.exportClause.elements.map((e) => e.name.text));
    } else if (
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      if (ts.isVariableStatement(statement))
        names.push(...statement.declarationList.declarations.map((d) => d.name.getText(source)));
      else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node))
        names.push((statement.name as ts.Identifier).text);
    }
  }
  return names;
}

describe('spelling', () => {
  test.each([
    // raw, words, PascalCase, camelCase
    [
      'microsoft.graph.deviceStatus',
      ['microsoft', 'graph', 'device', 'Status'],
      'MicrosoftGraphDeviceStatus',
      'microsoftGraphDeviceStatus',
    ],
    ['Update-Device status', ['Update', 'Device', 'status'], 'UpdateDeviceStatus', 'updateDeviceStatus'],
    ['snake_case_name', ['snake', 'case', 'name'], 'SnakeCaseName', 'snakeCaseName'],
    ['deviceConfigurationId', ['device', 'Configuration', 'Id'], 'DeviceConfigurationId', 'deviceConfigurationId'],
    ['URLPath', ['URLPath'], 'URLPath', 'urlPath'],
    ['XMLHttpRequest', ['XMLHttp', 'Request'], 'XMLHttpRequest', 'xmlHttpRequest'],
    ['getHTTPResponse', ['get', 'HTTPResponse'], 'GetHTTPResponse', 'getHTTPResponse'],
    ['iOSDevice', ['i', 'OSDevice'], 'IOSDevice', 'iosDevice'],
    ['windows10General', ['windows10', 'General'], 'Windows10General', 'windows10General'],
    ['$select', ['select'], 'Select', 'select'],
    ['2fa-method', ['2fa', 'method'], '_2faMethod', '_2faMethod'],
    ['ÄpfelBäume', ['Äpfel', 'Bäume'], 'ÄpfelBäume', 'äpfelBäume'],
    ['', [], '_', '_'],
    ['---', [], '_', '_'],
  ])('%j', (raw, expectedWords, pascal, camel) => {
    expect(words(raw)).toEqual(expectedWords);
    expect(pascalCase(raw)).toBe(pascal);
    expect(camelCase(raw)).toBe(camel);
  });

  // ASCII takes a fast path; a non-ASCII separator (a no-break space) sends the same words through the Unicode one.
  test.each([
    'microsoft.graph.deviceStatus',
    '/users/{user-id}/microsoft.graph.getMemberGroups',
    'XMLHttpRequest iOSDevice getHTTPResponse',
    'windows10General_v2__x9Y',
    'a1B2c3D 99 Zz zZ',
    '__--..',
    'ID',
    'aB',
    '9z',
  ])('the fast path splits %j as the Unicode patterns do', (raw) => {
    expect(words(raw)).toEqual(words(`${raw}\u00a0`));
  });

  test.each([
    ['name', true],
    ['_private', true],
    ['$top', true],
    ['café', true],
    ['odd-name', false],
    ['@odata.type', false],
    ['123abc', false],
    ['two words', false],
    ['', false],
  ])('isIdentifier(%j) is %s', (name, expected) => {
    expect(isIdentifier(name)).toBe(expected);
  });
});

describe('NameRegistry', () => {
  test.each([
    ['a reserved word', 'default', 'defaultOperation'],
    ['a reserved word in another case', 'Class', 'ClassOperation'],
    ['a TypeScript type keyword', 'string', 'stringOperation'],
    ['a global the output uses', 'Promise', 'PromiseOperation'],
    ['a runtime export', 'GraphClient', 'GraphClientOperation'],
    ['a name the operation functions use for their own parameters', 'client', 'clientOperation'],
    ['an ordinary name', 'listThings', 'listThings'],
  ])('%s gets the suffix: %s → %s', (_what, desired, expected) => {
    expect(new NameRegistry(claimedNames()).claim('value', desired, 'owner', 'Operation')).toEqual({ name: expected });
  });

  test('the first owner keeps a name; later ones are numbered and told whom they clash with', () => {
    const names = new NameRegistry();
    expect(names.claim('type', 'User', '#/a', 'Model')).toEqual({ name: 'User' });
    expect(names.claim('type', 'User', '#/b', 'Model')).toEqual({ name: 'User2', clashWith: '#/a' });
    expect(names.claim('type', 'User', '#/c', 'Model')).toEqual({ name: 'User3', clashWith: '#/a' });
    // A numbered name that is then asked for directly is taken too.
    expect(names.claim('type', 'User2', '#/d', 'Model')).toEqual({ name: 'User22', clashWith: '#/b' });
    expect(names.has('type', 'User3')).toBe(true);
  });

  test('a name is unique across types and values too (the index re-exports both with export *)', () => {
    const names = new NameRegistry();
    names.claim('type', 'Thing', 'a', 'Model');
    expect(names.claim('value', 'Thing', 'b', 'Helper').name).toBe('Thing2');
    expect(names.has('type', 'Thing')).toBe(true);
    expect(names.has('value', 'Thing')).toBe(false);
    expect(names.has('value', 'Thing2')).toBe(true);
  });

  test('a suffixed reserved word still clashes with an earlier identical name', () => {
    const names = new NameRegistry();
    expect(names.claim('type', 'default', 'a', 'Model')).toEqual({ name: 'defaultModel' });
    expect(names.claim('type', 'default', 'b', 'Model')).toEqual({ name: 'defaultModel2', clashWith: 'a' });
  });

  test('two registries share nothing (no module-level state)', () => {
    new NameRegistry().claim('type', 'Solo', 'a', 'Model');
    expect(new NameRegistry().claim('type', 'Solo', 'b', 'Model')).toEqual({ name: 'Solo' });
  });
});

describe('names the output uses itself', () => {
  test('every export of the runtime index, client.ts and sdk.ts is kept from spec names', async () => {
    // Both profiles' runtime entries, and a plain OpenAPI client.ts with security schemes (Credentials, ClientOptions).
    const runtimeIndex = (file: string) => fs.readFileSync(path.join(REPO_ROOT, 'templates', 'runtime', file), 'utf8');
    const { files } = await generate({ spec: fixtureSpec('no-servers') });
    const plain = (await generate({ spec: fixtureSpec('openapi-profile') })).files;
    const exported = [
      ...exportedNames('index.ts', runtimeIndex('index.ts')),
      ...exportedNames('index.ts', runtimeIndex('openapi-index.ts')),
      ...exportedNames('client.ts', files.get('src/client.ts')!),
      ...exportedNames('sdk.ts', files.get('src/sdk.ts')!),
      ...exportedNames('client.ts', plain.get('src/client.ts')!),
    ];
    expect(exported).toEqual(
      expect.arrayContaining([
        'createGraphClient',
        'GraphClient',
        'createApiClient',
        'ApiError',
        'createClient',
        'packageInfo',
        'createSdk',
        'Sdk',
        'Credentials',
        'securitySchemes',
      ]),
    );
    expect(exported.filter((name) => !claimedNames().has(name))).toEqual([]);
  });

  test('a schema named like one of them is renamed, so the index can re-export both', () => {
    const names = new NameRegistry(claimedNames());
    for (const taken of ['createClient', 'GraphError', 'Sdk'])
      expect(names.claim('type', taken, '#/s', 'Model').name).toBe(`${taken}Model`);
  });
});

describe('schemaTypeNames', () => {
  test.each([
    [
      'the last dotted segment when it is unique',
      ['microsoft.graph.user', 'microsoft.graph.group'],
      { 'microsoft.graph.user': 'User', 'microsoft.graph.group': 'Group' },
    ],
    [
      'more segments where the last is shared',
      ['microsoft.graph.security.alert', 'microsoft.graph.identity.alert'],
      { 'microsoft.graph.security.alert': 'SecurityAlert', 'microsoft.graph.identity.alert': 'IdentityAlert' },
    ],
    ['as many segments as it takes', ['a.b.c.x', 'd.b.c.x'], { 'a.b.c.x': 'ABCX', 'd.b.c.x': 'DBCX' }],
    ['a short key beside a longer one ending the same', ['x.y', 'y'], { 'x.y': 'XY', y: 'Y' }],
    [
      'keys that still clash once cased keep the name (the registry numbers them)',
      ['a-b', 'a_b'],
      { 'a-b': 'AB', a_b: 'AB' },
    ],
    [
      'plain keys are Pascal-cased',
      ['deviceStatus', 'odata-error'],
      { deviceStatus: 'DeviceStatus', 'odata-error': 'OdataError' },
    ],
  ])('%s', (_what, keys, expected) => {
    expect(Object.fromEntries(schemaTypeNames(keys))).toEqual(expected);
  });
});

describe('pathNames: named after what the path addresses, with as few trailing segments as tell it apart', () => {
  test.each<[string, string[], Record<string, string>]>([
    [
      'one path: its last segment',
      ['/deviceManagement/deviceConfigurations'],
      { '/deviceManagement/deviceConfigurations': 'deviceConfigurations' },
    ],
    ['a parameter makes its segment an Item', ['/users/{user-id}'], { '/users/{user-id}': 'usersItem' }],
    ['a collection and its items differ', ['/users', '/users/{id}'], { '/users': 'users', '/users/{id}': 'usersItem' }],
    [
      'the same last segment under two parents: each takes its parent',
      ['/users/{id}/photo', '/groups/{id}/photo'],
      { '/users/{id}/photo': 'usersItemPhoto', '/groups/{id}/photo': 'groupsItemPhoto' },
    ],
    [
      'a path whose segments run out keeps the short name; the other grows',
      ['/items', '/stores/{id}/items'],
      { '/items': 'items', '/stores/{id}/items': 'storesItemItems' },
    ],
    [
      'a type cast is named by its type',
      ['/a/{id}/microsoft.graph.wifiProfile/certificate', '/a/{id}/certificate'],
      {
        '/a/{id}/microsoft.graph.wifiProfile/certificate': 'wifiProfileCertificate',
        '/a/{id}/certificate': 'aItemCertificate',
      },
    ],
    ['the root', ['/'], { '/': 'root' }],
    ['a parameter in a segment is an Item inside it', ['/files/{name}.txt'], { '/files/{name}.txt': 'itemTxt' }],
  ])('%s', (_what, templates, expected) => {
    expect(Object.fromEntries(pathNames(templates))).toEqual(expected);
  });

  test('removing an unrelated path renames nothing', () => {
    const all = pathNames(['/users/{id}/photo', '/groups/{id}/photo', '/sites/{id}/lists']);
    const fewer = pathNames(['/users/{id}/photo', '/groups/{id}/photo']);
    expect(fewer.get('/users/{id}/photo')).toBe(all.get('/users/{id}/photo'));
    expect(fewer.get('/groups/{id}/photo')).toBe(all.get('/groups/{id}/photo'));
  });

  test('a name too long for 80 characters with PathTemplate is shortened: long words first, then earlier parts', () => {
    const cast = '/deviceManagement/deviceConfigurations/{id}/microsoft.graph.';
    const tail = '/identityCertificateForClientAuthentication/deviceStatuses/{statusId}';
    const templates = [
      `${cast}windowsWifiEnterpriseEAPConfiguration${tail}`,
      `${cast}macOSWiredNetworkConfiguration${tail}`,
      '/users/{id}/photo',
    ];
    expect(Object.fromEntries(pathNames(templates))).toEqual({
      [templates[0]!]: 'winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItem',
      [templates[1]!]: 'macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItem',
      '/users/{id}/photo': 'photo',
    });
    // Where abbreviations are not enough, earlier parts keep their capitals and the name still fits.
    const deep = `/${'aVeryLongSegmentName/'.repeat(5)}theLastSegmentOfThisPath`;
    const [name] = pathNames([deep, `/other${deep}`]).values();
    expect(name).toMatch(/TheLastSegmentOfThisPath$/);
    expect(`${name}PathTemplate`.length).toBeLessThanOrEqual(80);
  });

  test('a long function call keeps its name: its last words go to their initials, and paths stay apart', () => {
    const call =
      "getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')";
    const templates = [`/sites/{site-id}/items/{item-id}/${call}`, `/drives/{drive-id}/items/{item-id}/${call}`];
    const names = [...pathNames(templates).values()];
    expect(new Set(names).size).toBe(2);
    for (const name of names) {
      expect(name).toMatch(/GetActivitiesByInterval/);
      expect(`${name}PathTemplate`.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('packageNameFor', () => {
  test.each([
    ['Microsoft Graph (beta)', 'microsoft-graph-beta'],
    ['  My API v2!  ', 'my-api-v2'],
    ['Escaping */ `tick`', 'escaping-tick'],
    ['***', 'api-client'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('%j → %j', (title, expected) => {
    expect(packageNameFor(title)).toBe(expected);
    expect(npmNameProblem(packageNameFor(title))).toBeUndefined();
  });
});

describe('packageVersionFor', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['2.0.0-beta.1+build.7', '2.0.0-beta.1+build.7'],
    ['v1.0', '0.0.0'],
    ['1.0', '0.0.0'],
    ['01.2.3', '0.0.0'],
    ['2024-05-01', '0.0.0'],
  ])('info.version %j → %j', (version, expected) => {
    expect(packageVersionFor(version)).toBe(expected);
  });
});

describe('pathParamProperties', () => {
  test.each([
    [['user-id'], [['user-id', 'userId']]],
    [
      ['deviceCompliancePolicy-id', 'deviceCompliancePolicyAssignment-id'],
      [
        ['deviceCompliancePolicy-id', 'deviceCompliancePolicyId'],
        ['deviceCompliancePolicyAssignment-id', 'deviceCompliancePolicyAssignmentId'],
      ],
    ],
    [
      ['itemId', '$top', 'class'],
      [
        ['itemId', 'itemId'],
        ['$top', '$top'],
        ['class', 'class'],
      ],
    ],
    [
      ['1st id', 'odd.name'],
      [
        ['1st id', '_1stId'],
        ['odd.name', 'oddName'],
      ],
    ],
  ])('%j → %j, no clashes', (wire, expected) => {
    expect(pathParamProperties(wire)).toEqual({ properties: new Map(expected as [string, string][]), clashes: [] });
  });

  test('an identifier keeps its name wherever it stands; a camelCase name it has is numbered and reported', () => {
    expect(pathParamProperties(['user-id', 'userId', 'user_id', 'user id'])).toEqual({
      properties: new Map([
        ['userId', 'userId'],
        ['user_id', 'user_id'],
        ['user-id', 'userId2'],
        ['user id', 'userId3'],
      ]),
      clashes: [
        { wire: 'user-id', wanted: 'userId', property: 'userId2', other: 'userId' },
        { wire: 'user id', wanted: 'userId', property: 'userId3', other: 'userId' },
      ],
    });
  });
});
