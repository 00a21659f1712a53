// Refuse before writing anything when the user cannot edit part of the data (protected ranges).
import { sheetProblem } from './sheet-snapshot';

export function checkEditable(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const id = sheet.getSheetId();
  const protections = [
    ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    ...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE),
  ];
  for (const p of protections) {
    if (p.canEdit()) continue;
    const range = p.getRange();
    if (range.getSheet().getSheetId() !== id) continue;
    throw sheetProblem('msg.sheet.protected', { range: range.getA1Notation(), sheet: sheet.getName() });
  }
}
