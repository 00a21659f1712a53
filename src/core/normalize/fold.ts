/**
 * Lower-case, strip diacritics and punctuation, collapse spaces: the folded form used for lookups
 * and matching keys. Turkish dotless ı and Nordic/Vietnamese letters without a decomposition
 * (đ, ø, ł, ß) are mapped by hand because NFD does not split them.
 */
export function foldText(text: string): string {
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
