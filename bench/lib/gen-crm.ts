/**
 * Seeded generator of messy CRM sheets with known truth, for the scale benchmark and the unit
 * tests: people in six locales (en, id, vi, cs, sv, tr), realistic duplicates (email typos, phone
 * formats, name capitals / order / missing diacritics, "Acme Inc." vs "ACME", blanks, a second
 * email) and hard negatives (colleagues sharing a switchboard and info@, namesakes, relatives
 * sharing a home phone). Pure: no Node imports, usable from tests.
 */
import type { Cell, ColumnRoles, Table } from '../../src/core/table';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Locale {
  code: string;
  country: string;
  cc: string;
  /** National significant number length and a leading trunk prefix. */
  nsnLen: number;
  trunk: string;
  mobilePrefixes: string[];
  given: string[];
  family: string[];
  /** Vietnamese writes the family name first. */
  familyFirst?: boolean;
  middle?: string[];
  companies: string[];
  legal: string[];
  cities: string[];
  domains: string[];
}

const LOCALES: Locale[] = [
  { code: 'en', country: 'United States', cc: '1', nsnLen: 10, trunk: '', mobilePrefixes: ['213', '415', '646', '312', '617', '206'],
    given: ['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'William', 'Linda', 'David', 'Elizabeth', 'Richard', 'Barbara', 'Joseph', 'Susan', 'Thomas', 'Jessica', 'Charles', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Margaret', 'Donald', 'Sandra'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores'],
    companies: ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Vandelay Industries', 'Soylent', 'Cyberdyne Systems', 'Wonka Industries', 'Tyrell', 'Massive Dynamic', 'Pied Piper', 'Aperture Science'],
    legal: ['Inc.', 'Inc', 'LLC', 'Corp.', 'Ltd', ''], cities: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Seattle', 'Boston', 'Denver'], domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'] },
  { code: 'id', country: 'Indonesia', cc: '62', nsnLen: 11, trunk: '0', mobilePrefixes: ['812', '813', '821', '852', '857', '878'],
    given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Eko', 'Sri', 'Hendra', 'Rina', 'Joko', 'Wati', 'Andi', 'Putri', 'Rudi', 'Ayu', 'Bambang', 'Indah', 'Dedi', 'Fitri', 'Yudi', 'Lestari', 'Arif', 'Ratna', 'Fajar', 'Nur', 'Teguh', 'Maya'],
    family: ['Santoso', 'Wijaya', 'Susanto', 'Hidayat', 'Saputra', 'Kusuma', 'Pratama', 'Setiawan', 'Gunawan', 'Halim', 'Nugroho', 'Purnomo', 'Siregar', 'Simanjuntak', 'Harahap', 'Lubis', 'Wibowo', 'Hartono', 'Tanjung', 'Sihombing'],
    companies: ['Maju Jaya', 'Sinar Abadi', 'Bumi Nusantara', 'Cahaya Mandiri', 'Mitra Sejahtera', 'Karya Utama', 'Sumber Makmur', 'Indo Teknologi', 'Graha Niaga', 'Nusa Digital'],
    legal: ['PT', 'PT.', 'Tbk', 'CV', ''], cities: ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Denpasar'], domains: ['gmail.com', 'yahoo.co.id', 'outlook.com'] },
  { code: 'vi', country: 'Vietnam', cc: '84', nsnLen: 9, trunk: '0', mobilePrefixes: ['90', '91', '93', '97', '98', '86'],
    given: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Ngọc', 'Phong', 'Phương', 'Quang', 'Sơn', 'Thảo', 'Thành', 'Trang', 'Tuấn', 'Việt', 'Lợi'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
    middle: ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc'], familyFirst: true,
    companies: ['Hòa Phát', 'Minh Long', 'Sao Việt', 'Thành Công', 'Phú Thái', 'Đại Dương', 'Bình Minh', 'Tân Tiến', 'An Phát', 'Việt Tiến'],
    legal: ['Công ty TNHH', 'Công ty Cổ phần', 'TNHH', 'JSC', ''], cities: ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế'], domains: ['gmail.com', 'yahoo.com.vn', 'outlook.com'] },
  { code: 'cs', country: 'Czech Republic', cc: '420', nsnLen: 9, trunk: '', mobilePrefixes: ['601', '602', '603', '604', '720', '777'],
    given: ['Jan', 'Petr', 'Jiří', 'Pavel', 'Tomáš', 'Martin', 'Jakub', 'Lukáš', 'Eva', 'Jana', 'Hana', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Marie', 'Zdeněk', 'Michal', 'Ondřej', 'Tereza'],
    family: ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Marek', 'Pospíšil', 'Pokorný', 'Hájek', 'Král', 'Jelínek', 'Růžička', 'Beneš', 'Fiala', 'Sedláček'],
    companies: ['Pražská Strojírna', 'Moravia Tech', 'Bohemia Soft', 'Vltava Logistika', 'Český Obchod', 'Brno Data', 'Kovo Plzeň', 'Zelená Energie'],
    legal: ['s.r.o.', 'spol. s r.o.', 'a.s.', 'S.R.O.', ''], cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Liberec', 'Olomouc'], domains: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz'] },
  { code: 'sv', country: 'Sweden', cc: '46', nsnLen: 9, trunk: '0', mobilePrefixes: ['70', '72', '73', '76', '79'],
    given: ['Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Ingrid', 'Åsa', 'Björn', 'Göran'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Lindström', 'Åberg', 'Öberg'],
    companies: ['Nordisk Data', 'Svea Bygg', 'Göta Logistik', 'Norrland Energi', 'Skåne Teknik', 'Vasa Konsult', 'Fjäll Design', 'Östersjö Handel'],
    legal: ['AB', 'AB (publ)', 'Aktiebolag', 'HB', ''], cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro'], domains: ['gmail.com', 'telia.com', 'hotmail.se', 'outlook.com'] },
  { code: 'tr', country: 'Turkey', cc: '90', nsnLen: 10, trunk: '0', mobilePrefixes: ['532', '533', '535', '542', '505', '555'],
    given: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Şahin', 'Özge', 'Gül', 'Çağlar', 'Yusuf', 'Merve'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek'],
    companies: ['Anadolu Yazılım', 'Boğaziçi Lojistik', 'Ege Tekstil', 'Marmara Gıda', 'Karadeniz Enerji', 'Toros Makina', 'Kapadokya Turizm', 'İstanbul Dijital'],
    legal: ['A.Ş.', 'Ltd. Şti.', 'Limited Şirketi', 'Anonim Şirketi', ''], cities: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Konya'], domains: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'] },
];

export const CRM_HEADER = ['Name', 'Email', 'Phone', 'Company', 'City', 'Country', 'Last activity'];
export const CRM_ROLES: ColumnRoles = ['name', 'email', 'phone', 'company', 'city', 'country', 'lastActivity'];

export interface GeneratedCrm {
  table: Table;
  roles: ColumnRoles;
  /** Entity id of each row: rows with the same id are the same person. */
  entity: number[];
  /** Row pairs that look alike but are different people (colleagues, namesakes, relatives). */
  hardNegatives: Array<[number, number, string]>;
}

interface Person {
  loc: Locale;
  given: string;
  middle: string;
  family: string;
  email: string;
  phone: string; // national digits
  company: string;
  legal: string;
  city: string;
}

const FILLERS_EMAIL = ['n/a', 'test@test.com', '-', 'unknown', ''];
const FILLERS_PHONE = ['0000000', 'n/a', '-', ''];

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/ş/g, 's').replace(/Ş/g, 'S').replace(/ğ/g, 'g').replace(/ç/g, 'c');
}

