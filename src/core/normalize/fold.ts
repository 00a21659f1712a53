/**
 * Lower-case, strip diacritics and punctuation, collapse spaces: the folded form used for lookups
 * and matching keys. Turkish dotless ı and Nordic/Vietnamese letters without a decomposition
 * (đ, ø, ł, ß) are mapped by hand because NFD does not split them.
 */
export function foldText(text: string): string {
  // Most cells (emails, statuses, cities and names typed without accents) are plain ASCII: with no
  // letter to decompose or map, folding is lower-casing and one space for every run of other
  // characters, the same result without the dozen passes below (a million-row clean folds
  // millions of values).
  if (isAscii(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[İI]/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[đð]/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/þ/g, 'th')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
