// "CRM Lists": the one value map the user edits. Created with the defaults when missing.
import type { Cell } from '../core/table';
import { defaultValueMap, effectiveValueMap, parseValueMap, serializeValueMap, type ValueMap } from '../core/lists/value-map';
import { LISTS_SHEET } from './sheet-names';
import { listRows } from '../core/lists/list-rows';
import { ensureSheet, growTo } from './addon-sheets';

export interface ListsRead {
  map: ValueMap;
  problems: string[];
  created: boolean;
}

export function readValueMap(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ListsRead {
  let sheet = ss.getSheetByName(LISTS_SHEET);
  let created = false;
  if (!sheet) {
    const block = serializeValueMap(defaultValueMap());
    // A sheet people edit keeps a new sheet's empty rows to type into.
    sheet = ensureSheet(ss, LISTS_SHEET, [], false, null);
    growTo(sheet, block.length, 3);
    const range = sheet.getRange(1, 1, block.length, 3);
    range.setNumberFormat('@');
    range.setValues(block);
    sheet.setFrozenRows(1);
    created = true;
    return { map: effectiveValueMap(defaultValueMap()), problems: [], created };
  }
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { map: effectiveValueMap(undefined), problems: [], created };
  const parsed = parseValueMap(sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][]);
  return { map: effectiveValueMap(parsed.map), problems: parsed.problems, created };
}

/**
 * The cells of "CRM Lists" holding one list's values (column B), for a dropdown longer than a list
 * of items may be; 'split' when other lists' rows come between; null when the list is not there.
 */
export function listRange(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.Range | 'split' | null {
  const sheet = ss.getSheetByName(LISTS_SHEET);
  const lastRow = sheet?.getLastRow() ?? 0;
  if (!sheet || lastRow === 0) return null;
  const rows = listRows(sheet.getRange(1, 1, lastRow, 2).getValues() as Cell[][], key);
  if (rows === null || rows === 'split') return rows;
  return sheet.getRange(rows.first, 2, rows.last - rows.first + 1, 1);
}

/** Shows "CRM Lists" (created with the default lists when missing) so the user can edit it. */
export function openValueMap(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  readValueMap(ss);
  ss.getSheetByName(LISTS_SHEET)?.activate();
}
