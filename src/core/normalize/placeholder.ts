import { foldText } from './fold';

/**
 * Words people type into a cell to say "there is nothing here". They are missing values: never
 * normalized into a value, never re-cased, never equal keys in dedupe, and "incomplete" when the
 * field is required. Matched folded (lower case, no accents, punctuation as spaces), so "N/A",
 * "n.a.", "(none)" and "N A" are one entry.
 * Sources: the placeholders seen in CRM exports in each UI language (en, id, vi, cs, sv, tr): the
 * words for "none", "unknown", "not filled in", "not available" and "no", including the common
 * chat spellings (Indonesian "tdk"/"gak", Vietnamese "ko"/"k").
 */
const WORD_TOKENS: readonly string[] = [
  // English
  'n a', 'na', 'n d', 'none', 'none given', 'null', 'nil', 'nill', 'nan', 'undefined', 'unknown', 'unkown', 'unk',
  'tbd', 'tba', 'tbc', 'to be determined', 'to be confirmed', 'to be announced', 'no', 'nope', 'x', 'xx', 'xxx',
  'xxxx', 'not available', 'not applicable', 'not known', 'not provided', 'not given', 'not specified',
  'not set', 'unspecified', 'unassigned', 'nothing', 'empty', 'blank', 'missing', 'removed', 'dunno',
  'don t know', 'dont know', 'no data', 'no info', 'no information', 'no email', 'no phone', 'no number',
  'no name', 'no company',
  // Indonesian
  'tidak ada', 'tdk ada', 'tak ada', 'gak ada', 'ga ada', 'nggak ada', 'ngga ada', 'belum ada', 'blm ada',
  'kosong', 'tidak diketahui', 'belum diketahui', 'tidak tahu', 'tidak tersedia', 'belum tersedia',
  'tidak diisi', 'belum diisi', 'tidak ada data', 'tidak ada nomor', 'tidak ada email', 'nihil', 'tidak', 'tdk',
  'tidak punya', 'tdk punya', 'belum punya', 'tidak punya email', 'tidak punya hp', 'tanpa', 'belum tahu', 'tidak jelas',
  // Vietnamese
  'khong co', 'chua co', 'ko co', 'k co', 'khong ro', 'chua ro', 'khong biet', 'chua biet', 'khong xac dinh',
  'chua xac dinh', 'chua cap nhat', 'dang cap nhat', 'khong co thong tin', 'chua co thong tin', 'de trong',
  'khong co so', 'khong co email',
  // Czech
  'neuvedeno', 'neuveden', 'neuvedena', 'neni', 'neni k dispozici', 'neznamy', 'nezname', 'neznama', 'nevim',
  'zadny', 'zadna', 'zadne', 'nic', 'nezadano', 'nezadan', 'nevyplneno', 'nevyplnen', 'nezjisteno', 'chybi', 'ne',
  // Swedish
  'saknas', 'uppgift saknas', 'ingen', 'inget', 'inga', 'ingen uppgift', 'okand', 'okant', 'okanda', 'vet ej',
  'vet inte', 'ej angivet', 'ej angiven', 'ej kand', 'ej kant', 'ej tillganglig', 'ej aktuellt', 'finns ej',
  'finns inte', 'nej', 'tomt',
  // Turkish
  'yok', 'yoktur', 'bilinmiyor', 'bilinmeyen', 'belirtilmemis', 'belirtilmedi', 'belirsiz', 'hicbiri', 'hic',
  'mevcut degil', 'girilmemis', 'girilmedi', 'tanimsiz', 'bilgi yok', 'veri yok', 'kayit yok', 'hayir',
  'telefon yok', 'numara yok', 'e posta yok',
];

/**
 * Tokens matched with their accents (lower-cased), because their folded form is a real name or
 * word elsewhere: Turkish "boş" folds to the Dutch surname "Bos", Vietnamese "trống" to "trong",
 * "không" to the family name "Khổng" typed without accents.
 */
const EXACT_TOKENS: readonly string[] = ['boş', 'trống', 'không'];

/**
 * Folded tokens that are also given names or surnames. Written "Na", "Nil" or "Nan" they are more
 * likely a name (Vietnamese "Na", Turkish "Nil") than "n/a" or "NaN"; "Inga", "Nic" and "Blank" are names
 * in capitals too (a Swedish INGA in an all-caps export), so those count only in lower case.
 */
const NOT_WHEN_CAPITALIZED: ReadonlySet<string> = new Set(['na', 'ne', 'nil', 'nan']);
const ONLY_IN_LOWER_CASE: ReadonlySet<string> = new Set(['inga', 'nic', 'blank']);

let words: ReadonlySet<string> | undefined;
let exact: ReadonlySet<string> | undefined;
let sets: WeakMap<readonly unknown[], ReadonlySet<string>> | undefined;

