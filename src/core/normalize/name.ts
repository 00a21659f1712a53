/**
 * Person names, in the casing their owner writes them. A name typed in ALL CAPS or all lower case
 * is re-cased as a whole; in a name with mixed case only the words typed with the wrong case are
 * fixed: "budi SANTOSO" -> "Budi Santoso", "jean-luc PICARD" -> "Jean-Luc Picard", "Dr. ANNA
 * SVENSSON" -> "Dr. Anna Svensson", while deliberate forms stay ("McDonald", "van der Berg",
 * "O'Neil", "DeShawn", initials "AJ", degrees "Ph.D."). Unicode- and Turkish-aware, NFC first (a
 * decomposed "Nguyễn" is one spelling), idempotent. Name order is never changed (Vietnamese,
 * Hungarian and many Asian names put the family name first).
 */
import type { Cell, Normalized, PlaceholderOptions } from './types';
import { textInput, unchanged } from './cell';
import { cleanText } from './text';
import { capitalize, isTurkishText, letterCase, lowerCase, upperCase } from './casing';
import { MAC_NAMES, NAME_PARTICLES, NAME_SUFFIXES, TITLE_FORMS, VIETNAMESE_SURNAMES } from '../data/name-words';

const ROMAN = /^(ii|iii|iv|vi|vii|viii|ix)$/;
// Letters Vietnamese has and the other supported languages do not (ơ ư ă đ, and the precomposed
// tone-marked vowels of the Latin Extended Additional block).
const VIETNAMESE_LETTERS = /[ăâđơưĂÂĐƠƯ\u1EA0-\u1EF9]/;
const NOT_A_NAME = /[\p{N}@]|^[=+]|:\/\/|www\./u;
const APOSTROPHES = /['’]/;
const INITIALS = /^(\p{L}\.)+\p{L}?$/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const COMBINING = /\p{M}/u;
// Every word a capital and small letters ("Budi Santoso", "Anna-Karin Öberg", "Dr. Eva"): the
// most common name, with nothing to fix.
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}*\.?(?:[ -]\p{Lu}\p{Ll}*\.?,?)*$/u;

interface Lists {
  particles: Set<string>;
  mac: Set<string>;
  vietnamese: Set<string>;
  /** lower-case letters (with inner dots) -> the written form */
  forms: Map<string, string>;
  suffixes: Map<string, string>;
}
let lists: Lists | undefined;
// Built on first use: Apps Script re-evaluates the bundle on every custom-function call. Maps,
// not objects: a name such as "Constructor" is text, never a property lookup.
function getLists(): Lists {
  lists ??= {
    particles: new Set(NAME_PARTICLES.split(' ')),
    mac: new Set(MAC_NAMES.split(' ')),
    vietnamese: new Set(VIETNAMESE_SURNAMES.split(' ')),
    forms: new Map(TITLE_FORMS.map((f) => [f.toLowerCase(), f])),
    suffixes: new Map(NAME_SUFFIXES.map((f) => [f.toLowerCase(), f])),
  };
  return lists;
}

interface Ctx {
  turkish: boolean;
  vietnamese: boolean;
}

interface Position {
  first: boolean;
  last: boolean;
}

/** The typed letters of `typed`, re-cased letter by letter after `form` ("PH.D." + "Ph.D" -> "Ph.D."). */
function castLike(typed: string, form: string): string {
  const letters = [...form].filter((c) => c !== '.');
  let i = 0;
  return [...typed].map((c) => (/\p{L}/u.test(c) ? (letters[i++] ?? c) : c)).join('');
}

