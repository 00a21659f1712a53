// The sidebar's words: the six catalogues and lookups over them. Keys ending in _one/_few/_many/
// _other are plural forms picked by `n`; {name} placeholders are filled with text (never HTML).
// The rules live in src/core/messages, which the menu and the report use too.
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import vi from '../i18n/vi.json';
import cs from '../i18n/cs.json';
import sv from '../i18n/sv.json';
import tr from '../i18n/tr.json';
import { LANGUAGES, formatNumber, labelOf, pickLanguage, say, sayMessage, type Catalogue, type Language, type MessageParams, type MessageRef, type Speaker } from '../../src/core/messages';

export { LANGUAGES, pickLanguage };
export const CATALOGUES: Record<Language, Catalogue> = { en, id, vi, cs, sv, tr };

let speaker: Speaker = { lang: 'en', catalogue: en, fallback: en };

export function setLanguage(code: string): void {
  const lang = pickLanguage(code);
  speaker = { lang, catalogue: CATALOGUES[lang], fallback: en };
  document.documentElement.lang = lang;
}

export function currentLanguage(): string {
  return speaker.lang;
}

/** The text of a key in the UI language (English when missing there); the key when unknown. */
export function t(key: string, params: MessageParams = {}): string {
  return say(speaker, key, params) ?? key;
}

/** A server's message ({ code, params, message }) in the UI language, its English text as a fallback. */
export function tell(m: MessageRef & { message?: string }): string {
  return sayMessage(speaker, m);
}

/** The label for a code such as kind.invalid-phone or field.email; the code itself when there is none. */
export function label(prefix: string, code: string): string {
  return labelOf(speaker, prefix, code);
}

/** True when the catalogue (or English) has the key. */
export function has(key: string): boolean {
  return say(speaker, key, { n: 1 }) !== null;
}

export function format(value: string | number): string {
  return typeof value === 'number' ? formatNumber(speaker.lang, value) : value;
}
