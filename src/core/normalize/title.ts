// STUB: replaced by the job-title normalizer.
import type { Cell, Normalized } from './types';
import { unchanged } from './cell';

export interface TitleOptions {
  /** Extra aliases from the user's value map: canonical title -> variants. */
  extraAliases?: Record<string, string[]>;
}

export function normalizeTitle(input: Cell, _opts: TitleOptions = {}): Normalized {
  return unchanged(input);
}
