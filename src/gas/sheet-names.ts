// Names of the sheets the add-on creates (DESIGN.md "Sheets the add-on creates").
export const ARCHIVE_SHEET = 'CRM Archive';
export const LOG_SHEET = 'CRM Hygiene Log';
export const LISTS_SHEET = 'CRM Lists';
/** One row per audit, read and written by history-sheet.ts only. */
export const HISTORY_SHEET = 'CRM Audit History';
/** Hidden: the journal of the last clean, everything "Undo last clean" needs. */
export const UNDO_SHEET = 'CRM Undo';
/** Hidden: the remaining steps of a clean that continues in the background (time-boxed chunks). */
export const QUEUE_SHEET = 'CRM Clean Queue';

/** Hidden: the "not a duplicate" decisions (decisions-sheet.ts). */
export const DECISIONS_SHEET = 'CRM Decisions';

export const ADDON_SHEETS = [ARCHIVE_SHEET, LOG_SHEET, LISTS_SHEET, HISTORY_SHEET, UNDO_SHEET, QUEUE_SHEET, DECISIONS_SHEET];

export function isAddonSheet(name: string): boolean {
  return ADDON_SHEETS.includes(name);
}
