/**
 * A message in the reader's language: the catalogue's template for the code (the plural form
 * picked by `params.n`), else the fallback catalogue's (English), with `{name}` placeholders filled.
 * A placeholder may name a format, `{name:format}`, for values that are codes themselves:
 *   field, kind, rule  the catalogue's label (`field.email` ...), the code when there is none
 *   fields             comma-separated field codes as their labels in a list, as words inside a
 *                      sentence ("email and phone"; an acronym such as ID stays as it is)
 *   country            an ISO region code as the region's name in the language
 *   date               a calendar date 'YYYY-MM-DD' (already the spreadsheet's date) in the language
 *   weekday            MONDAY..SUNDAY as the day's name
 *   run                a journaled action (clean, merge, archive ...) as its name, msg.run.<action>
 * Values are only ever text: whoever shows the result escapes it (the sidebar sets textContent,
 * the report escapes HTML).
 */
import type { Catalogue, MessageParams, MessageRef } from './message';

export interface Speaker {
  lang: string;
  catalogue: Catalogue;
  /** Used for codes the catalogue lacks (English). */
  fallback?: Catalogue;
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) cache.set(key, (hit = make()));
  return hit;
}

function pluralForm(lang: string, n: number): string {
  return cached(`plural:${lang}`, () => new Intl.PluralRules(lang)).select(n);
}

function template(c: Catalogue, code: string, lang: string, n: unknown): string | undefined {
  const exact = c[code];
  if (exact !== undefined) return exact;
  if (typeof n !== 'number') return c[`${code}_other`];
  return c[`${code}_${pluralForm(lang, n)}`] ?? c[`${code}_other`];
}

/** The text of a code, or null when neither catalogue has it. */
export function say(speaker: Speaker, code: string, params: MessageParams = {}): string | null {
  let text = template(speaker.catalogue, code, speaker.lang, params.n);
  if (text === undefined && speaker.fallback) text = template(speaker.fallback, code, 'en', params.n);
  if (text === undefined) return null;
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(speaker, value, format);
  });
}

/** A message from a server in the reader's language; its English text when no catalogue knows the code. */
export function sayMessage(speaker: Speaker, m: MessageRef & { message?: string; more?: ReadonlyArray<MessageRef & { message?: string }> }): string {
  const first = say(speaker, m.code, m.params) ?? m.message ?? m.code;
  return [first, ...(m.more ?? []).map((x) => sayMessage(speaker, x))].join('\n');
}

/** The catalogue's label for `prefix.code` (kind.stale, field.email ...), else the code itself. */
export function labelOf(speaker: Speaker, prefix: string, code: string): string {
  return say(speaker, `${prefix}.${code}`) ?? code;
}

export function formatNumber(lang: string, n: number): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function formatValue(speaker: Speaker, value: string | number, format: string | undefined): string {
  const { lang } = speaker;
  if (format === undefined) return typeof value === 'number' ? formatNumber(lang, value) : value;
  const text = String(value);
  switch (format) {
    case 'field':
    case 'kind':
    case 'rule':
      return labelOf(speaker, format, text);
    case 'fields':
      return listOf(lang, text.split(',').filter(Boolean).map((f) => inSentence(lang, labelOf(speaker, 'field', f))));
    case 'country':
      return regionName(lang, text);
    case 'date':
      return calendarDate(lang, text);
    case 'weekday':
      return weekdayName(lang, text);
    case 'run':
      return say(speaker, `msg.run.${text}`) ?? text;
    default:
      return text;
  }
}

/** A label as a word inside a sentence: lower case, unless it is an acronym (ID, E.164). */
function inSentence(lang: string, label: string): string {
  return /\p{Ll}/u.test(label) ? label.toLocaleLowerCase(lang) : label;
}

/** The text with its first letter in upper case (a sentence that starts with a placeholder). */
export function sentenceCase(lang: string, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** "Email, phone and name" in the language; joined with commas where Intl cannot say it. */
export function listOf(lang: string, items: readonly string[]): string {
  try {
    return cached(`list:${lang}`, () => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** An ISO region code as a name ('SE' -> 'Sverige' in Swedish); the code when Intl cannot say. */
export function regionName(lang: string, code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return cached(`region:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** 'YYYY-MM-DD' as a medium date in the language; other text as it is. */
export function calendarDate(lang: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached(`date:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(d);
}

/** MONDAY..SUNDAY as the day's name in the language (1 January 2024 was a Monday). */
export function weekdayName(lang: string, day: string): string {
  const i = WEEK_DAYS.indexOf(day.toUpperCase());
  if (i < 0) return day;
  return cached(`weekday:${lang}`, () => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(2024, 0, 1 + i)));
}
