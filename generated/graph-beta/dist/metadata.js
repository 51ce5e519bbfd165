// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

export * from './metadata/deviceAppManagement.js';
export * from './metadata/deviceManagement.js';
