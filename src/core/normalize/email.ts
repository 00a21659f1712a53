// STUB: replaced by the email normalizer.
import type { Cell, Normalized } from './types';
import { unchanged } from './cell';

export interface EmailResult extends Normalized {
  /** The (fixed) domain, lower-case, when the address is syntactically valid. */
  domain?: string;
}

export function normalizeEmail(input: Cell): EmailResult {
  return unchanged(input);
}
