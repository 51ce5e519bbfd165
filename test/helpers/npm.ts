/** Running npm in tests: an environment free of the npm that started Jest, so that only the test's settings apply. */

/**
 * process.env without the `npm_*` variables `npm test` sets (its registry, userconfig, prefix…), plus `settings`
 * as `npm_config_<name>`; the update notifier, audit and fund messages off.
 */
export function npmEnv(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  const all = { update_notifier: 'false', audit: 'false', fund: 'false', ...settings };
  for (const [key, value] of Object.entries(all)) env[`npm_config_${key}`] = value;
  return env;
}
