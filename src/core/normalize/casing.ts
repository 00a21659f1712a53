/**
 * Unicode- and Turkish-aware casing, shared by the name and company normalizers.
 */
// Letters that only Turkish (and Azerbaijani) use: dotted capital İ, dotless ı, and ğ. Ş/ş are
// Turkish too, but Romanian text typed with the cedilla form of ș also has them, so Ş only counts
// when no Romanian-only letter (ă, ţ, ș, ț) is present.
const TURKISH_ONLY = /[İıĞğ]/;
const TURKISH_S = /[Şş]/;
const ROMANIAN_ONLY = /[ăĂţŢșȘțȚ]/;

/**
 * True when text should be cased with Turkish rules (I <-> ı, İ <-> i). Plain ASCII "I" in an
 * all-caps name without any Turkish-only letter is ambiguous ("IŞIK" vs "ISIK"), so such text gets
 * the default rules: "ISIK" becomes "Isik", which is what an English or Indonesian name needs.
 */
export function isTurkishText(text: string): boolean {
  return TURKISH_ONLY.test(text) || (TURKISH_S.test(text) && !ROMANIAN_ONLY.test(text));
}

export function lowerCase(s: string, turkish: boolean): string {
  return turkish ? s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase() : s.toLowerCase();
}

export function upperCase(s: string, turkish: boolean): string {
  return turkish ? s.replace(/i/g, 'İ').toUpperCase() : s.toUpperCase();
}

/** First letter upper, the rest lower ("ŞAHİN" -> "Şahin", "ÅSA" -> "Åsa"). */
export function capitalize(word: string, turkish: boolean): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  const up = upperCase(head, turkish);
  // Some letters have no single-letter capital ("ß" -> "SS"); keep them as they are.
  return (up.length === head.length ? up : head) + lowerCase(word.slice(head.length), turkish);
}

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** 'upper' when the text has capitals and no small letters, 'lower' the reverse, else 'mixed'. */
export function letterCase(text: string): 'upper' | 'lower' | 'mixed' | 'none' {
  const up = HAS_UPPER.test(text);
  const low = HAS_LOWER.test(text);
  if (up && low) return 'mixed';
  if (up) return 'upper';
  if (low) return 'lower';
  return 'none';
}
