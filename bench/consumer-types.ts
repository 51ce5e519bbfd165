/**
 * What our types cost a consumer: a project that makes three calls of the whole-Graph v1.0 package (list users, get a
 * user, list a user's memberOf: a polymorphic page), type-checked with TypeScript 5.9 and 7 (strict, NodeNext,
 * skipLibCheck), with `$select` and without it, beside the same calls through openapi-fetch on openapi-typescript's
 * types, and through Microsoft's @microsoft/msgraph-sdk with its users package. `npm run bench` prints it; alone:
 * `npm run bench:types`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { graphDescriptions } from '../drift/openapi-directory.js';
import { fmt, generateCommand, measure, median, ratio, table, type Run } from './measure.js';

const ROOT = path.resolve(__dirname, '..');
const COMPILERS = [
  { name: 'TypeScript 5.9', bin: path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc') },
  { name: 'TypeScript 7', bin: path.join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc') },
];
const OATS = path.join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
// Type-checks per row, every row's taking turns with the others', so that a slow spell of the machine hits them alike.
const ROUNDS = 3;

/**
 * The same three calls in each client's words, each imported as its docs recommend (ours: a whole-Graph package by
 * group, see the README); `select` says whether ours passes `$select`.
 */
const ours = (select: boolean) => `import { createClient } from 'graph-v1/client';
import { usersListMemberOf, usersUserGetUser, usersUserListUser } from 'graph-v1/operations/users';

const client = createClient({});
export async function calls() {
  const users = await usersUserListUser(client, { query: { ${select ? "$select: ['id', 'displayName', 'mail'], " : ''}$top: 10 } });
  const user = await usersUserGetUser(client, { userId: 'u', query: { ${select ? "$select: ['id', 'jobTitle'] " : ''}} });
  const groups = await usersListMemberOf(client, { userId: 'u', query: { ${select ? "$select: ['id'] " : ''}} });
  if (users.hasContent && user.hasContent && groups.hasContent) return [users.data.value?.[0]?.id, user.data.id, groups.data.value?.[0]?.id];
  return [];
}
`;

const OPENAPI_FETCH = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths>({ baseUrl: 'https://graph.microsoft.com/v1.0' });
export async function calls() {
  const users = await client.GET('/users', { params: { query: { $select: ['id', 'displayName', 'mail'], $top: 10 } } });
  const user = await client.GET('/users/{user-id}', { params: { path: { 'user-id': 'u' }, query: { $select: ['id', 'jobTitle'] } } });
  const groups = await client.GET('/users/{user-id}/memberOf', { params: { path: { 'user-id': 'u' }, query: { $select: ['id'] } } });
  return [users.data?.value?.[0]?.id, user.data?.id, groups.data?.value?.[0]?.id];
}
`;

const MSGRAPH_SDK = `import { createGraphServiceClient } from '@microsoft/msgraph-sdk';
import '@microsoft/msgraph-sdk-users';

