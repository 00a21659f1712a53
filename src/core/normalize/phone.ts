// STUB: replaced by the phone normalizer (libphonenumber-js).
import type { Cell, Normalized, PhoneFormat } from './types';
import { unchanged } from './cell';

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2 region used for numbers written without a country code. */
  defaultCountry?: string;
  format?: PhoneFormat;
}

export interface PhoneResult extends Normalized {
  /** The number in E.164 (no extension), when it parsed as a valid number. */
  e164?: string;
  /** ISO alpha-2 region of the number. */
  country?: string;
  /** libphonenumber number type (MOBILE, FIXED_LINE, ...). */
  type?: string;
  ext?: string;
}

export function normalizePhone(input: Cell, _opts: PhoneOptions = {}): PhoneResult {
  return unchanged(input);
}
