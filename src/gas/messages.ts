// What the server says, as codes with parameters (src/core/messages): `said` makes a message with
// its English text from the English catalogue; `inLanguage` says one in a language of the UI.
import { CodedError, say, sayMessage, type Language, type MessageParams, type UserMessage } from '../core/messages';
import { CATALOGUES } from '../../sidebar/i18n/catalogues';

const ENGLISH = { lang: 'en', catalogue: CATALOGUES.en };

/** A message of the catalogues (`msg.*`), English text included; further sentences in `more`. */
export function said(code: string, params: MessageParams = {}, more?: UserMessage[]): UserMessage {
  const m: UserMessage = { code, params, message: say(ENGLISH, code, params) ?? code };
  if (more && more.length > 0) m.more = more;
  return m;
}

/** An error for the person who clicked: its text says it in English and carries the code. */
export function userError(code: string, params: MessageParams = {}): CodedError {
  return new CodedError(said(code, params));
}

export function inLanguage(m: UserMessage, lang: Language): string {
  return sayMessage({ lang, catalogue: CATALOGUES[lang], fallback: CATALOGUES.en }, m);
}

/** A label or sentence of the catalogues in a language (menu captions, dialog titles). */
export function text(code: string, lang: Language, params: MessageParams = {}): string {
  return say({ lang, catalogue: CATALOGUES[lang], fallback: CATALOGUES.en }, code, params) ?? code;
}
