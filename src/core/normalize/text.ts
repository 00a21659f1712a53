import type { Cell, Normalized, PlaceholderOptions } from './types';
import { textInput } from './cell';

export { foldText } from './fold';

// Invisible characters that only ever get into CRM cells by copy-paste from web pages, PDFs and
// Word: zero-width space, word joiner, BOM, soft hyphen. Zero-width (non-)joiners are kept inside
// words because emoji sequences and Persian/Indic scripts need them.
const ALWAYS_INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const EDGE_JOINERS = /(^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s|$)/g;
// Every horizontal space that is not a plain space: tab, NBSP, narrow NBSP, en/em spaces, ideographic space.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Printable ASCII words separated by single spaces: already clean, by far the most common case.
const ALREADY_CLEAN = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;

/** Trim, turn odd spaces into plain ones, collapse runs, drop invisible characters, compose Unicode (NFC). */
export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
  let out = text.replace(ALWAYS_INVISIBLE, '').replace(EDGE_JOINERS, '$1').replace(ODD_SPACES, ' ');
  out = out
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
  // Decomposed Vietnamese/Czech letters (common in exports from macOS) look the same but do not
  // compare equal; NFC makes "Nguyễn" one spelling.
  return out.normalize('NFC');
}

export function normalizeText(input: Cell, opts: PlaceholderOptions = {}): Normalized {
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const value = cleanText(start.text);
  if (value === input) return { value, changed: false, rule: 'none', why: '', flags: [] };
  return { value, changed: true, rule: 'text.whitespace', why: 'removed extra or invisible spaces', flags: [] };
}

/** One line of at most `max` characters: whitespace runs (newlines too) become one space. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
