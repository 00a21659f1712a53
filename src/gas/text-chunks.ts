// Long texts split over several cells or properties, and sizes as Apps Script counts them.
// A cell holds at most 50,000 characters (UTF-16 code units); a property value 9 KB and a property
// store 500 KB, counted in UTF-8 bytes (https://developers.google.com/apps-script/guides/services/quotas).
// A chunk boundary never falls between the two halves of a surrogate pair: an emoji or an astral
// CJK character cut in two would come back as two U+FFFD and the JSON around it would still parse.
// The journal and the queue keep JSON lines packed into cells of at most CHUNK_CHARS characters,
// well under the cell limit; every stored piece starts with a marker so that no piece is ever
// taken for a formula, a number or an apostrophe-quoted text, whatever the cell's format. The
// marker also says whether a piece starts a new batch of lines or continues the one before.
export const CHUNK_CHARS = 40_000;
const FIRST = '^';
const MORE = '~';

/** UTF-8 length of a JavaScript string (a lone surrogate counts as U+FFFD: 3 bytes). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Pieces of at most `maxUnits` UTF-16 code units each, joined back they give `text`. */
export function chunkText(text: string, maxUnits: number): string[] {
  return chunkBy(text, maxUnits, (c) => (c < 0x10000 ? 1 : 2));
}

/** Pieces of at most `maxBytes` UTF-8 bytes each (for property values). */
export function chunkUtf8(text: string, maxBytes: number): string[] {
  return chunkBy(text, maxBytes, (c) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4));
}

function chunkBy(text: string, max: number, size: (codePoint: number) => number): string[] {
  if (!(max >= 4)) throw new Error('A chunk must hold at least one character.');
  const out: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1));
    const cost = size(pair ? 0x10000 : c >= 0xd800 && c <= 0xdfff ? 0xfffd : c);
    if (used + cost > max) {
      out.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += cost;
    i += pair ? 2 : 1;
  }
  if (start < text.length || out.length === 0) out.push(text.slice(start));
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Lines (none containing '\n') as cell texts: joined, cut, each piece marked. */
export function packLines(lines: readonly string[], max = CHUNK_CHARS): string[] {
  if (lines.length === 0) return [];
  return chunkText(lines.join('\n'), max - 1).map((piece, i) => (i === 0 ? FIRST : MORE) + piece);
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
