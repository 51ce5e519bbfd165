import type { ResponseLike } from './types.js';
/** The body as text, or undefined as soon as it passes limit bytes (0: no limit), the rest left unread. */
export declare function readText(response: ResponseLike, limit: number): Promise<string | undefined>;
