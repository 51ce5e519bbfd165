// JSON batching ($batch): many calls of generated operations in requests of at most 20, each request sent through the
// client's send (credentials, retries of the whole request, the caller's signal). Only code that batches imports this.
import { sleep } from './abort.js';
import { describe, type OperationCall } from './describe.js';
import { parseJson, RequestError as GraphRequestError } from './errors.js';
import type { GraphClient, GraphResult } from './graph.js';
import { GraphError } from './graph-error.js';
import { mergeHeaders } from './headers.js';
import { withQuery } from './path.js';
import { retryDelay, retryPlan } from './retry.js';
import type { RequestOptions } from './types.js';

/** Graph's limit of requests in one batch. */
const MAX_REQUESTS = 20;

/** A call of a batch with an id and the ids of the calls it must wait for (see `step`). */
export interface BatchStep<T> extends OperationCall<T> {
  /** The call's id in the batch; by default its position in the list, from '1'. */
  readonly id?: string | undefined;
  /** Ids of calls that must succeed first; if one fails, this one fails with 424 without being sent. */
  readonly dependsOn?: readonly string[] | undefined;
}

/**
 * Gives a batch call an id, or makes it wait for others: `step((client) => updateX(client, …), { dependsOn: ['1'] })`.
 */
export function step<T>(
  call: OperationCall<T>,
  how: { readonly id?: string | undefined; readonly dependsOn?: readonly string[] | undefined },
): BatchStep<T> {
  return Object.assign((client: GraphClient) => call(client), { id: how.id, dependsOn: how.dependsOn });
}

/** How one call of a batch ended, in the caller's order. */
export type BatchOutcome<T> =
  | {
      /** Discriminant: the call succeeded. */
      readonly ok: true;
      /** The call's id in the batch. */
      readonly id: string;
      /** Its result, as the operation called alone would give it (status, headers, hasContent, data). */
      readonly result: GraphResult<T>;
      /** request-id of the $batch request that carried it, for support cases. */
      readonly batchRequestId: string | undefined;
    }
  | {
      /** Discriminant: the call failed. */
      readonly ok: false;
      /** The call's id in the batch. */
      readonly id: string;
      /**
       * Its GraphError (still throttled after the retries, 404, 424 for a failed dependency, …), or the
       * GraphRequestError of the $batch request.
       */
      readonly error: GraphError | GraphRequestError;
      /** request-id of the $batch request that carried it, when one answered. */
      readonly batchRequestId: string | undefined;
    };

/** The result type of a call. */
export type CallResult<C> = C extends OperationCall<infer T> ? T : never;

/** One outcome per call, typed by the call, in the caller's order. */
export type BatchResults<C extends readonly OperationCall<unknown>[]> = {
  -readonly [K in keyof C]: BatchOutcome<CallResult<C[K]>>;
};

/** A call on its way through the batch. */
interface Pending {
  readonly index: number;
  readonly id: string;
  readonly dependsOn: readonly string[];
  /** The item as Graph's $batch takes it, but for dependsOn. */
  readonly request: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown };
  /** Throttled answers so far. */
  throttled: number;
  /** Not to be sent before this time (ms since the epoch): its Retry-After. */
  notBefore: number;
}

/** An item of the $batch answer. */
interface ItemAnswer {
  id?: unknown;
  status?: unknown;
  headers?: unknown;
  body?: unknown;
}

/**
 * Sends calls of generated operations as JSON batches (`POST {baseUrl}/$batch`) and returns one outcome per call, in
 * the caller's order, typed by the call: `batch(client, ids.map((id) => (client) => updateX(client, { id }, body)))`.
 * Calls go 20 to a request, in order; a call waits for the ones it depends on (`step`), which go in the same request
 * or an earlier one. A call answered 429 or 503 is sent again in a later request after its own Retry-After (the
 * `retry` option's limits, 3 retries by default). Rejects only for the caller's abort, or a TypeError for a call
 * that cannot be batched (unknown or circular dependsOn, a body that is not JSON); nothing is sent then.
 */
