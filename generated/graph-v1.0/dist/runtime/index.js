export { GraphError } from './graph-error.js';
export { RequestError as GraphRequestError } from './errors.js';
export { pathSegment } from './path.js';
export { createGraphClient } from './graph.js';
export { bindGroup } from './bind.js';
export { describe } from './describe.js';
export { paged } from './paging.js';
export { batch, step } from './batch.js';
