/** The command line in tests: main() in process, its exit status and what it printed. */
import { main } from '../../generator/cli.js';

/** Runs main() in `cwd`, capturing what it prints; `terminal`: stderr says it is a terminal this wide. */
export async function cli(
  args: string[],
  cwd: string,
  terminal?: { columns: number },
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void, tty?: object) =>
    ({
      write: (chunk: string | Uint8Array) => (append(String(chunk)), true),
      ...tty,
    }) as unknown as NodeJS.WritableStream;
  const status = await main(args, {
    stdout: sink((t) => (stdout += t)),
    stderr: sink((t) => (stderr += t), terminal && { isTTY: true, ...terminal }),
    cwd,
  });
  return { status, stdout, stderr };
}
