// STUB: replaced by the company normalizer.
import type { Cell, LegalFormStyle, Normalized } from './types';
import { unchanged } from './cell';

export interface CompanyOptions {
  style?: LegalFormStyle;
}

export function normalizeCompany(input: Cell, _opts: CompanyOptions = {}): Normalized {
  return unchanged(input);
}

/** Matching key of a company name: folded, legal form and noise words removed. '' for blank. */
export function companyKey(input: Cell): string {
  return typeof input === 'string' ? input.trim().toLowerCase() : '';
}