/** Cells made only of dashes, dots, question marks, slashes, stars, hashes or tildes: "-", "--", "?", "...", "*". */
const SYMBOLS_ONLY = /^[\s\-–—_.?¿/\\*#~]+$/;
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;
// No built-in placeholder word has a digit or an @: phones, emails and dates skip the folding.
const NEVER_IN_A_WORD = /[\d@]/;
const MAX_LENGTH = 40;

/** The key a token is compared under; also how a team's own tokens are stored. */
export function placeholderKey(text: string): string {
  return foldText(text);
}

/** A team's own tokens (settings.placeholders) as the set isPlaceholder() takes; undefined for none. */
export function placeholderSet(tokens: readonly unknown[] | undefined): ReadonlySet<string> | undefined {
  if (!Array.isArray(tokens) || tokens.length === 0) return undefined;
  // Settings objects live for a whole run: fold a team's tokens once per list, not once per cell.
  sets ??= new WeakMap();
  const cached = sets.get(tokens);
  if (cached) return cached;
  const keys = new Set<string>();
  for (const t of tokens) {
    const key = typeof t === 'string' ? placeholderKey(t) : '';
    if (key !== '') keys.add(key);
  }
  sets.set(tokens, keys);
  return keys;
}

/** What the quick checks need to know of a token list: digits or @ in a token, the longest token, the first words. */
interface Profile {
  digits: boolean;
  longest: number;
  firstWords: Set<string>;
}
let profiles: WeakMap<ReadonlySet<string>, Profile> | undefined;

/** The profile of folded keys (the built-in words, a team's placeholderSet()). */
function profileOf(keys: Iterable<string>): Profile {
  let digits = false;
  let longest = 0;
  const firstWords = new Set<string>();
  for (const k of keys) {
    digits ||= NEVER_IN_A_WORD.test(k);
    longest = Math.max(longest, k.length);
    firstWords.add(k.split(' ')[0] ?? '');
  }
  return { digits, longest, firstWords };
}

// The separators foldText turns into spaces (combining marks stay with their letter).
const WORD_BREAK = /[^\p{L}\p{N}\p{M}]+/u;

// Letters foldText maps by hand (no decomposition splits them), and the accents it strips.
const HAND_FOLDED = /[İIıđðøæœłßþ]/i;
const ACCENTS = /[\u0300-\u036f]/g;
const FOLDED_WORD = /^[a-z0-9]*$/;

/** One word folded like foldText(), the common case in three steps (else foldText itself). */
function foldWord(word: string): string {
  if (!HAND_FOLDED.test(word)) {
    const quick = word.normalize('NFD').replace(ACCENTS, '').toLowerCase();
    if (FOLDED_WORD.test(quick)) return quick;
  }
  return placeholderKey(word).split(' ')[0] ?? '';
}

/** The folded first word of a text ("-Tidak ada-" -> "tidak"), without folding all of it. */
function firstWordKey(text: string): string {
  for (const w of text.split(WORD_BREAK)) if (w !== '') return ASCII_ONLY.test(w) ? w.toLowerCase() : foldWord(w);
  return '';
}

/** A team's token list profiled once per list. */
function extraProfile(extra: ReadonlySet<string>): Profile {
  profiles ??= new WeakMap();
  let p = profiles.get(extra);
  if (!p) {
    p = profileOf(extra);
    profiles.set(extra, p);
  }
  return p;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const SPLIT_LETTERS = /^\p{L}(?: \p{L})+$/u;

/** placeholderKey(), with the plain-ASCII case done without Unicode decomposition (same result). */
function quickKey(text: string): string {
  return ASCII_ONLY.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : placeholderKey(text);
}

// A typed text is at most twice as long as its folded key (accents in decomposed form take a code
// unit of their own), plus the punctuation around "-tidak ada-" or "(none)".
const PUNCTUATION_ALLOWANCE = 6;
let builtIn: Profile | undefined;

/**
 * True when the text is a placeholder. `extra` holds a team's own tokens, already passed through
 * placeholderKey() (see placeholderSet()).
 */
export function isPlaceholder(text: string, extra?: ReadonlySet<string>): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return false;
  if (SYMBOLS_ONLY.test(trimmed)) return true;
  // Quick refusals, before any folding: most cells are phones, emails or longer names.
  builtIn ??= profileOf([...WORD_TOKENS, ...EXACT_TOKENS.map(placeholderKey)]);
  const team = extra && extra.size > 0 ? extraProfile(extra) : undefined;
  if (NEVER_IN_A_WORD.test(trimmed) && !team?.digits) return false;
  if (trimmed.length > 2 * Math.max(builtIn.longest, team?.longest ?? 0) + PUNCTUATION_ALLOWANCE) return false;
  const first = firstWordKey(trimmed);
  // A single letter may start an abbreviation written with dots ("T.B.D."): no refusal on it.
  if (first.length > 1 && !builtIn.firstWords.has(first) && !team?.firstWords.has(first)) return false;
  const key = quickKey(trimmed);
  if (key === '') return false;
  // Letters with dots or slashes between them are also one abbreviation: "T.B.D." is "tbd".
  return isToken(key, trimmed, extra) || (SPLIT_LETTERS.test(key) && isToken(key.replace(/ /g, ''), trimmed, extra));
}

/** Whether a folded key is one of the tokens (a team's, the built-in words, the accent-exact words). */
function isToken(key: string, trimmed: string, extra: ReadonlySet<string> | undefined): boolean {
  if (extra?.has(key)) return true;
  words ??= new Set(WORD_TOKENS);
  exact ??= new Set(EXACT_TOKENS);
  if (words.has(key)) {
    if (ONLY_IN_LOWER_CASE.has(key)) return !/\p{Lu}/u.test(trimmed);
    return !(NOT_WHEN_CAPITALIZED.has(key) && CAPITALIZED.test(trimmed));
  }
  return exact.has(trimmed.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}]+/gu, ''));
}
