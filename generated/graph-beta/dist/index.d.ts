// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

export * from './models.js';
export * from './paths/deviceAppManagement.js';
export * from './paths/deviceManagement.js';
export * from './operations/deviceAppManagement.js';
export * from './operations/deviceManagement.js';
export * from './client.js';
export * from './sdk.js';
export * from './runtime/index.js';
export * from './guards.js';
