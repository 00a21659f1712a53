// STUB: replaced by the country normalizer.
import type { Cell, Normalized } from './types';
import { unchanged } from './cell';

export interface CountryOptions {
  /** 'name' (English name, default), 'iso2', or a language code (id, vi, cs, sv, tr, ...) for the local name. */
  output?: string;
}

export interface CountryResult extends Normalized {
  iso2?: string;
}

export function normalizeCountry(input: Cell, _opts: CountryOptions = {}): CountryResult {
  return unchanged(input);
}

/** ISO alpha-2 code for any spelling, or null when unknown or ambiguous. */
export function countryToIso2(_input: Cell): string | null {
  return null;
}
