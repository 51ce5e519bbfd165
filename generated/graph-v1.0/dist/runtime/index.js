export { GraphError, GraphRequestError } from './errors.js';
export { pathSegment } from './path.js';
export { createGraphClient } from './client.js';
export { bindGroup } from './bind.js';
export { describe } from './describe.js';
export { paged } from './paging.js';
export { batch, step } from './batch.js';
