/**
 * CSV output must be safe to reopen in a spreadsheet (CSV/formula injection, OWASP): a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by Excel,
 * LibreOffice or Sheets, so it is written with a leading apostrophe (`'=HYPERLINK(...)`), which
 * spreadsheets read as "this is text".
 *
 * Two kinds of value are left as they are, because escaping them would corrupt common data and
 * they cannot call a function (no letters, so no function names, no DDE `cmd|`):
 *  - phone numbers: `+` then digits with the usual separators (space . - / parentheses) and an
 *    optional extension (`ext. 12`, `x12`, `#12`), 7-15 digits in all: `+6281234567890`,
 *    `+1 213-373-4253 ext. 1234`;
 *  - plain numbers with a sign: `-42`, `-1,234.50`, `+3.5`, `-1.234,5`.
 * Everything else that starts with a trigger character is escaped, including `-- note --`.
 *
 * The escape can be undone exactly (unescapeFormula), so the original of every cell can be read
 * back from the outputs: a value that already starts with an apostrophe in front of what would be
 * escaped (`'=x`, typed that way) gets one more (`''=x`). Other apostrophes (`'s-Hertogenbosch`)
 * are left alone.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const EXTENSION = /\s*(?:ext\.?|x|#)\s*\d+$/i;
const PHONE = /^\+[\d\s().\-/]+?(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?$/i;
const SIGNED_NUMBER = /^[-+]\d{1,3}(?:([,.\s\u00a0]?)\d{3}(?:\1\d{3})*)?(?:[.,]\d+)?$|^[-+]\d+(?:[.,]\d+)?(?:e[-+]?\d+)?$/i;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 48 && code <= 57) n++;
  }
  return n;
}

/** True when a phone-looking value (before any extension) has a plausible number of digits. */
function isPhone(value: string): boolean {
  if (!PHONE.test(value)) return false;
  const main = value.replace(EXTENSION, '');
  const n = digitCount(main);
  return n >= 7 && n <= 15;
}

export function needsFormulaEscape(value: string): boolean {
  const first = value.charAt(0);
  if (!TRIGGERS.has(first)) return false;
  if (first === '+' && isPhone(value)) return false;
  if ((first === '-' || first === '+') && SIGNED_NUMBER.test(value)) return false;
  return true;
}

/** True when `value` reads as an escaped value: an apostrophe, then something we would escape. */
function looksEscaped(value: string): boolean {
  let rest = value;
  while (rest.startsWith("'")) {
    rest = rest.slice(1);
    if (needsFormulaEscape(rest)) return true;
  }
  return false;
}

export function escapeFormula(value: string): string {
  // Nearly every cell starts with a letter or a digit: nothing to escape, nothing escaped. The
  // codes of = + - @ tab CR and the apostrophe, compared as numbers (a Set lookup per cell of a
  // million-row file costs seconds).
  const first = value.charCodeAt(0);
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13 && first !== 39) return value;
  // A sign and digits only is a number or an E.164 phone (every cleaned phone): never escaped,
  // as the rules below also say, without their regular expressions.
  if ((first === 43 || first === 45) && value.length > 1 && digitCount(value) === value.length - 1) return value;
  return needsFormulaEscape(value) || looksEscaped(value) ? `'${value}` : value;
}

/** The value escapeFormula was given. */
export function unescapeFormula(written: string): string {
  return looksEscaped(written) ? written.slice(1) : written;
}
