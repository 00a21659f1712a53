// Refuse before writing anything when the user cannot edit part of the data (protected ranges).
import { SheetProblem } from './sheet-snapshot';

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
    throw new SheetProblem(
      `${range.getA1Notation()} on "${sheet.getName()}" is protected and you are not allowed to edit it. ` +
        'Ask the owner to give you edit access (Data > Protect sheets and ranges) and run again; nothing was changed.',
    );
  }
}