export function generateCrm(rowCount: number, seed = 42): GeneratedCrm {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const rows: Cell[][] = [];
  const entity: number[] = [];
  const hardNegatives: Array<[number, number, string]> = [];
  let nextEntity = 0;
  const usedEmails = new Set<string>();

  const newPerson = (loc: Locale, over: Partial<Person> = {}): Person => {
    const given = over.given ?? pick(loc.given);
    const family = over.family ?? pick(loc.family);
    const middle = over.middle ?? (loc.middle ? pick(loc.middle) : '');
    let email = '';
    // Unique by mailbox (Gmail ignores dots), like real addresses.
    const mailbox = (e: string) => e.replace(/\.(?=[^@]*@gmail\.com$)/g, '');
    for (let i = 0; i < 20 && (email === '' || usedEmails.has(mailbox(email))); i++) {
      const local = `${fold(given).toLowerCase()}${rnd() < 0.5 ? '.' : ''}${fold(family).toLowerCase()}${rnd() < 0.6 || i > 0 ? Math.floor(rnd() * 1000) : ''}`.replace(/\s+/g, '');
      email = `${local}@${pick(loc.domains)}`;
    }
    usedEmails.add(mailbox(email));
    const phone = loc.trunk + pick(loc.mobilePrefixes) + digits(loc.nsnLen - pick(loc.mobilePrefixes).length);
    return { loc, given, middle, family, email, phone, company: over.company ?? pick(loc.companies), legal: pick(loc.legal), city: pick(loc.cities), ...over };
  };

  const nameOf = (p: Person, style: number): string => {
    const full = p.loc.familyFirst ? [p.family, p.middle, p.given].filter(Boolean).join(' ') : [p.given, p.family].join(' ');
    switch (style) {
      case 1: return full.toLocaleUpperCase(p.loc.code);
      case 2: return full.toLocaleLowerCase(p.loc.code);
      case 3: return fold(full);
      case 4: return `${p.family}, ${p.loc.familyFirst ? [p.middle, p.given].filter(Boolean).join(' ') : p.given}`;
      case 5: return p.loc.familyFirst ? `${p.given} ${p.family}` : full; // western order for a Vietnamese name
      default: return full;
    }
  };
  const phoneOf = (p: Person, style: number): string => {
    const nsn = p.loc.trunk && p.phone.startsWith(p.loc.trunk) ? p.phone.slice(p.loc.trunk.length) : p.phone;
    switch (style) {
      case 1: return `+${p.loc.cc}${nsn}`;
      case 2: return `+${p.loc.cc} ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
      case 3: return `00${p.loc.cc} ${nsn}`;
      case 4: return p.loc.cc === '1' ? `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}` : `+${p.loc.cc}-${nsn}`;
      default: return p.loc.cc === '1' ? `+1 ${nsn}` : `+${p.loc.cc} ${nsn}`;
    }
  };
  const companyOf = (p: Person, style: number): string => {
    const legal = style === 0 ? p.legal : pick(p.loc.legal);
    const base = style === 2 ? p.company.toLocaleUpperCase(p.loc.code) : p.company;
    if (legal === '') return base;
    return /^(PT|CV|Công ty|TNHH)/.test(legal) ? `${legal} ${base}` : `${base} ${legal}`;
  };
  const typo = (s: string): string => {
    if (s.length < 4) return s;
    const i = 1 + Math.floor(rnd() * (s.length - 2));
    const kind = rnd();
    if (kind < 0.4) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    if (kind < 0.7) return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)] + s.slice(i + 1);
  };
  const emailTypo = (e: string): string => {
    const [local = '', domain = ''] = e.split('@');
    const r = rnd();
    if (domain === 'gmail.com' && r < 0.4) return `${local}@${pick(['gmail.cmo', 'gmial.com', 'gmai.com', 'gmail.co'])}`;
    if (r < 0.6) return `${local.toUpperCase()}@${domain}`;
    return `${typo(local)}@${domain}`;
  };
  const date = () => {
    const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 2400) * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const push = (cells: Cell[], id: number) => {
    rows.push(cells);
    entity.push(id);
  };
  const rowOf = (p: Person) => [nameOf(p, 0), p.email, phoneOf(p, 0), companyOf(p, 0), p.city, p.loc.country, date()] as Cell[];

  while (rows.length < rowCount) {
    const loc = pick(LOCALES);
    const r = rnd();
    if (r < 0.04) {
      // Colleagues: same company, switchboard phone and info@ mailbox.
      const company = pick(loc.companies);
      const board = newPerson(loc, { company });
      const shared = `info@${fold(company).toLowerCase().replace(/[^a-z]/g, '')}.com`;
      const start = rows.length;
      const k = 2 + Math.floor(rnd() * 3);
      for (let i = 0; i < k; i++) {
        const p = newPerson(loc, { company });
        push([nameOf(p, 0), shared, phoneOf(board, i % 3), companyOf(p, i % 2), p.city, loc.country, date()], nextEntity++);
      }
      for (let i = start + 1; i < rows.length; i++) hardNegatives.push([start, i, 'colleagues sharing switchboard and info@']);
      continue;
    }
    if (r < 0.07) {
      // Namesakes: same full name, different email and phone.
      const a = newPerson(loc);
      const b = newPerson(loc, { given: a.given, family: a.family, middle: a.middle });
      push(rowOf(a), nextEntity++);
      push(rowOf(b), nextEntity++);
      hardNegatives.push([rows.length - 2, rows.length - 1, 'namesakes']);
      continue;
    }
    if (r < 0.1) {
      // Relatives: same surname and home phone, different given name and email.
      const a = newPerson(loc);
      let g = pick(loc.given);
      while (g === a.given) g = pick(loc.given);
      const b = newPerson(loc, { family: a.family, given: g, phone: a.phone, city: a.city });
      push(rowOf(a), nextEntity++);
      push([nameOf(b, 0), b.email, phoneOf(a, 1), companyOf(b, 0), a.city, loc.country, date()], nextEntity++);
      hardNegatives.push([rows.length - 2, rows.length - 1, 'relatives sharing a home phone']);
      continue;
    }
    const p = newPerson(loc);
    const id = nextEntity++;
    const first = rowOf(p);
    if (rnd() < 0.03) first[1] = pick(FILLERS_EMAIL);
    if (rnd() < 0.03) first[2] = pick(FILLERS_PHONE);
    push(first, id);
    if (rnd() < 0.25) {
      const copies = 1 + (rnd() < 0.25 ? 1 : 0) + (rnd() < 0.1 ? 1 : 0);
      for (let c = 0; c < copies; c++) {
        const row = rowOf(p);
        row[0] = nameOf(p, Math.floor(rnd() * 6));
        row[2] = phoneOf(p, Math.floor(rnd() * 5));
        row[3] = companyOf(p, Math.floor(rnd() * 3));
        // Exactly one field is made harder to match on, the others keep their value.
        const corrupt = rnd();
        if (corrupt < 0.3) row[1] = emailTypo(p.email);
        else if (corrupt < 0.45) row[1] = '';
        else if (corrupt < 0.55) row[1] = newPerson(loc, { given: p.given, family: p.family }).email; // a second address
        else if (corrupt < 0.65) row[2] = '';
        else if (corrupt < 0.75) row[0] = typo(String(row[0]));
        else if (corrupt < 0.8) row[3] = '';
        if (rnd() < 0.2) row[4] = '';
        push(row, id);
      }
    }
  }
  rows.length = Math.min(rows.length, rowCount);
  entity.length = rows.length;
  return {
    table: { header: [...CRM_HEADER], rows },
    roles: [...CRM_ROLES],
    entity,
    hardNegatives: hardNegatives.filter(([a, b]) => a < rows.length && b < rows.length),
  };
}