export async function batch<const C extends readonly OperationCall<unknown>[]>(
  client: GraphClient,
  calls: C,
  options: RequestOptions = {},
): Promise<BatchResults<C>> {
  const plan = retryPlan(undefined, options.retry);
  const pending = calls.map((call, index) => toPending(client, call, index));
  const byId = new Map(pending.map((p) => [p.id, p]));
  if (byId.size < pending.length) throw new TypeError('Two calls of the batch have the same id');
  checkDependencies(pending, byId);
  const outcomes: BatchOutcome<unknown>[] = [];
  const failed = (p: Pending): boolean => outcomes[p.index]?.ok === false;

  // Each request settles a call or counts one of its throttled answers, so this ends (see the bound below).
  for (let rounds = 0; outcomes.filter(Boolean).length < pending.length; rounds++) {
    if (rounds > 2 * pending.length * (plan.max + 2)) throw new Error('internal: the batch made no progress');
    const open = pending.filter((p) => !outcomes[p.index]);
    for (const p of open) {
      const dependency = p.dependsOn.map((d) => byId.get(d)!).find(failed);
      if (dependency)
        outcomes[p.index] = { ok: false, id: p.id, error: failedDependency(dependency), batchRequestId: undefined };
    }
    const now = Date.now();
    const chunk: Pending[] = [];
    for (const p of open) {
      if (chunk.length == MAX_REQUESTS) break;
      const ready = (d: string): boolean => outcomes[byId.get(d)!.index]?.ok === true || chunk.includes(byId.get(d)!);
      if (!outcomes[p.index] && p.notBefore <= now && p.dependsOn.every(ready)) chunk.push(p);
    }
    if (!chunk.length) {
      const waits = open.filter((p) => !outcomes[p.index]).map((p) => p.notBefore);
      if (waits.length) await sleep(Math.min(...waits) - now, options.signal);
      continue;
    }
    await sendChunk(client, chunk, byId, outcomes, plan, options);
  }
  return outcomes as BatchResults<C>;
}

/** One $batch request: the chunk's calls settle, or are throttled and wait for a later request. */
async function sendChunk(
  client: GraphClient,
  chunk: Pending[],
  byId: Map<string, Pending>,
  outcomes: BatchOutcome<unknown>[],
  plan: ReturnType<typeof retryPlan>,
  options: RequestOptions,
): Promise<void> {
  const requests = chunk.map((p) => {
    const dependsOn = p.dependsOn.filter((d) => chunk.includes(byId.get(d)!));
    return dependsOn.length ? { ...p.request, dependsOn } : p.request;
  });
  let answers: unknown;
  let meta: {
    status: number;
    headers: Readonly<Record<string, string>>;
    requestId: string | undefined;
    clientRequestId?: string | undefined;
  };
  try {
    const result = await client.send<{ responses?: unknown }>(
      { method: 'POST', path: '/$batch', body: { requests } },
      options,
    );
    answers = result.data?.responses;
    meta = result;
  } catch (e) {
    // Graph may answer a batch whose items were throttled with 424 around the items' own answers.
    const body = e instanceof GraphError ? (parseJson(e.body) as { responses?: unknown } | undefined) : undefined;
    if (!Array.isArray(body?.responses)) {
      if (e instanceof GraphRequestError && e.reason == 'aborted') throw e;
      if (!(e instanceof GraphError || e instanceof GraphRequestError)) throw e;
      for (const p of chunk)
        outcomes[p.index] = { ok: false, id: p.id, error: e, batchRequestId: (e as GraphError).requestId };
      return;
    }
    answers = body!.responses;
    meta = e as GraphError;
  }
  const batchRequestId = meta.requestId;
  const byItem = new Map<string, ItemAnswer>();
  for (const a of Array.isArray(answers) ? (answers as ItemAnswer[]) : [])
    if (a && typeof a == 'object') byItem.set(String(a.id), a);
  const requeued = new Set<Pending>();
  for (const p of chunk) {
    const answer = byItem.get(p.id);
    if (answer?.status == 429 || answer?.status == 503) {
      const retryAfter = headersOf(answer)['retry-after'];
      const waitMs = retryDelay(plan, p.throttled + 1, retryAfter);
      // An item's Retry-After speaks to the client as a top-level one does: the client's other calls wait with it.
      if (retryAfter) client.pause?.(waitMs);
      if (p.throttled < plan.max) {
        p.throttled++;
        p.notBefore = Date.now() + waitMs;
        requeued.add(p);
      }
    }
  }
  // A 424 whose dependency (or its dependency's) was only throttled waits for it instead of failing.
  for (let more = true; more;) {
    more = false;
    for (const p of chunk) {
      const throttled = p.dependsOn.map((d) => byId.get(d)!).filter((d) => requeued.has(d));
      const dependencies = requeued.has(p) || byItem.get(p.id)?.status != 424 ? [] : throttled;
      if (dependencies.length) {
        p.notBefore = Math.max(...dependencies.map((d) => d.notBefore));
        requeued.add(p);
        more = true;
      }
    }
  }
  for (const p of chunk) {
    if (requeued.has(p)) continue;
    const answer = byItem.get(p.id);
    const status = Number(answer?.status);
    const headers = headersOf(answer);
    const clientRequestId = meta.clientRequestId ?? '';
    if (status >= 200 && status < 300) {
      const base = { status, headers, requestId: headers['request-id'] ?? batchRequestId, clientRequestId };
      const result: GraphResult<unknown> =
        status == 204 || answer!.body === undefined
          ? { ...base, hasContent: false, data: undefined }
          : { ...base, hasContent: true, data: answer!.body };
      outcomes[p.index] = { ok: true, id: p.id, result, batchRequestId };
    } else {
      const body =
        answer?.body === undefined ? '' : typeof answer.body == 'string' ? answer.body : JSON.stringify(answer.body);
      const error = answer
        ? new GraphError(
            status,
            '',
            { ...(batchRequestId && { 'request-id': batchRequestId }), ...headers },
            body,
            clientRequestId,
          )
        : new GraphError(
            meta.status,
            'no answer for this call in the $batch response',
            meta.headers,
            '',
            clientRequestId,
          );
      outcomes[p.index] = { ok: false, id: p.id, error, batchRequestId };
    }
  }
}

