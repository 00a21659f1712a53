import type { ColumnRole, ColumnRoles } from '../table';
import type { LegalFormStyle, PhoneFormat } from '../normalize/types';

/**
 * Per-document settings. Stored in document properties by the add-on and read from a JSON file by
 * the command line; every field has a default so a fresh sheet works with no setup.
 */
export interface Settings {
  /** 1-based row that holds the column headers. */
  headerRow: number;
  /** Column roles chosen by the user; detected from the headers when absent. */
  roles?: ColumnRoles;
  /** ISO alpha-2 region for phone numbers written without a country code. */
  defaultCountry?: string;
  /** Spreadsheet locale (e.g. `id_ID`), the last fallback for the default country. */
  locale?: string;
  /**
   * The spreadsheet's time zone (IANA, e.g. `Asia/Jakarta`): "today" for stale cut-offs is the
   * date there (table/zoned.ts). Unset: UTC, as the command line reads its files.
   */
  timeZone?: string;
  phoneFormat: PhoneFormat;
  /** Roles that must be filled for a row to count as complete. */
  requiredFields: ColumnRole[];
  /** A row whose last activity is older than this many months is stale. */
  staleMonths: number;
  legalFormStyle: LegalFormStyle;
  /** Output of the country column: 'name' (English), 'iso2', or a language code. */
  countryOutput: string;
  /** Duplicate score at or above which "Clean this sheet" merges without asking. */
  sureMatchScore: number;
  /** Duplicate score at or above which a pair is queued for review. */
  reviewMatchScore: number;
  /**
   * A team's own words for "nothing here" ("belum diisi", "see notes"), on top of the built-in
   * placeholders (N/A, -, TBD, "tidak ada" ...): missing values, never normalized or mapped.
   */
  placeholders?: string[];
  /** Extra aliases from the value map: list name -> canonical -> aliases. */
  valueMap?: Record<string, Record<string, string[]>>;
}

export const DEFAULT_SETTINGS: Settings = {
  headerRow: 1,
  phoneFormat: 'E164',
  requiredFields: ['name', 'email'],
  staleMonths: 18,
  legalFormStyle: 'short',
  countryOutput: 'name',
  sureMatchScore: 0.9,
  reviewMatchScore: 0.6,
};

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}

/**
 * The region whose habits the sheet's dates follow (day or month first): the spreadsheet
 * locale's region, else the default country.
 */
export function dateRegion(settings: Pick<Settings, 'locale' | 'defaultCountry'>): string | undefined {
  return regionFromLocale(settings.locale) ?? (settings.defaultCountry?.toUpperCase() || undefined);
}

/** Region from a locale such as `id_ID`, `vi-VN` or `sv_SE`; undefined when there is none. */
export function regionFromLocale(locale: string | undefined): string | undefined {
  const m = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(locale ?? '');
  return m?.[1]?.toUpperCase();
}
