/** The first line of every generated TypeScript file (and of what is built from it). */
export const BANNER = '// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.\n\n';