/** Case one hyphen-free piece of a name ("MCDONALD", "O'BRIEN", "J.", "III", "PH.D."). */
function casePiece(piece: string, ctx: Ctx, pos: Position, l: Lists): string {
  const lead = /^[("“'‘]*/.exec(piece)?.[0] ?? '';
  if (lead) return lead + casePiece(piece.slice(lead.length), ctx, pos, l);
  const lower = lowerCase(piece, ctx.turkish);
  const bare = lower.replace(/[.,;:()"”’']+$/g, '');
  const tail = piece.slice(bare.length);
  if (bare === '') return piece;
  const form = l.forms.get(bare);
  if (form && !ctx.vietnamese) return castLike(piece, form);
  // Initials: "J.", "J.R.R." stay capitals.
  if (INITIALS.test(bare + (tail.startsWith('.') ? '.' : ''))) return upperCase(piece, ctx.turkish);
  if (!pos.first) {
    const suffix = l.suffixes.get(bare);
    if (suffix) return suffix + tail;
    if (!ctx.vietnamese && ROMAN.test(bare)) return upperCase(bare, false) + tail;
    if (!pos.last && !ctx.vietnamese && l.particles.has(bare)) return lower;
  }
  const apo = APOSTROPHES.exec(bare);
  if (apo && apo.index > 0 && apo.index < bare.length - 1) {
    // O'Brien, D'Angelo, N'Diaye: a one-letter prefix before the apostrophe is a word of its own.
    // Longer heads are possessives or elisions inside one word ("Ma'ruf") and stay lower-case.
    const head = bare.slice(0, apo.index);
    const rest = bare.slice(apo.index + 1);
    const mark = bare.charAt(apo.index);
    if ([...head].length === 1) return upperCase(head, ctx.turkish) + mark + capitalize(rest, ctx.turkish) + tail;
    return capitalize(bare, ctx.turkish) + tail;
  }
  if (bare.length > 3 && bare.startsWith('mc')) return 'Mc' + capitalize(bare.slice(2), ctx.turkish) + tail;
  if (l.mac.has(bare)) return 'Mac' + capitalize(bare.slice(3), ctx.turkish) + tail;
  return capitalize(bare, ctx.turkish) + tail;
}

/**
 * In a name typed in mixed case, whether one piece was typed with the wrong case: all capitals
 * ("SANTOSO", "MCDONALD"; not initials "AJ", numerals "III" or degrees), all lower case ("budi";
 * not a particle "van"), or caps-lock inverted ("jOHN"). Title case and inner capitals
 * ("McDonald", "DeShawn", "MUDr.") are the owner's own spelling.
 */
function isCaseSlip(piece: string, ctx: Ctx, l: Lists): boolean {
  const letters = piece.replace(/[^\p{L}]/gu, '');
  if (letters === '') return false;
  const bare = lowerCase(piece, ctx.turkish).replace(/^[("“'‘]+|[.,;:()"”’']+$/g, '');
  const upper = !HAS_LOWER.test(letters);
  if (upper) {
    if (l.forms.has(bare) && !ctx.vietnamese) return castLike(piece, l.forms.get(bare) ?? '') !== piece;
    if (INITIALS.test(piece.replace(/[,;:]+$/, '')) || (!ctx.vietnamese && ROMAN.test(bare))) return false;
    // Two capitals are initials ("AJ Smith"), except in a Vietnamese name ("Nguyễn Văn AN").
    return [...letters].length > 2 || ctx.vietnamese;
  }
  if (!HAS_UPPER.test(letters)) return ctx.vietnamese || !l.particles.has(bare);
  const [head = '', ...rest] = [...letters];
  const tail = rest.join('');
  // "jOHN": the first letter small and every other capital. "McDONALD", "mcDONALD": a Mc/Mac head, then capitals.
  if (!HAS_UPPER.test(head) && tail !== '' && !HAS_LOWER.test(tail)) return true;
  const mac = /^[Mm]a?c(\p{Lu}{2,})$/u.exec(letters);
  return mac !== null;
}

/** Re-case a name: every piece (`whole`, for ALL CAPS or all lower text) or only the slips. */
function recase(text: string, ctx: Ctx, whole: boolean): string {
  const l = getLists();
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      return words
        .map((word, wi) => {
          const pieces = word.split('-');
          return pieces
            .map((piece, pi) => {
              const first = wi === 0 && pi === 0;
              const last = wi === words.length - 1 && pi === pieces.length - 1;
              if (!whole && !isCaseSlip(piece, ctx, l)) return piece;
              // Arabic "al-"/"el-" joined to a family name is lower-case inside a name (Omar al-Rashid).
              if (!first && pi === 0 && pieces.length > 1 && /^(al|el)$/i.test(piece)) return lowerCase(piece, ctx.turkish);
              return casePiece(piece, ctx, { first, last }, l);
            })
            .join('-');
        })
        .join(' ');
    })
    .join('\n');
}

function isVietnamese(text: string): boolean {
  if (VIETNAMESE_LETTERS.test(text)) return true;
  const firstWord = text.split(/[\s,]/, 1)[0] ?? '';
  return getLists().vietnamese.has(firstWord.toLowerCase());
}

const WHY: Readonly<Record<'upper' | 'lower' | 'mixed', string>> = {
  upper: 're-cased ALL CAPS name',
  lower: 're-cased all lower-case name',
  mixed: 're-cased the words typed in capitals or lower case',
};

export function normalizeName(input: Cell, opts: PlaceholderOptions = {}): Normalized {
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const text = cleanText(start.text);
  // Digits, @, formulas and links: probably not a person's name (an email or phone in the wrong
  // column). Leave it for a person to look at.
  if (NOT_A_NAME.test(text)) return unchanged(input, ['suspicious'], 'does not look like a person name (digits, @ or a link); left as is');
  const kind = letterCase(text);
  if (kind !== 'none' && !TITLE_CASE_WORDS.test(text)) {
    // NFC again: an upper-cased "i̇" (i + combining dot) composes into "İ".
    let value = recase(text, { turkish: isTurkishText(text), vietnamese: isVietnamese(text) }, kind !== 'mixed');
    if (COMBINING.test(value)) value = value.normalize('NFC');
    if (value !== text) return { value, changed: value !== input, rule: 'name.case', why: WHY[kind], flags: [] };
  }
  if (text !== start.text) {
    return { value: text, changed: true, rule: 'name.whitespace', why: 'removed extra or invisible spaces', flags: [] };
  }
  return { value: text, changed: false, rule: 'none', why: '', flags: [] };
}
