import { foldText } from './text';

/**
 * Words people type into a cell to say "there is nothing here". They are missing values: never
 * normalized into a value, never re-cased, never equal keys in dedupe. Folded (lower case, no
 * accents, punctuation as spaces) so "N/A", "n.a." and "N A" are one entry.
 * Sources: the placeholders seen in CRM exports in each UI language (en, id, vi, cs, sv, tr).
 * Words whose folded form is also a real name or word (Turkish "boş" folds to the Dutch surname
 * "Bos", Vietnamese "trống" to "trong") are left out: folding would make them collide.
 */
const WORD_TOKENS: readonly string[] = [
  // English
  'n a', 'na', 'none', 'null', 'nil', 'unknown', 'tbd', 'tba', 'tbc', 'no', 'x', 'xx', 'xxx',
  'not available', 'not applicable', 'not known', 'nothing', 'empty', 'blank', 'removed', 'unk',
  // Indonesian
  'tidak ada', 'tdk ada', 'belum ada', 'kosong', 'tidak diketahui', 'tidak tahu',
  // Vietnamese
  'khong co', 'chua co', 'khong ro', 'khong biet', 'chua biet',
  // Czech
  'neuvedeno', 'neni', 'neznamy', 'nezname', 'neznama', 'nevim', 'zadny', 'zadna', 'zadne',
  // Swedish
  'saknas', 'ingen', 'inget', 'okand', 'okant', 'vet ej', 'ej angivet', 'ej tillganglig',
  // Turkish
  'yok', 'bilinmiyor', 'belirtilmemis', 'hicbiri',
];

const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(WORD_TOKENS);

/** Cells made only of dashes, dots, question marks, slashes or stars: "-", "--", "?", "...", "*". */
const SYMBOLS_ONLY = /^[\s\-–—_.?¿/\\*]+$/;

/** The key a token is compared under; also how a team's own tokens are stored. */
export function placeholderKey(text: string): string {
  return foldText(text);
}

/**
 * True when the text is a placeholder. `extra` holds a team's own tokens, already passed through
 * placeholderKey().
 */
export function isPlaceholder(text: string, extra?: ReadonlySet<string>): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  if (SYMBOLS_ONLY.test(trimmed)) return true;
  const key = placeholderKey(trimmed);
  return PLACEHOLDER_WORDS.has(key) || (extra !== undefined && extra.has(key));
}
