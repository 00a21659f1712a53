// Issue 11, the command line: nothing is lost. normalize never overwrites its input unless told
// (--in-place, with a change log); a failed run replaces no earlier output; XLSX keeps formulas,
// links and other sheets; changes.csv gives back every original value.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { OutputBatch } from '../../src/cli/output/atomic-write';
import { filesIn, runCli, tempDir, writeFixture } from '../cli/run-cli';

const NOW = '2026-11-22';
const CSV = [
  'Họ tên,Email,Điện thoại,Công ty,Quốc gia',
  'NGUYỄN THỊ LỢI,loi.nguyen@gmail.cmo,0912 345 678,Công ty TNHH Sao Việt,Việt Nam',
  'Nguyễn Thị Lợi,loi.nguyen@gmail.com,+84 912 345 678,CÔNG TY TNHH SAO VIỆT,VN',
  'Trần Văn Đức,duc.tran@yahoo.com.vn,0983 111 222,Công ty Cổ phần Minh Long,Vietnam',
].join('\n') + '\n';

type Change = Record<'row' | 'column' | 'before' | 'after' | 'rule' | 'why', string>;
const changesOf = (path: string): Change[] => parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Change[];

describe('normalize never overwrites its input by accident (defect 5)', () => {
  it('-o naming the input, through another spelling or a link, is refused and writes nothing', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    symlinkSync(input, join(dir, 'link.csv'));
    for (const out of [input, join(dir, '.', 'crm.csv'), join(dir, 'link.csv')]) {
      const r = runCli(['normalize', input, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^crm-hygiene: refusing to overwrite the input file; .*--in-place/);
    }
    expect(readFileSync(input, 'utf8')).toBe(CSV);
    expect(filesIn(dir)).toEqual(['crm.csv', 'link.csv']);
  });

  it('--in-place normalizes the file and writes the originals to a change log beside it', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    const r = runCli(['normalize', input, '--in-place', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(filesIn(dir)).toEqual(['crm.changes.csv', 'crm.csv']);
    const rows = parse(readFileSync(input, 'utf8')) as string[][];
    expect(rows[1]).toEqual(['Nguyễn Thị Lợi', 'loi.nguyen@gmail.com', '+84912345678', 'Công ty TNHH Sao Việt', 'Vietnam']);
    const changes = changesOf(join(dir, 'crm.changes.csv'));
    expect(changes).toContainEqual(expect.objectContaining({ row: '2', column: 'Email', before: 'loi.nguyen@gmail.cmo', after: 'loi.nguyen@gmail.com', rule: 'email.typo' }));
    expect(changes).toContainEqual(expect.objectContaining({ row: '2', column: 'Họ tên', before: 'NGUYỄN THỊ LỢI' }));
    // A second run would overwrite the only record of the originals: refused.
    const again = runCli(['normalize', input, '--in-place']);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toMatch(/crm\.changes\.csv already exists .*--changes/);
    expect(runCli(['normalize', input, '--in-place', '--changes', join(dir, 'second.csv'), '-q']).code).toBe(0);
    expect(changesOf(join(dir, 'second.csv'))).toEqual([]); // already normalized: nothing changed
  });
});

describe('a failed run replaces no earlier output (defect 6)', () => {
  it('OutputBatch: when a later rename fails, the files already moved are put back', async () => {
    const dir = tempDir();
    const a = writeFixture(dir, 'cleaned.csv', 'old cleaned\n');
    const b = join(dir, 'archive.csv');
    const batch = new OutputBatch();
    const [ta, tb] = batch.reserve(a, b) as [string, string];
    writeFileSync(ta, 'new cleaned\n');
    writeFileSync(tb, 'new archive\n');
    // Someone makes a folder with files where the archive goes, after the run started.
    mkdirSync(b);
    writeFileSync(join(b, 'keep.txt'), 'x');
    expect(() => batch.commit()).toThrow(/^cannot write .*archive\.csv: /);
    expect(readFileSync(a, 'utf8')).toBe('old cleaned\n');
    expect(filesIn(dir)).toEqual(['archive.csv', 'cleaned.csv']);
    expect(filesIn(b)).toEqual(['keep.txt']);
  });

  it('clean: bad input found after earlier outputs exist leaves all four of them as they were', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    const out = join(dir, 'out');
    expect(runCli(['clean', input, '--out-dir', out, '-q', '--now', NOW]).code).toBe(0);
    const before = Object.fromEntries(filesIn(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(Object.keys(before)).toEqual(['archive.csv', 'changes.csv', 'cleaned.csv', 'report.html']);
    writeFixture(dir, 'crm.csv', `${CSV}Phạm Minh Tuấn,tuan@gmail.com,0901 234 567,An Phát,VN,extra\n`);
    const r = runCli(['clean', input, '--out-dir', out, '-q', '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ragged rows: row 5/);
    expect(Object.fromEntries(filesIn(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
  });
});

describe('changes.csv (defect 8)', () => {
  it('clean and normalize log every changed cell: row, column, before, after, rule, why', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    expect(runCli(['clean', input, '--out-dir', join(dir, 'c'), '-q', '--now', NOW]).code).toBe(0);
    expect(runCli(['normalize', input, '-o', join(dir, 'n.csv'), '-q']).code).toBe(0);
    const cleanLog = changesOf(join(dir, 'c', 'changes.csv'));
    const normLog = changesOf(join(dir, 'n.changes.csv'));
    expect(Object.keys(cleanLog[0] ?? {})).toEqual(['row', 'column', 'before', 'after', 'rule', 'why']);
    expect(normLog).toContainEqual({ row: '4', column: 'Điện thoại', before: '0983 111 222', after: '+84983111222', rule: 'phone.e164', why: expect.stringMatching(/E\.164/) });
    expect(cleanLog.some((c) => c.rule === 'merge.fill' || c.rule === 'merge.note' || c.rule.startsWith('phone'))).toBe(true);
    for (const c of [...cleanLog, ...normLog]) expect(c.why).not.toBe('');
  });
});

async function workbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('XLSX keeps formulas, links and the other sheets (defect 7)', () => {
  const make = (path: string) =>
    workbook(path, (wb) => {
      const ws = wb.addWorksheet('Kontakty');
      ws.addRow(['Jméno', 'E-mail', 'Telefon', 'Délka jména']);
      ws.addRow(['JIŘÍ DVOŘÁK', { text: 'JIRI.DVORAK@GMAIL.CMO', hyperlink: 'mailto:jiri.dvorak@gmail.com' }, '602 123 456', { formula: 'LEN(A2)', result: 11 }]);
      ws.addRow(['Jiří Dvořák', 'jiri.dvorak@gmail.com', '+420 602 123 456', { formula: 'LEN(A3)', result: 11 }]);
      ws.addRow(['Kateřina Černá', 'katka@email.cz', '777 111 222', { formula: 'LEN(A4)', result: 14 }]);
      ws.getCell('A4').note = 'VIP zákaznice';
      const other = wb.addWorksheet('Přehled');
      other.addRow(['Poslední kontakt', { formula: 'Kontakty!A4', result: 'Kateřina Černá' }]);
      other.addRow(['Poznámka', 'neměnit']);
    });

  it('normalize: formula cells untouched, link targets kept, other sheets carried through', async () => {
    const dir = tempDir();
    const input = await make(join(dir, 'crm.xlsx'));
    const r = runCli(['normalize', input, '-o', join(dir, 'out.xlsx'), '--country', 'CZ', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out.xlsx'));
    const ws = wb.getWorksheet('Kontakty') as ExcelJS.Worksheet;
    expect(ws.getCell('A2').value).toBe('Jiří Dvořák');
    expect(ws.getCell('B2').value).toEqual({ text: 'jiri.dvorak@gmail.com', hyperlink: 'mailto:jiri.dvorak@gmail.com' });
    expect(ws.getCell('C4').value).toBe('+420777111222');
    expect(ws.getCell('D2').value).toMatchObject({ formula: 'LEN(A2)' });
    expect(ws.getCell('A4').note).toBe('VIP zákaznice');
    const other = wb.getWorksheet('Přehled') as ExcelJS.Worksheet;
    expect(other.getCell('B1').value).toMatchObject({ formula: 'Kontakty!A4' });
    expect(other.getCell('B2').value).toBe('neměnit');
  });

  it('clean: the archived row leaves, formulas follow their rows, the archive keeps the formula text', async () => {
    const dir = tempDir();
    const input = await make(join(dir, 'crm.xlsx'));
    const r = runCli(['clean', input, '--out-dir', join(dir, 'o'), '--country', 'CZ', '-q', '--now', NOW]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'o', 'cleaned.xlsx'));
    const ws = wb.getWorksheet('Kontakty') as ExcelJS.Worksheet;
    expect(ws.actualRowCount).toBe(3); // header + one Jiří + Kateřina
    expect(ws.getCell('A3').value).toBe('Kateřina Černá');
    expect(ws.getCell('A3').note).toBe('VIP zákaznice');
    expect(ws.getCell('D3').value).toMatchObject({ formula: 'LEN(A3)' }); // was LEN(A4) in row 4
    expect((wb.getWorksheet('Přehled') as ExcelJS.Worksheet).getCell('B1').value).toMatchObject({ formula: 'Kontakty!A3' });
    const archive = new ExcelJS.Workbook();
    await archive.xlsx.readFile(join(dir, 'o', 'archive.xlsx'));
    const row = (archive.worksheets[0] as ExcelJS.Worksheet).getRow(2).values as unknown[];
    expect(row).toContain('=LEN(A' + String(row.at(-1)) + ')');
  });
});
