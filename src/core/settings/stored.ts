import type { Settings } from './index';

/**
 * Settings as the add-on keeps them in document properties (and as a CLI settings file may hold
 * them): Settings fields plus what belongs to one sheet or to the add-on's own bookkeeping. Turned
 * into the Settings of one sheet by effectiveSettings (effective.ts), and nowhere else.
 */
export interface StoredSettings extends Partial<Settings> {
  /** Column roles per sheet name, when the user chose them. */
  rolesBySheet?: Record<string, Settings['roles']>;
  /** Header row per sheet name. */
  headerRowBySheet?: Record<string, number>;
  /** Dropdowns: reject values outside the list (true) or only warn (false, the default). */
  rejectInvalid?: boolean;
  /**
   * Pairs of row fingerprints the user said are not duplicates, as earlier versions of the add-on
   * kept them (they now live in a hidden sheet; the add-on moves these there on first read). A
   * settings file of the command line may still list them.
   */
  notDuplicates?: Array<[string, string]>;
  /** Advanced: time budget of one execution of a clean (ms) and rows per write step. */
  cleanBudgetMs?: number;
  cleanChunkRows?: number;
}
