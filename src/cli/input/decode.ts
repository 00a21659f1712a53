/**
 * Text encoding of an input file. CRM exports arrive as UTF-8 (with or without BOM), UTF-16
 * (Excel's "Unicode text"), or a Windows code page: 1250 for Czech, 1254 for Turkish, 1258 for
 * Vietnamese. We detect BOMs, reject binary files, and when the bytes are not valid UTF-8 pick
 * the code page whose decoding reads most like the language it is for.
 */
import { CliError } from '../errors';

export interface DetectedEncoding {
  /** A label TextDecoder accepts. */
  encoding: string;
  /** Bytes to skip at the start (the BOM). */
  skip: number;
  /** True when the file starts with a BOM (kept on output so Excel still reads it as UTF-8). */
  bom: boolean;
  /** How it was decided, for the summary and error messages. */
  how: 'bom' | 'utf-8' | 'guessed' | 'given';
}

const MAGIC: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx workbook? give it the .xlsx extension)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Office file (.xls); save it as .xlsx or .csv'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

const startsWith = (buf: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

/** Every label we accept for --encoding must be one TextDecoder knows (full ICU has the 125x pages). */
export function checkEncodingLabel(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new CliError(`unknown encoding "${label}" (try utf-8, utf-16le, windows-1250, windows-1254, windows-1258)`, 2);
  }
}

/**
 * Binary, not text: NUL or control bytes that no CSV contains (magic numbers are checked first).
 * (UTF-16 is checked before this, so its zero bytes do not count.)
 */
function binaryReason(sample: Uint8Array): string | null {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'a binary file (it contains NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > 8 && control / sample.length > 0.01) return 'a binary file (it contains control bytes)';
  return null;
}

/** UTF-16 without a BOM: in CSV text nearly every other byte is zero. */
function utf16WithoutBom(sample: Uint8Array): string | null {
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = sample.length - (sample.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Zero bytes mostly on one side of each byte pair, but too few for a confident guess (text with
 * many non-Latin letters): UTF-16 without a byte-order mark, which we will not guess the order of.
 */
function looksLikeUtf16(sample: Uint8Array): boolean {
  const n = sample.length - (sample.length % 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const [more, fewer] = even > odd ? [even, odd] : [odd, even];
  // Several zeros (one NUL is just a binary file) on one side of most pairs.
  return more >= 8 && more / (n / 2) > 0.05 && fewer < more / 4;
}

function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  try {
    // stream:true when the sample is a prefix, so a character cut at the end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

// Letters each code page exists for. Scoring a decoding by how many of its non-ASCII characters
// are native to the language (and how many are not) tells the pages apart, because the same byte
// is a native letter in one page and a stray symbol in another (0xFD: ı in 1254, ý in 1250).
const CZECH = new Set('áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ');
const TURKISH = new Set('çğıöşüÇĞİÖŞÜâîû');
const VIET_LETTERS = new Set('àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ');
const VIET_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = /[aeiouyâêôăơưAEIOUYÂÊÔĂƠƯàáèéìíòóùúý]/;

function score(text: string, page: string): number {
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch.charCodeAt(0) < 0x80) continue;
    if (page === 'windows-1258' && VIET_MARKS.has(ch)) {
      // A tone mark belongs after a vowel; after anything else it is a wrong guess.
      s += VOWELS.test(text[i - 1] ?? '') ? 2 : -3;
      continue;
    }
    const native = page === 'windows-1250' ? CZECH : page === 'windows-1254' ? TURKISH : VIET_LETTERS;
    s += native.has(ch) ? 1 : -2;
  }
  return s;
}

export const LEGACY_PAGES = ['windows-1250', 'windows-1254', 'windows-1258'] as const;

/** The Windows code page that makes the most sense of the bytes, or null when none does. */
export function guessCodePage(sample: Uint8Array): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const page of LEGACY_PAGES) {
    const s = score(new TextDecoder(page).decode(sample), page);
    if (s > bestScore) {
      best = page;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Decide how to decode a file from its first bytes. `complete` says the sample is the whole file.
 * Throws a CliError for binary files and undecidable encodings.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean, given?: string): DetectedEncoding {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3, bom: true, how: 'bom' };
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2, bom: true, how: 'bom' };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2, bom: true, how: 'bom' };
  if (given) return { encoding: checkEncodingLabel(given), skip: 0, bom: false, how: 'given' };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, skip: 0, bom: false, how: 'guessed' };
  const magic = MAGIC.find(([bytes]) => startsWith(sample, bytes));
  if (magic) throw new CliError(`not a CSV file: this looks like ${magic[1]}`);
  if (looksLikeUtf16(sample)) {
    throw new CliError('this looks like UTF-16 text without a byte-order mark; pass --encoding utf-16le (or utf-16be)');
  }
  const binary = binaryReason(sample);
  if (binary) throw new CliError(`not a CSV file: this looks like ${binary}`);
  if (isUtf8(sample, complete)) return { encoding: 'utf-8', skip: 0, bom: false, how: 'utf-8' };
  const page = guessCodePage(sample);
  if (!page) {
    throw new CliError('the file is not valid UTF-8 and its encoding could not be recognised; pass --encoding (e.g. windows-1250)');
  }
  return { encoding: page, skip: 0, bom: false, how: 'guessed' };
}
