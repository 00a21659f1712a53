// Message catalogues and lookup. Keys ending in _one/_few/_many/_other are plural forms picked
// with Intl.PluralRules; {name} placeholders are filled with text (never HTML).
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import vi from '../i18n/vi.json';
import cs from '../i18n/cs.json';
import sv from '../i18n/sv.json';
import tr from '../i18n/tr.json';

export type Messages = Record<string, string>;

export const CATALOGUES: Record<string, Messages> = { en, id, vi, cs, sv, tr };
export const LANGUAGES = Object.keys(CATALOGUES);

let lang = 'en';
let messages: Messages = en;

/** The catalogue for a locale such as 'id', 'sv-SE', 'pt_BR' (English when unsupported). */
export function pickLanguage(locale: string | undefined | null): string {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'in') return 'id'; // Java's old code for Indonesian, still seen in Apps Script locales
  return base in CATALOGUES ? base : 'en';
}

export function setLanguage(code: string): void {
  lang = pickLanguage(code);
  messages = CATALOGUES[lang] ?? en;
  document.documentElement.lang = lang;
}

export function currentLanguage(): string {
  return lang;
}

export type Params = Record<string, string | number>;

export function t(key: string, params: Params = {}): string {
  let text = messages[key] ?? (en as Messages)[key];
  if (text === undefined && typeof params.n === 'number') {
    const form = new Intl.PluralRules(lang).select(params.n);
    text = messages[`${key}_${form}`] ?? messages[`${key}_other`] ?? (en as Messages)[`${key}_other`];
  }
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? format(params[name] as string | number) : m));
}

/** The label for a code such as kind.invalid-phone or field.email; the code itself when there is none. */
export function label(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

/** True when the catalogue (or English) has the key. */
export function has(key: string): boolean {
  return key in messages || key in (en as Messages);
}

export function format(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
}
