/**
 * Shared shapes of the normalizers. Every normalizer is a pure function from a cell value to a
 * `Normalized` result: the value to write, whether it changed, a machine-readable rule and a
 * sentence a person can read, plus flags for what a human should look at.
 */

/** A cell value as Apps Script's getValues() gives it (and as the CSV reader produces it). */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * What a normalizer noticed about a value that it could not (or should not) fix. One list for
 * every normalizer; the audit turns some of them into finding kinds (audit/kinds.ts), and the
 * sidebar has a label for each (`flag.<name>` in sidebar/i18n).
 */
export const FLAGS = [
  'invalid', // not a valid phone / email / date ...
  'suspicious', // valid but probably wrong (e.g. a typo it would not auto-fix)
  'role-account', // info@, sales@ ...
  'disposable', // mailinator.com ...
  'ambiguous', // Korea, Congo: several canonical values fit; 03/04/2024 in a column with no day/month evidence
  'unrecognized', // not in the table (country, title) - left as typed
  'error-value', // #N/A, #REF! ...
  'too-long', // longer than the normalizers are willing to parse
  'placeholder', // N/A, -, TBD, "tidak ada": a missing value, left as typed
  'several-values', // two phone numbers in one cell: the first normalized, the rest kept after it
  'far-future', // a date years ahead (2099): a typo or a placeholder date
] as const;

export type Flag = (typeof FLAGS)[number];

export interface Normalized {
  /** The value to write. Equal to the input (trimmed when it is text) when nothing was done. */
  value: Cell;
  /** True when `value` differs from the input as given. */
  changed: boolean;
  /** Machine-readable reason, `<field>.<what>` (e.g. `phone.e164`, `email.typo`), or `none`. */
  rule: string;
  /** One English sentence that explains the change or the flag ("fixed typo gmail.cmo -> gmail.com"). */
  why: string;
  flags: Flag[];
}

/** What every normalizer accepts: a team's own placeholder tokens (placeholderSet(settings.placeholders)). */
export interface PlaceholderOptions {
  placeholders?: ReadonlySet<string>;
}

export type PhoneFormat = 'E164' | 'INTERNATIONAL' | 'NATIONAL';

/** How company legal forms are written: `short` (Inc., s.r.o.), `long` (Incorporated) or `none` (stripped). */
export type LegalFormStyle = 'short' | 'long' | 'none';

/** Values longer than this are returned untouched: nobody types a 5,000-character phone number. */
export const MAX_NORMALIZE_LENGTH = 1000;
