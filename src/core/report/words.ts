/** The report's words: one speaker (language + catalogue) for every label and sentence. */
import { formatNumber, labelOf, say, type MessageParams, type Speaker } from '../messages';
import { reasonSentence, type reasonParts } from '../dedupe/evidence';
import { escapeHtml } from './escape-html';

export interface Words {
  lang: string;
  /** The text of a catalogue code, HTML-escaped (values in it are text too). */
  t(code: string, params?: MessageParams): string;
  /** A label (kind.*, rule.*, field.*), escaped. */
  label(prefix: string, code: string): string;
  /** A number in the language, escaped. */
  n(value: number): string;
  /** A duplicate group's reason as one sentence, escaped. */
  reason(parts: ReturnType<typeof reasonParts>): string;
}

export function wordsOf(speaker: Speaker): Words {
  return {
    lang: speaker.lang,
    t: (code, params) => escapeHtml(say(speaker, code, params) ?? code),
    label: (prefix, code) => escapeHtml(labelOf(speaker, prefix, code)),
    n: (value) => escapeHtml(formatNumber(speaker.lang, value)),
    reason: (parts) => escapeHtml(reasonSentence(speaker, parts)),
  };
}
