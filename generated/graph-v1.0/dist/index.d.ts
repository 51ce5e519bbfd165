export * from './models.js';
export * from './paths/deviceAppManagement.js';
export * from './operations/deviceAppManagement.js';
export * from './client.js';
export * from './sdk.js';
export * from './runtime/index.js';
