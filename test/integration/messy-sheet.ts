// A generated messy CRM sheet: phones typed many ways (some already numbers), email typos,
// ALL CAPS names, country spellings, blanks, old activity dates, sure duplicates, a formula column.
import type { Cell } from '../../src/core/table';
import type { SheetContent } from '../fake/load-sheet';

export const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Status', 'Last contact', 'Score'];

const FIRST = ['John', 'Siti', 'Nguyễn', 'Jan', 'Anna', 'Mehmet', 'Budi', 'Linh', 'Petr', 'Erik'];
const LAST = ['Doe', 'Rahayu', 'Văn An', 'Novák', 'Svensson', 'Yılmaz', 'Santoso', 'Trần', 'Dvořák', 'Berg'];
const COUNTRIES = ['USA', 'Indonesia', 'Vietnam', 'Czech Republic', 'Sweden', 'Türkiye', 'U.S.A.', 'Hoa Kỳ'];
const STATUS = ['New', 'baru', 'Contacted', 'new lead', 'Qualified'];

export function messySheet(rows: number, seed = 1): SheetContent {
  let s = seed;
  const rnd = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const values: Cell[][] = [HEADER];
  const formulas: SheetContent['formulas'] = [];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[rnd(FIRST.length)] as string;
    const last = LAST[rnd(LAST.length)] as string;
    const id = i;
    let name = `${first} ${last}`;
    if (rnd(4) === 0) name = name.toUpperCase();
    let email = `${first.toLowerCase().replace(/[^a-z]/g, '')}.${id}@gmail.com`;
    if (rnd(10) === 0) email = email.replace('gmail.com', 'gmail.cmo');
    if (rnd(15) === 0) email = '';
    const digits = String(812000000 + id * 7);
    const phoneForms: Cell[] = [`0${digits}`, `+62 ${digits}`, Number(`62${digits}`), `(0${digits.slice(0, 3)}) ${digits.slice(3)}`];
    const phone = phoneForms[rnd(phoneForms.length)] as Cell;
    const last2 = new Date(2020 + rnd(6), rnd(12), 1 + rnd(28));
    values.push([name, email, phone, `PT Acme ${id % 50} Tbk`, COUNTRIES[rnd(COUNTRIES.length)] as string, STATUS[rnd(STATUS.length)] as string, last2, 0]);
    formulas.push({ row: values.length, column: 8, formula: `=LEN(A${values.length})`, value: name.length });
    // Every 20th row gets an exact duplicate a few rows below (same email and phone).
    if (i % 20 === 5) {
      values.push([name.toUpperCase(), email.toUpperCase(), `0${digits}`, '', COUNTRIES[0] as string, '', last2, 0]);
      formulas.push({ row: values.length, column: 8, formula: `=LEN(A${values.length})`, value: name.length });
    }
  }
  return { values, formulas };
}