/** An item answer's headers, with lower-case names. */
function headersOf(answer: ItemAnswer | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (answer?.headers && typeof answer.headers == 'object')
    for (const [k, v] of Object.entries(answer.headers)) headers[k.toLowerCase()] = String(v);
  return headers;
}

/** A call as a $batch item: its URL relative to the base URL, its headers, its JSON body. */
function toPending(client: GraphClient, call: OperationCall<unknown>, index: number): Pending {
  const { request, options } = describe(call, client.baseUrl);
  const id = (call as BatchStep<unknown>).id ?? String(index + 1);
  const headers: Record<string, string> = {};
  // A Graph operation's headers are text (its wire types).
  mergeHeaders(headers, request.headers as Record<string, string | undefined>);
  mergeHeaders(headers, options?.headers);
  if (request.body !== undefined) {
    const type = (headers['content-type'] ??= request.contentType ?? 'application/json');
    if (!/json/i.test(type)) throw new TypeError(`Call ${id}: a ${type} body cannot go in a batch; send it on its own`);
  }
  return {
    index,
    id,
    dependsOn: (call as BatchStep<unknown>).dependsOn ?? [],
    request: {
      id,
      method: request.method,
      url: withQuery(request.path, request.query),
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    },
    throttled: 0,
    notBefore: 0,
  };
}

/** Unknown ids and cycles in dependsOn are the caller's mistakes: a TypeError before anything is sent. */
function checkDependencies(pending: readonly Pending[], byId: ReadonlyMap<string, Pending>): void {
  const state = new Map<Pending, 'visiting' | 'done'>();
  const visit = (p: Pending): void => {
    if (state.get(p) == 'done') return;
    if (state.get(p) == 'visiting')
      throw new TypeError(`Call ${p.id} of the batch depends on itself through dependsOn`);
    state.set(p, 'visiting');
    for (const d of p.dependsOn) {
      const dependency = byId.get(d);
      if (!dependency) throw new TypeError(`Call ${p.id} of the batch depends on ${d}, which is not in the batch`);
      visit(dependency);
    }
    state.set(p, 'done');
  };
  pending.forEach(visit);
}

/** Graph's answer to a call whose dependency failed, given without sending it. */
const failedDependency = (dependency: Pending): GraphError =>
  new GraphError(
    424,
    'Failed Dependency',
    {},
    JSON.stringify({ error: { code: 'failedDependency', message: `Call ${dependency.id} of the batch failed` } }),
  );
