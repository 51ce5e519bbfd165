/**
 * What the command line says when it is used wrongly: one line naming the argument at fault, never
 * the whole help (the caller adds "see --help").
 */

/**
 * One line for an error of node:util's parseArgs; `options` are the long option names it knows, to suggest the nearest.
 */
export function argumentProblem(e: unknown, options: readonly string[]): string {
  const { code, message } = e as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = nearest(quoted.replace(/^-+/, '').replace(/=.*$/, ''), options);
      return `unknown option ${quoted}${near ? ` (did you mean --${near}?)` : ''}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted)}: every input is given by an option, such as --spec <file>`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted.split(' ')[0];
      if (/does not take an argument/.test(message ?? '')) return `${option} takes no value`;
      return `${option} needs a value${/ambiguous/.test(message ?? '') ? ` (one starting with "-" is written ${option}=-value)` : ''}`;
    }
    default:
      return (message ?? String(e)).split('\n')[0]!;
  }
}

/** The known name within two edits of `typed` (a typo), if there is exactly one nearest. */
function nearest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = distance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
