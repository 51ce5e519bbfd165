/**
 * Describes what `call` would send, without sending anything. Throws a TypeError when the call does not hand exactly
 * one request to its client at once (an `async` function that awaits first, say); a TypeError of the operation itself
 * (an empty path parameter) is thrown as it is.
 */
export function describe(call, baseUrl = '') {
  let described;
  let calls = 0;
  const recorder = {
    baseUrl,
    send: (request, options) => {
      if (!calls++)
        described = {
          request,
          options,
        };
      // Never settles: the operation's own promise is not what the caller waits for.
      return new Promise(() => {});
    },
  };
  call(recorder).then(undefined, () => {});
  if (!described || calls > 1)
    throw new TypeError(
      'Expected a call of one generated operation, such as (client) => updateX(client, params, body)',
    );
  return described;
}