declare const adapter: Parameters<typeof createGraphServiceClient>[0];
const client = createGraphServiceClient(adapter);
export async function calls() {
  const users = await client.users.get({ queryParameters: { select: ['id', 'displayName', 'mail'], top: 10 } });
  const user = await client.users.byUserId('u').get({ queryParameters: { select: ['id', 'jobTitle'] } });
  const groups = await client.users.byUserId('u').memberOf.get({ queryParameters: { select: ['id'] } });
  return [users?.value?.[0]?.id, user?.id, groups?.value?.[0]?.id];
}
`;

/** A consumer project: its source, and the packages its node_modules links to (name → folder). */
interface Consumer {
  readonly label: string;
  readonly source: string;
  readonly links: Record<string, string>;
  readonly extra?: Record<string, string>;
}

/** Lays out a consumer project; packages are linked, so TypeScript resolves their own dependencies where they live. */
function layout(dir: string, consumer: Consumer): void {
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const [name, target] of Object.entries(consumer.links)) {
    const link = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(target, link, 'dir');
  }
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['calls.ts'] }));
  fs.writeFileSync(path.join(dir, 'calls.ts'), consumer.source);
  for (const [file, text] of Object.entries(consumer.extra ?? {})) fs.writeFileSync(path.join(dir, file), text);
}

/** Type-checks each consumer with each compiler; the table and what failed. */
export function consumerTypeCheck(spec: string, work: string): { text: string; failures: string[] } {
  fs.mkdirSync(work, { recursive: true });
  const failures: string[] = [];
  const pkg = path.join(work, 'graph-v1');
  const generated = measure(
    process.execPath,
    [...generateCommand(ROOT), '--spec', spec, '--out', pkg, '--quiet'],
    ROOT,
  );
  if (!generated.ok) failures.push(`generating Graph v1.0: ${generated.output.slice(-2000)}`);
  const schema = path.join(work, 'schema.d.ts');
  const typed = measure(process.execPath, [OATS, spec, '-o', schema], ROOT);
  if (!typed.ok) failures.push(`openapi-typescript: ${typed.output.slice(-2000)}`);
  const modules = path.join(ROOT, 'node_modules');
  const consumers: Consumer[] = [
    { label: 'ours, $select', source: ours(true), links: { 'graph-v1': pkg } },
    { label: 'ours, no $select', source: ours(false), links: { 'graph-v1': pkg } },
    {
      label: 'openapi-fetch + openapi-typescript',
      source: OPENAPI_FETCH,
      links: { 'openapi-fetch': path.join(modules, 'openapi-fetch') },
      extra: { 'schema.d.ts': fs.existsSync(schema) ? fs.readFileSync(schema, 'utf8') : '' },
    },
    {
      label: '@microsoft/msgraph-sdk + -users',
      source: MSGRAPH_SDK,
      links: { '@microsoft': path.join(modules, '@microsoft') },
    },
  ];
  const runs = new Map<string, Run[]>();
  const dirs = consumers.map((consumer, i) => {
    const dir = path.join(work, `consumer-${i}`);
    layout(dir, consumer);
    return dir;
  });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, consumer] of consumers.entries()) {
      for (const compiler of COMPILERS) {
        process.stderr.write(`  ${consumer.label}: ${compiler.name} (${round} of ${ROUNDS})…\n`);
        const run = measure(process.execPath, [compiler.bin, '-p', 'tsconfig.json', '--pretty', 'false'], dirs[i]!);
        const key = `${consumer.label} ${compiler.name}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
      }
    }
  }
  for (const [key, all] of runs) {
    const failed = all.find((run) => !run.ok);
    if (failed) failures.push(`type-checking the consumer of ${key}: ${failed.output.slice(0, 2000)}`);
  }
  const medians = new Map([...runs].map(([key, all]) => [key, median(all)]));
  const base = (compiler: string) => medians.get(`ours, no $select ${compiler}`);
  const rows = consumers.flatMap((c) =>
    COMPILERS.map((compiler) => {
      const run = medians.get(`${c.label} ${compiler.name}`)!;
      return [
        c.label,
        compiler.name,
        run.ok ? 'yes' : 'NO',
        fmt(run.seconds, 2),
        fmt(run.cpuSeconds, 2),
        fmt(run.rssMb, 0),
        ratio(run.seconds, base(compiler.name)?.seconds),
        ratio(run.rssMb, base(compiler.name)?.rssMb),
      ];
    }),
  );
  const text = [
    `Generating the package: ${fmt(generated.seconds)} s, ${fmt(generated.cpuSeconds)} s of CPU, peak RSS ${fmt(generated.rssMb, 0)} MB.\n`,
    `Consumer type-check: three calls of Graph v1.0 (list users, get a user, list its memberOf), strict, NodeNext, skipLibCheck; medians of ${ROUNDS} runs each, taking turns:\n`,
    table(
      [
        'client',
        'compiler',
        'passes',
        'wall (s)',
        'CPU (s)',
        'peak RSS (MB)',
        'wall vs ours without $select',
        'RSS vs ours without $select',
      ],
      rows,
    ),
  ].join('\n');
  return { text, failures };
}

if (require.main === module) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-consumers-'));
  try {
    const result = consumerTypeCheck(graphDescriptions().v1, work);
    console.log(`\nMachine: ${os.cpus().length} cores, Node ${process.version}\n\n${result.text}`);
    if (result.failures.length > 0) {
      console.log(`\nFailures:\n${result.failures.join('\n\n')}`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
