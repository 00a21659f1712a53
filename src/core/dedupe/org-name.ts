/**
 * A company name read for matching one account list row against another, on top of the company
 * normalizer's key (which removes a legal form it finds at the start or the end):
 *   - a legal form anywhere else goes too, with what follows it when that is an address tail
 *     ("ALCATEL N.V., AMSTERDAM, NL", "PHILIPS N.V. GROENEWOUDSEWEG 1", "N.V. PHILIPS'");
 *   - the royal honorific is one word in every language (Koninklijke = Royal) and is set apart,
 *     because it is often left out ("Philips Electronics" is "Koninklijke Philips Electronics");
 *   - the letters alone ("D.S.M." = "DSM", "DSMIP ASSETS" = "DSM IP ASSETS") and the initials
 *     ("IBM" = "International Business Machines") are kept for comparison.
 */
import type { Cell } from '../table';
import { companyKey, normalizeCompany } from '../normalize/company';
import { foldText } from '../normalize/text';
import { isPlaceholder } from '../normalize/placeholder';
import { damerau } from './similarity';
import { CURATED_LEGAL_FORMS } from '../data/legal-forms-curated';
import { GENERATED_LEGAL_FORMS } from '../data/legal-forms.generated';

export interface OrgName {
  /** Words of the name: folded, no legal form, no honorific, no address tail. */
  key: string;
  /** The same words sorted and unique. */
  words: string[];
  /** Letters and digits only: "dsm ip assets" and "dsmip assets" meet here. */
  compact: string;
  /** First letters of the words (of three or more words): "international business machines" -> "ibm". */
  initials: string;
  /** The name carried Koninklijke / Royal. */
  honorific: boolean;
  /** The whole name as the company normalizer writes it (legal form in one spelling), folded. */
  legal: string;
}

// The royal honorific of the product's and their neighbours' languages (Dutch, Swedish, Danish,
// Norwegian); all mean "Royal" and are dropped by many writers.
const HONORIFICS = new Set(['royal', 'koninklijke', 'kungliga', 'kongelige', 'kongelig']);
// Words that join a name rather than make it: not part of the initials.
const JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'van', 'der', 'den', 'von', 'und', 've', 'och', 'dan', 'a', 'i']);

/**
 * How many leading words are the royal honorific, also when mistyped, cut short or split
 * ("Koninklike", "Konink.", "Konin klijke"): it is the first word and long, so a slip in it is
 * still recognisable.
 */
function honorificWords(words: readonly string[]): number {
  const isHonorific = (w: string) => HONORIFICS.has(w) || [...HONORIFICS].some((h) => h.length >= 8 && w.length >= 5 && (h.startsWith(w) || damerau(w, h, 2) <= 2));
  if (words.length > 2 && isHonorific(words[0]! + words[1]!)) return 2;
  if (words.length > 1 && isHonorific(words[0]!)) return 1;
  return 0;
}

let legalForms: { short: Set<string>; long: string[] } | undefined;

/** Legal forms as letter keys ("n.v." -> "nv"); long names ("naamloze vennootschap") for the start only. */
function forms(): { short: Set<string>; long: string[] } {
  if (legalForms) return legalForms;
  const short = new Set<string>();
  const long: string[] = [];
  const add = (spelling: string) => {
    const letters = foldText(spelling).replace(/ /g, '');
    if (letters.length >= 2 && letters.length <= 6) short.add(letters);
  };
  for (const line of CURATED_LEGAL_FORMS) {
    const [s = '', l = '', , , variants = ''] = line.split('|');
    add(s);
    for (const v of variants.split(';')) add(v);
    if (l) long.push(foldText(l));
  }
  for (const line of GENERATED_LEGAL_FORMS.split('\n')) {
    const [s = '', l = ''] = line.split('|');
    add(s);
    if (l) long.push(foldText(l));
  }
  legalForms = { short, long: long.filter((l) => l.includes(' ')) };
  return legalForms;
}

/** Length in words of a legal form starting at word i (one or two words: "nv", "n v", "b v"), else 0. */
function formAt(words: readonly string[], i: number): number {
  const f = forms();
  const one = words[i] ?? '';
  const two = one + (words[i + 1] ?? '');
  if (i + 1 < words.length && two.length <= 6 && f.short.has(two) && one.length <= 2) return 2;
  return f.short.has(one) ? 1 : 0;
}

/** The name's words without legal forms: a form in front is dropped, a form inside ends the name. */
function withoutForms(words: string[], raw: string): string[] {
  let start = 0;
  for (const l of forms().long) if ((words.join(' ') + ' ').startsWith(`${l} `)) start = l.split(' ').length;
  while (start < words.length - 1 && formAt(words, start) > 0) start += formAt(words, start);
  for (let i = start + 1; i < words.length; i++) {
    const n = formAt(words, i);
    // Inside a name, a form is its end only when an address tail follows it (a comma, a dash,
    // a house number) or nothing does: "Acme AS Roma" keeps its words.
    if (n > 0 && (i + n === words.length || addressTail(raw))) return words.slice(start, i);
  }
  return words.slice(start);
}

function addressTail(raw: string): boolean {
  return /[,\-–]\s*\S|\d/.test(raw);
}

export function orgNameOf(cell: Cell): OrgName | null {
  if (typeof cell !== 'string' || cell.trim() === '' || isPlaceholder(cell)) return null;
  const all = foldText(cell).split(' ').filter((w) => w !== '');
  const keyed = foldText(companyKey(cell) || cell).split(' ').filter((w) => w !== '');
  // The normalizer's key when it found the form; the whole text when a form it does not place is inside.
  let words = withoutForms(keyed.length < all.length ? keyed : all, cell);
  if (words.length === 0) words = keyed;
  const lead = honorificWords(words);
  const honorific = lead > 0;
  if (words.length > lead) words = words.slice(lead);
  const key = words.join(' ');
  if (key === '') return null;
  const content = words.filter((w) => !JOINERS.has(w));
  return {
    key,
    words: [...new Set(words)].sort(),
    compact: words.join(''),
    initials: content.length >= 3 ? content.map((w) => w[0]).join('') : '',
    honorific,
    legal: foldText(String(normalizeCompany(cell).value ?? cell)),
  };
}
