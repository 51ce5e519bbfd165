/**
 * Binds every function of an operations module (`import * as group`) to a client. Only
 * createSdk uses it: single-operation imports never pull it into a bundle.
 */
export function bindGroup(client, operations) {
  const bound = {};
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation === 'function') bound[name] = (...args) => operation(client, ...args);
  }
  return bound;
}
