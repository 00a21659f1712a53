/**
 * Person names: re-case a name only when it was typed in ALL CAPS or all lower-case. Anything in
 * mixed case ("McDonald", "van der Berg", "DeShawn") is the person's own spelling and is kept;
 * only its whitespace is cleaned. Name order is never changed (Vietnamese, Hungarian and many
 * Asian names put the family name first).
 */
import type { Cell, Normalized } from './types';
import { textInput, unchanged } from './cell';
import { cleanText } from './text';

// --- Unicode / Turkish-aware casing, shared with the company normalizer -------------------------

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

// --- Name rules ---------------------------------------------------------------------------------

// Family-name particles written in lower case when they are inside a name (Dutch, German, French,
// Italian, Spanish, Portuguese, and Malay/Indonesian bin/binti "son/daughter of").
const PARTICLES = 'van von der den de da di du del della dei des la le lo ter ten dos das do bin binti bint y';
// Scottish/Irish "Mac" surnames that take a second capital. A list, not a rule, because most
// words that start with "mac" are not such names: Mack, Macy, Machado, Macias, Macek.
const MAC_NAMES =
  'macdonald macleod macmillan mackenzie mackay macintyre macgregor macarthur macaulay macneil macpherson maclean ' +
  'maclachlan macdougall macfarlane mackintosh maccallum mackinnon macrae macdermott macbeth maclennan macaskill ' +
  'macquarie macnab macewan macinnes macisaac maciver macneill macnamara maclaren macdowell macalister macallister ' +
  'mackenna macguire maccormack maccarthy macgowan macleish maclellan macmahon macmanus macneal macdonell';
// Common Vietnamese family names: a name that starts with one is Vietnamese, where "Van" and "Vi"
// are given/middle names (Nguyen Van An, Tran Thi Vi), not a Dutch particle or a numeral.
const VIETNAMESE_SURNAMES =
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh luong ' +
  'cao doan ha la quach ta thai tong vuong kieu lai chau';
const SUFFIXES: Record<string, string> = { jr: 'Jr', sr: 'Sr', jnr: 'Jnr', snr: 'Snr' };
const ROMAN = /^(ii|iii|iv|vi|vii|viii|ix)$/;
// Letters Vietnamese has and the other supported languages do not (ơ ư ă đ, and the precomposed
// tone-marked vowels of the Latin Extended Additional block).
const VIETNAMESE_LETTERS = /[ăâđơưĂÂĐƠƯ\u1EA0-\u1EF9]/;
const NOT_A_NAME = /[\p{N}@]|^[=+]|:\/\/|www\./u;
const APOSTROPHES = /['’]/;

interface Lists {
  particles: Set<string>;
  mac: Set<string>;
  vietnamese: Set<string>;
}
let lists: Lists | undefined;
// Built on first use: Apps Script re-evaluates the bundle on every custom-function call.
function getLists(): Lists {
  lists ??= {
    particles: new Set(PARTICLES.split(' ')),
    mac: new Set(MAC_NAMES.split(' ')),
    vietnamese: new Set(VIETNAMESE_SURNAMES.split(' ')),
  };
  return lists;
}

interface Ctx {
  turkish: boolean;
  vietnamese: boolean;
}

/** Case one hyphen-free piece of a name ("MCDONALD", "O'BRIEN", "J.", "III"). */
function casePiece(piece: string, ctx: Ctx, pos: { first: boolean; last: boolean }, lists: Lists): string {
  const lead = /^[("“'‘]*/.exec(piece)?.[0] ?? '';
  if (lead) return lead + casePiece(piece.slice(lead.length), ctx, pos, lists);
  const lower = lowerCase(piece, ctx.turkish);
  const bare = lower.replace(/[.,;:()"”’']+$/g, '');
  const tail = piece.slice(bare.length);
  if (bare === '') return piece;
  // Initials: "J.", "J.R.R." stay capitals.
  if (/^(\p{L}\.)+\p{L}?$/u.test(bare + (tail.startsWith('.') ? '.' : ''))) return upperCase(piece, ctx.turkish);
  if (!pos.first) {
    const suffix = SUFFIXES[bare];
    if (suffix) return suffix + tail;
    if (!ctx.vietnamese && ROMAN.test(bare)) return upperCase(bare, false) + tail;
    if (!pos.last && !ctx.vietnamese && lists.particles.has(bare)) return lower;
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
  if (lists.mac.has(bare)) return 'Mac' + capitalize(bare.slice(3), ctx.turkish) + tail;
  return capitalize(bare, ctx.turkish) + tail;
}

function recase(text: string, ctx: Ctx): string {
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

export function normalizeName(input: Cell): Normalized {
  const start = textInput(input);
  if ('done' in start) return start.done;
  const text = cleanText(start.text);
  // Digits, @, formulas and links: probably not a person's name (an email or phone in the wrong
  // column). Leave it for a person to look at.
  if (NOT_A_NAME.test(text)) return unchanged(input, ['suspicious'], 'does not look like a person name (digits, @ or a link); left as is');
  const kind = letterCase(text);
  if (kind === 'upper' || kind === 'lower') {
    const value = recase(text, { turkish: isTurkishText(text), vietnamese: isVietnamese(text) });
    if (value !== text) {
      const why = kind === 'upper' ? 're-cased ALL CAPS name' : 're-cased all lower-case name';
      return { value, changed: value !== input, rule: 'name.case', why, flags: [] };
    }
  }
  if (text !== start.text) {
    return { value: text, changed: true, rule: 'name.whitespace', why: 'removed extra or invisible spaces', flags: [] };
  }
  return { value: text, changed: false, rule: 'none', why: '', flags: [] };
}
