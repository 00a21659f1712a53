// "Set up dropdowns" and "Protect key columns" as Sheets holds them: the rule covers the whole
// column below the header (rows typed later too), a list past the 500 values a dropdown list holds
// reads its values from their cells in "CRM Lists", and protecting the same columns twice adds one
// protection.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import type { Cell } from '../../src/core/table';

const lastAlert = (h: ReturnType<typeof harness>): string => h.gas.ui.alerts.at(-1)?.prompt ?? '';
const TITLES = Array.from({ length: 600 }, (_, i) => `Regional Manager ${String(i + 1).padStart(3, '0')}`);

function crm(listRows: Cell[][]): ReturnType<typeof harness> {
  const h = harness({
    values: [
      ['Name', 'Email', 'Status', 'Job title'],
      ['Budi Santoso', 'budi@firma.co.id', 'baru', 'Regional Manager 001'],
      ['Jana Nováková', 'jana@firma.cz', 'Won', 'Regional Manager 599'],
    ],
  });
  h.gas.addSheet('CRM Lists', { values: [['List', 'Value', 'Aliases'], ['Lead status', 'New', 'baru, mới, nový, ny, yeni'], ['', 'Won', ''], ...listRows] });
  return h;
}

describe('dropdowns', () => {
  it('cover the whole column below the header; past 500 values they read them from "CRM Lists"', () => {
    const h = crm(TITLES.map((t, i) => [i === 0 ? 'Job title' : '', t, '']));
    h.bundle.menuSetUpDropdowns();
    const max = h.sheet.getMaxRows();
    const status = h.sheet.getRange(2, 3, max - 1, 1).getDataValidations().map((r) => r[0]?.getCriteriaType());
    expect(new Set(status)).toEqual(new Set(['VALUE_IN_LIST']));
    expect(h.sheet.getRange(1, 3).getDataValidation()).toBeNull();
    const title = h.sheet.getRange(max, 4).getDataValidation();
    expect(title?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    const [range, dropdown] = title?.getCriteriaValues() as [{ getA1Notation(): string; getSheet(): { getName(): string } }, boolean];
    expect(range.getSheet().getName()).toBe('CRM Lists');
    expect(range.getA1Notation()).toBe('B4:B603');
    expect(dropdown).toBe(true);
    expect(lastAlert(h)).toMatch(/Job title: 600 values are more than a dropdown list holds \(500\), so its dropdown reads them from “CRM Lists” \('CRM Lists'!B4:B603\)/);
    expect(h.sheet.getRange('C2').getValue()).toBe('New');
  });

  it('a long list split by another list gets no rule, and the message says how to fix it', () => {
    const rows: Cell[][] = TITLES.map((t, i) => [i === 0 ? 'Job title' : '', t, '']);
    rows.splice(300, 0, ['Lead source', 'Web', '']);
    rows.splice(301, 0, ['Job title', 'Sales Director', '']);
    const h = crm(rows);
    h.bundle.menuSetUpDropdowns();
    expect(h.sheet.getRange(2, 4).getDataValidation()).toBeNull();
    expect(h.sheet.getRange(2, 3).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(lastAlert(h)).toMatch(/Job title: no dropdown for its 601 values: keep that list’s rows together/);
  });
});

describe('protect key columns', () => {
  it('twice on the same columns adds one protection', () => {
    const h = crm([]);
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange('B2'));
    h.bundle.menuProtectKeyColumns();
    expect(lastAlert(h)).toMatch(/Columns B now show a warning/);
    h.bundle.menuProtectKeyColumns();
    expect(lastAlert(h)).toMatch(/Columns B were already protected by CRM Hygiene: nothing was added/);
    expect(h.gas.spreadsheet.protections).toHaveLength(1);
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange('A2:B2'));
    h.bundle.menuProtectKeyColumns();
    expect(h.gas.spreadsheet.protections).toHaveLength(2);
  });
});
