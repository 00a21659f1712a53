// The spreadsheet: its sheets, protections, toasts, locale; enforces protection and cell limits.
import type { Box } from './a1';
import { FakeSheet } from './sheet';
import { FakeRange } from './range';
import { FakeProtection, PROTECTED_ERROR, ProtectionType } from './protection';
import { MAX_SPREADSHEET_CELLS } from './sheet-data';
import { checkTimeZone } from './zone';

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet {
  readonly __kind = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  activeRange: FakeRange | null = null;
  protections: FakeProtection[] = [];
  toasts: Toast[] = [];
  /** The longest text (value or formula) written to any cell, in characters: tests check limits. */
  longestWrite = 0;
  private nextSheetId = 0;

  constructor(
    readonly currentUser: () => string,
    public locale = 'en_US',
    public timeZone = 'Etc/UTC',
  ) {
    this.active = this.addSheet('Sheet1');
  }

  addSheet(name: string, index?: number, maxRows = 1000, maxColumns = 26): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.checkCellLimit(maxRows * maxColumns);
    const sheet = new FakeSheet(this, name, this.nextSheetId++ === 0 ? 0 : 100000 + this.nextSheetId, maxRows, maxColumns);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  // ---- Apps Script surface
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getName(): string {
    return 'CRM';
  }
  getSheets(): FakeSheet[] {
    return this.sheets.slice();
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheet = this.addSheet(name ?? `Sheet${this.sheets.length + 1}`, index);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets[0] as FakeSheet;
  }
  getActiveSheet(): FakeSheet {
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.active = sheet;
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange && this.activeRange.sheet === this.active ? this.activeRange : null;
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.active = range.sheet;
    this.activeRange = range;
    return range;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  /** Date cells keep their wall clock when the zone changes (zone.ts): they now mean other instants. */
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = checkTimeZone(timeZone);
  }
  toast(message: string, title = '', _timeoutSeconds?: number): void {
    this.toasts.push({ message: String(message), title: String(title) });
  }
  getProtections(type: string): FakeProtection[] {
    if (type !== ProtectionType.RANGE && type !== ProtectionType.SHEET) throw new Error('Invalid argument: type');
    return type === ProtectionType.RANGE ? this.protections.slice() : [];
  }

  // ---- internals used by sheets and ranges
  renameSheet(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = name;
  }
  addProtection(sheet: FakeSheet, box: Box): FakeProtection {
    const host = {
      currentUser: this.currentUser,
      removeProtection: (p: FakeProtection) => {
        this.protections = this.protections.filter((x) => x !== p);
      },
      rangeFor: (sheetId: number, b: Box) => new FakeRange(this.getSheetById(sheetId) as FakeSheet, b),
    };
    const p = new FakeProtection(host, sheet.id, { ...box }, [this.currentUser()]);
    this.protections.push(p);
    return p;
  }
  checkWritable(sheet: FakeSheet, box: Box): void {
    const user = this.currentUser();
    for (const p of this.protections) if (p.blocks(sheet.id, box, user)) throw new Error(PROTECTED_ERROR);
  }
  shiftProtections(sheet: FakeSheet, shift: (b: Box) => Box | null): void {
    this.protections = this.protections.filter((p) => {
      if (p.sheetId !== sheet.id) return true;
      const b = shift(p.box);
      if (b) p.box = b;
      return b !== null;
    });
  }
  noteWrite(length: number): void {
    if (length > this.longestWrite) this.longestWrite = length;
  }
  /** Cells of every sheet (rows x columns), what Sheets counts against its 10,000,000 limit. */
  totalCells(): number {
    let total = 0;
    for (const s of this.sheets) total += s.rows.length * s.maxColumns;
    return total;
  }
  checkCellLimit(extra: number): void {
    const total = extra + this.totalCells();
    if (total > MAX_SPREADSHEET_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`);
    }
  }
}
