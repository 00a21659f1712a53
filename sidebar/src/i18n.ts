// The sidebar's words: the six catalogues and lookups over them. Keys ending in _one/_few/_many/
// _other are plural forms picked by `n`; {name} placeholders are filled with text (never HTML).
// The rules live in src/core/messages, which the menu and the report use too.
import { CATALOGUES } from '../i18n/catalogues';
import { LANGUAGES, formatNumber, labelOf, pickLanguage, say, sayMessage, type MessageParams, type MessageRef, type Speaker } from '../../src/core/messages';

export { LANGUAGES, pickLanguage };

let speaker: Speaker = { lang: 'en', catalogue: CATALOGUES.en, fallback: CATALOGUES.en };

export function setLanguage(code: string): void {
  const lang = pickLanguage(code);
  speaker = { lang, catalogue: CATALOGUES[lang], fallback: CATALOGUES.en };
  document.documentElement.lang = lang;
}

export function currentLanguage(): string {
  return speaker.lang;
}

/** The UI language's speaker, for the shared sentence builders of src/core. */
export function currentSpeaker(): Speaker {
  return speaker;
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
