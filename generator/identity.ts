/**
 * A generated package's npm identity: the name and version derived from the spec, and the rules a
 * name or version given on the command line or in the config must follow (npm refuses the rest).
 */

/** npm's rules for new package names: lowercase, URL-safe, at most 214 characters, an optional scope. */
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** Semantic versioning 2.0 (https://semver.org): MAJOR.MINOR.PATCH, optional pre-release and build metadata. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** `Microsoft Graph (beta)` → `microsoft-graph-beta`: a valid npm name from any title. */
export function packageNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
  return slug === '' ? 'api-client' : slug;
}

/** The package version for a spec's info.version: itself when it is semver, else 0.0.0. */
export function packageVersionFor(infoVersion: string): string {
  return SEMVER.test(infoVersion) ? infoVersion : '0.0.0';
}

/** Why npm would refuse `name` as a package name, or undefined when it would not. */
export function npmNameProblem(name: string): string | undefined {
  if (name.length > 214) return 'npm package names are at most 214 characters long';
  if (!NPM_NAME.test(name))
    return 'an npm package name is lowercase letters, digits, "-", ".", "_" and "~", not starting with "." or "_", optionally after an @scope/';
  return undefined;
}

/** Why `version` is not a semantic version, or undefined when it is one. */
export function semverProblem(version: string): string | undefined {
  return SEMVER.test(version) ? undefined : 'a package version is a semantic version such as 1.2.3 or 2.0.0-beta.1';
}
