// A generated messy CRM sheet, shaped like a real one: many distinct people from six countries,
// phones typed the way each country types them (some already numbers), email typos, ALL CAPS
// names, country spellings in several languages, blanks, old activity dates, a formula column.
// Sure duplicates (~3%) and hard negatives (~2%: same name, different person) are a small share,
// placed a random distance after the row they copy, as in a sheet that grew over years.
import type { Cell } from '../../src/core/table';
import type { SheetContent } from '../fake/load-sheet';

export const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Status', 'Last contact', 'Score'];

interface Locale {
  first: string[];
  last: string[];
  /** Spellings of the country, in English and the local language. */
  country: string[];
  /** National number (without trunk prefix) of the i-th person: unique and valid. */
  nsn: (i: number) => string;
  /** How people type it: national with trunk '0', international, digits only (read as numbers). */
  forms: (nsn: string) => Cell[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const LOCALES: Locale[] = [
  {
    first: ['Siti', 'Budi', 'Agus', 'Dewi', 'Putri', 'Rizky', 'Wahyu', 'Indah', 'Eko', 'Sri', 'Yusuf', 'Ayu'],
    last: ['Rahayu', 'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Lestari', 'Nugroho', 'Setiawan', 'Gunawan', 'Halim'],
    country: ['Indonesia', 'indonesia', 'Republik Indonesia', 'ID', ''],
    nsn: (i) => `812${pad(i % 100_000_000, 8)}`,
    forms: (n) => [`0${n}`, `+62 ${n}`, Number(`62${n}`), `(0${n.slice(0, 3)}) ${n.slice(3)}`, `0${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`],
  },
  {
    first: ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đặng Văn', 'Bùi Thị'],
    last: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Linh', 'Minh', 'Nam', 'Phương', 'Tuấn'],
    country: ['Vietnam', 'Việt Nam', 'Viet Nam', 'VN'],
    nsn: (i) => `91${pad(i % 10_000_000, 7)}`,
    forms: (n) => [`0${n}`, `+84 ${n}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, Number(`84${n}`)],
  },
  {
    first: ['Jan', 'Petr', 'Jana', 'Eva', 'Tomáš', 'Lucie', 'Martin', 'Kateřina', 'Jakub', 'Tereza'],
    last: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Marek'],
    country: ['Czech Republic', 'Czechia', 'Česko', 'Česká republika', 'CZ'],
    nsn: (i) => `777${pad(i % 1_000_000, 6)}`,
    forms: (n) => [`+420 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `00420${n}`, Number(n)],
  },
  {
    first: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Eva', 'Oskar', 'Elsa'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Berg'],
    country: ['Sweden', 'Sverige', 'SE', 'sweden'],
    nsn: (i) => `70${pad(i % 10_000_000, 7)}`,
    forms: (n) => [`0${n}`, `+46 ${n}`, `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5)}`, Number(`46${n}`)],
  },
  {
    first: ['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Ahmet', 'Emine', 'Ali', 'Hatice', 'Hüseyin', 'Zeynep'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir'],
    country: ['Türkiye', 'Turkey', 'Türkiye Cumhuriyeti', 'TR'],
    nsn: (i) => `532${pad(i % 10_000_000, 7)}`,
    forms: (n) => [`0${n}`, `+90 ${n}`, `0 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, Number(`90${n}`)],
  },
  {
    first: ['John', 'Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Susan'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor'],
    country: ['USA', 'U.S.A.', 'United States', 'Amerika Serikat', 'Hoa Kỳ', 'Amerika Birleşik Devletleri', 'Spojené státy'],
    nsn: (i) => `213${pad(2_000_000 + (i % 8_000_000), 7)}`,
    forms: (n) => [`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n}`, `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`, Number(`1${n}`)],
  },
];

const COMPANY_A = ['Acme', 'Nusantara', 'Sao Mai', 'Bohemia', 'Nordic', 'Anadolu', 'Pacific', 'Golden', 'Blue River', 'Sunrise', 'Delta', 'Mekong', 'Vltava', 'Baltic', 'Bosphorus', 'Summit'];
const COMPANY_B = ['Trading', 'Logistics', 'Foods', 'Software', 'Textiles', 'Energy', 'Consulting', 'Motors', 'Media', 'Health', 'Steel', 'Retail'];
const LEGAL = ['PT {} Tbk', 'CV {}', 'Công ty TNHH {}', '{} s.r.o.', '{} a.s.', '{} AB', '{} AB (publ)', '{} Ltd. Şti.', '{} A.Ş.', '{}, Inc.', '{} LLC', '{} INC'];
const STATUS = ['New', 'baru', 'Contacted', 'new lead', 'Qualified', 'Won', ''];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'company'];

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
}

export function messySheet(rows: number, seed = 1): SheetContent {
  let s = seed;
  const rnd = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
  const pick = <T>(list: T[]): T => list[rnd(list.length)] as T;
  const values: Cell[][] = [HEADER];
  const formulas: SheetContent['formulas'] = [];
  const pending: Array<{ at: number; row: Cell[] }> = [];
  const push = (row: Cell[]): void => {
    values.push(row);
    const r = values.length;
    formulas.push({ row: r, column: 8, formula: `=LEN(A${r})`, value: String(row[0] ?? '').length });
  };
  for (let i = 0; i < rows; i++) {
    const loc = pick(LOCALES);
    const first = pick(loc.first);
    const last = pick(loc.last);
    let name = `${first} ${last}`;
    const caseRoll = rnd(10);
    if (caseRoll === 0) name = name.toUpperCase();
    else if (caseRoll === 1) name = name.toLowerCase();
    const companyName = `${pick(COMPANY_A)} ${pick(COMPANY_B)}${rnd(3) === 0 ? ` ${1 + rnd(40)}` : ''}`;
    const company = pick(LEGAL).replace('{}', rnd(6) === 0 ? companyName.toUpperCase() : companyName);
    const domain = pick(MAIL);
    const mailDomain = domain === 'company' ? `${ascii(companyName)}.example` : domain;
    let email = `${ascii(first)}.${ascii(last)}${i}@${mailDomain}`;
    if (rnd(12) === 0) email = email.replace('gmail.com', 'gmail.cmo').replace('yahoo.com', 'yaho.com');
    if (rnd(10) === 0) email = email.toUpperCase();
    if (rnd(20) === 0) email = '';
    const nsn = loc.nsn(i);
    const phone = rnd(25) === 0 ? '' : pick(loc.forms(nsn));
    const lastContact: Cell = rnd(15) === 0 ? '' : new Date(2018 + rnd(8), rnd(12), 1 + rnd(28));
    const row: Cell[] = [name, email, phone, company, pick(loc.country), pick(STATUS), lastContact, 0];
    push(row);
    const roll = rnd(100);
    if (roll < 3) {
      // Sure duplicate: same person typed again later (same email, same phone in another form).
      pending.push({ at: i + 1 + rnd(400), row: [name.toUpperCase(), email.toLowerCase(), pick(loc.forms(nsn)), rnd(2) ? company : '', pick(loc.country), pick(STATUS), lastContact, 0] });
    } else if (roll < 5) {
      // Hard negative: same name, another person (other email, phone, company).
      const other = loc.nsn(i + 5_000_000);
      pending.push({ at: i + 1 + rnd(400), row: [name, `${ascii(first)}.${ascii(last)}.${i}x@${pick(MAIL.slice(0, 4))}`, pick(loc.forms(other)), `${pick(COMPANY_A)} ${pick(COMPANY_B)}`, pick(loc.country), pick(STATUS), new Date(2024, rnd(12), 1 + rnd(28)), 0] });
    }
    for (let k = pending.length - 1; k >= 0; k--) {
      if ((pending[k] as { at: number }).at <= i) push((pending.splice(k, 1)[0] as { row: Cell[] }).row);
    }
  }
  for (const p of pending) push(p.row);
  return { values, formulas };
}
