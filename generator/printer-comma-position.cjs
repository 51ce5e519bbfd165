// Where ts-morph's comma-separated lists (parameters, import names) put the comma after an item
// they printed: after its last token, before trailing white space and comments. ts-morph finds it
// with TypeScript's scanner, and that scanner is all the printer needs of TypeScript, whose 9 MB
// take half a second to load. This finds the same position without it; printer-rewrites.cjs falls
// back to TypeScript's scanner where this returns undefined.

/** What TypeScript's scanner skips as white space between tokens (its `isWhiteSpaceSingleLine`). */
const SPACES = new Set([
  9, 11, 12, 32, 0xa0, 0x85, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x200b, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isLineBreak = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const BACKSLASH = 92;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const REPLACEMENT = 0xfffd;
const MARKER = 7; // the length of a merge conflict marker (`<<<<<<<`)

/** A merge conflict marker at `pos` (at a line's start: seven of `<`, `=`, `>` or `|`), which the scanner skips. */
function isConflictMarker(text, pos) {
  if (pos !== 0 && !isLineBreak(text.charCodeAt(pos - 1))) return false;
  const c = text.charCodeAt(pos);
  if (pos + MARKER >= text.length) return false;
  for (let i = 1; i < MARKER; i++) if (text.charCodeAt(pos + i) !== c) return false;
  return c === 61 || text.charCodeAt(pos + MARKER) === 32;
}

/**
 * Where a conflict marker's skipped text ends: its line for `<` and `>`, up to the next `=` or `>` marker for the
 * others.
 */
function conflictMarkerEnd(text, pos) {
  const c = text.charCodeAt(pos);
  if (c === 60 || c === 62) {
    while (pos < text.length && !isLineBreak(text.charCodeAt(pos))) pos++;
    return pos;
  }
  for (; pos < text.length; pos++) {
    const d = text.charCodeAt(pos);
    if ((d === 61 || d === 62) && d !== c && isConflictMarker(text, pos)) break;
  }
  return pos;
}

/**
 * After an escape sequence at `pos` (a backslash): what it takes beyond the backslash's next character (hex or octal
 * digits, the braces of `\u{…}`) is never a quote, backtick, `$` or line break, so only that character counts, and the
 * line feed of a `\` + CR + LF line continuation.
 */
function escapeEnd(text, pos) {
  pos++;
  if (pos >= text.length) return pos;
  const c = text.charCodeAt(pos++);
  if (c === 13 && text.charCodeAt(pos) === 10) pos++;
  return pos;
}

/**
 * The end of a string literal starting at `pos`: after its closing quote, or before the line break or end that leaves
 * it open.
 */
function stringEnd(text, pos) {
  const quote = text.charCodeAt(pos++);
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === quote) return pos + 1;
    if (c === BACKSLASH) pos = escapeEnd(text, pos);
    else if (c === 10 || c === 13) return pos;
    else pos++;
  }
  return pos;
}

/**
 * A template literal's text from `pos` (after its backtick, or after the `}` closing a substitution): where it ends,
 * and whether it ends by opening a substitution (`${`) rather than with a backtick or the end of the text.
 */
function templateEnd(text, pos) {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === BACKTICK) return { end: pos + 1, substitution: false };
    if (c === 36 && text.charCodeAt(pos + 1) === OPEN_BRACE) return { end: pos + 2, substitution: true };
    pos = c === BACKSLASH ? escapeEnd(text, pos) : pos + 1;
  }
  return { end: pos, substitution: false };
}

const IN_TEMPLATE = 0;
const IN_BRACES = 1;

/**
 * The position ts-morph's `getAppendCommaPos` gives for `text`: the end of its last token, or -1 when it has no
 * token or its last token is a comma. Undefined when the answer needs TypeScript's identifier rules: a backslash
 * outside a literal, which may begin an identifier spelled with a Unicode escape (`\u{61}`) whose braces are not
 * braces.
 */
function appendCommaPosition(text) {
  const end = text.length;
  let pos = 0;
  let last = -1; // where the last token ended
  // As ts-morph tracks them: the substitutions (`${`) still open, and the braces opened inside one.
  const open = [];
  if (text.charCodeAt(0) === 35 && text.charCodeAt(1) === 33) {
    while (pos < end && !isLineBreak(text.charCodeAt(pos))) pos++;
  }
  while (pos < end) {
    const c = text.charCodeAt(pos);
    // Printable ASCII but the space is never white space: the set is asked about the other characters only.
    if (c === 32 || ((c < 33 || c > 126) && (SPACES.has(c) || isLineBreak(c)))) {
      pos++;
      continue;
    }
    if (c === 47) {
      const next = text.charCodeAt(pos + 1);
      if (next === 47) {
        for (pos += 2; pos < end && !isLineBreak(text.charCodeAt(pos));) pos++;
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', pos + 2);
        pos = close < 0 ? end : close + 2;
        continue;
      }
    }
    if ((c === 60 || c === 61 || c === 62 || c === 124) && isConflictMarker(text, pos)) {
      pos = conflictMarkerEnd(text, pos);
      continue;
    }
    switch (c) {
      case 34:
      case 39:
        pos = stringEnd(text, pos);
        break;
      case BACKTICK: {
        const part = templateEnd(text, pos + 1);
        if (part.substitution) open.push(IN_TEMPLATE);
        pos = part.end;
        break;
      }
      case OPEN_BRACE:
        if (open.length > 0) open.push(IN_BRACES);
        pos++;
        break;
      case CLOSE_BRACE:
        pos++;
        if (open.length === 0) break;
        if (open[open.length - 1] === IN_TEMPLATE) {
          const part = templateEnd(text, pos);
          if (!part.substitution) open.pop();
          pos = part.end;
        } else open.pop();
        break;
      case BACKSLASH:
        return undefined;
      case REPLACEMENT:
        // TypeScript takes the text for binary from here on, as one token to its end.
        pos = end;
        break;
      default:
        // Any other character is part of a token (an identifier, a number, a punctuator); which one does not matter.
        pos++;
    }
    last = pos;
  }
  if (last < 0) return -1;
  return text.charCodeAt(last - 1) === 44 ? -1 : last;
}

module.exports = { appendCommaPosition };
