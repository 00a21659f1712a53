// Protected ranges. A write by someone who is not an editor of a (non warning-only) protection
// fails with the error Sheets gives; warning-only protections never block a script.
import type { Box } from './a1';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export const PROTECTED_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface ProtectionHost {
  currentUser(): string;
  removeProtection(p: FakeProtection): void;
  rangeFor(sheetId: number, box: Box): unknown;
}

export class FakeProtection {
  readonly __kind = 'Protection';
  description = '';
  warningOnly = false;
  constructor(
    private readonly host: ProtectionHost,
    readonly sheetId: number,
    public box: Box,
    public editors: string[],
  ) {}
  getProtectionType(): string {
    return ProtectionType.RANGE;
  }
  getRange(): unknown {
    return this.host.rangeFor(this.sheetId, this.box);
  }
  setDescription(text: string): this {
    this.description = String(text);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  canEdit(): boolean {
    return this.warningOnly || this.editors.includes(this.host.currentUser());
  }
  getEditors(): Array<{ getEmail(): string }> {
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(email: string): this {
    if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  removeEditors(emails: string[]): this {
    this.editors = this.editors.filter((e) => !emails.includes(e));
    return this;
  }
  remove(): void {
    this.host.removeProtection(this);
  }
  blocks(sheetId: number, box: Box, user: string): boolean {
    if (this.warningOnly || sheetId !== this.sheetId || this.editors.includes(user)) return false;
    const b = this.box;
    return box.row < b.row + b.numRows && b.row < box.row + box.numRows && box.column < b.column + b.numColumns && b.column < box.column + box.numColumns;
  }
}
