// Response bodies, read as a stream and counted after decompression: a small gzip bomb cannot fill the memory.
import { G } from './platform.js';
import type { ResponseLike } from './types.js';

/** The body as text, or undefined as soon as it passes limit bytes (0: no limit), the rest left unread. */
export async function readText(response: ResponseLike, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new G.TextDecoder();
  let text = '';
  for (let size = 0, chunk; !(chunk = await reader.read()).done;) {
    size += chunk.value!.length;
    if (limit && size > limit) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
