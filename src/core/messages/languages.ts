/** The languages of the UI and the report, and how a locale picks one of them. */

export const LANGUAGES = ['en', 'id', 'vi', 'cs', 'sv', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, as a language picker shows it (never translated). */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  vi: 'Tiếng Việt',
  cs: 'Čeština',
  sv: 'Svenska',
  tr: 'Türkçe',
};

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);
}

/** The language for a locale such as 'id', 'sv-SE', 'pt_BR' (English when unsupported). */
export function pickLanguage(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  // Java's old code for Indonesian, still seen in Apps Script locales.
  if (base === 'in') return 'id';
  return isLanguage(base) ? base : 'en';
}
