// Text too long for one cell, kept in several: JSON lines packed into cells of at most
// CHUNK_CHARS characters, well under Sheets' 50,000 per cell. A cut never falls between the two
// halves of a surrogate pair (Sheets would store a lone half as U+FFFD and the text would not
// read back), and every stored piece starts with a marker so that no piece is ever taken for a
// formula, a number or an apostrophe-quoted text, whatever the cell's format. The marker also
// says whether a piece starts a new batch of lines or continues the one before.
export const CHUNK_CHARS = 40_000;
const FIRST = '^';
const MORE = '~';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Pieces of `text` of at most `max` UTF-16 units; a surrogate pair is never split. */
export function splitText(text: string, max = CHUNK_CHARS): string[] {
  if (max < 2) throw new Error('splitText: max must be at least 2');
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + max);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** Lines (none containing '\n') as cell texts: joined, cut, each piece marked. */
export function packLines(lines: readonly string[], max = CHUNK_CHARS): string[] {
  if (lines.length === 0) return [];
  return splitText(lines.join('\n'), max - 1).map((piece, i) => (i === 0 ? FIRST : MORE) + piece);
}

/** The lines back from the cell texts of one or more packLines calls, each call's cells in order. */
export function unpackLines(cells: readonly unknown[]): string[] {
  let text = '';
  for (const c of cells) {
    const s = String(c ?? '');
    if (s.startsWith(FIRST)) text += (text ? '\n' : '') + s.slice(1);
    else if (s.startsWith(MORE)) text += s.slice(1);
  }
  return text === '' ? [] : text.split('\n');
}
