/**
 * Seeded generator of messy CRM sheets with known truth, for the scale benchmark and the unit
 * tests: people in six locales (en, id, vi, cs, sv, tr), realistic duplicates (email typos, phone
 * formats, name capitals / order / missing diacritics, "Acme Inc." vs "ACME", blanks, a second
 * email) and hard negatives (colleagues sharing a switchboard and info@, namesakes, relatives
 * sharing a home phone). Pure: no Node imports, usable from tests.
 */
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { seededRandom as mulberry32 } from '../../scripts/lib/seeded-random';

export { mulberry32 };


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

// English-language rows are the commonest, then the other five locales.
const LOCALE_ORDER = LOCALES;

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

/** Options of the generator; the defaults give a realistic sheet (see generateCrm). */
export interface GenerateOptions {
  /** Share of people entered more than once (default 0.06: about 7% of rows are duplicates). */
  duplicateRate?: number;
  /** Zipf exponent of name, company and city frequencies (default 1: common names repeat a lot). */
  zipf?: number;
}

/** Sampler with Zipf weights 1 / rank^s over a list: the first names of each list are the commonest. */
function zipfSampler(rnd: () => number, s: number): <T>(xs: readonly T[]) => T {
  const cum = new Map<readonly unknown[], Float64Array>();
  return <T>(xs: readonly T[]): T => {
    let c = cum.get(xs);
    if (!c) {
      c = new Float64Array(xs.length);
      let sum = 0;
      for (let i = 0; i < xs.length; i++) c[i] = sum += 1 / Math.pow(i + 1, s);
      for (let i = 0; i < xs.length; i++) c[i]! /= sum;
      cum.set(xs, c);
    }
    const r = rnd();
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo]!;
  };
}

/**
 * A seeded sheet with known truth. Realistic frequencies: names, companies and cities follow a
 * Zipf law, so in 100k rows one common full name (John Smith, Nguyễn Văn An, Jan Novák) belongs to
 * dozens of different people, often at the same company or in the same city. Only a small share
 * of rows are duplicates (default ~7%), each copy with one or two corruptions (case, order,
 * diacritics, phone format, typos, email typo, a second address, missing fields). Hard negatives:
 * colleagues on one switchboard and info@, namesakes (often at the same company and city),
 * relatives sharing a home phone and sometimes an email.
 */
export function generateCrm(rowCount: number, seed = 42, options: GenerateOptions = {}): GeneratedCrm {
  const rnd = mulberry32(seed);
  const dupRate = options.duplicateRate ?? 0.06;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const zipf = zipfSampler(rnd, options.zipf ?? 1);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const rows: Cell[][] = [];
  const entity: number[] = [];
  const hardNegatives: Array<[number, number, string]> = [];
  let nextEntity = 0;
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();

  const newPerson = (loc: Locale, over: Partial<Person> = {}): Person => {
    const given = over.given ?? zipf(loc.given);
    const family = over.family ?? zipf(loc.family);
    const middle = over.middle ?? (loc.middle ? zipf(loc.middle) : '');
    let email = '';
    // Unique by mailbox (Gmail ignores dots), like real addresses; common names get digits.
    const mailbox = (e: string) => e.replace(/\.(?=[^@]*@gmail\.com$)/g, '');
    for (let i = 0; i < 30 && (email === '' || usedEmails.has(mailbox(email))); i++) {
      const g = fold(given).toLowerCase().replace(/\s+/g, '');
      const f = fold(family).toLowerCase().replace(/\s+/g, '');
      const style = rnd();
      const base = style < 0.45 ? `${g}.${f}` : style < 0.7 ? `${g}${f}` : style < 0.85 ? `${g[0] ?? ''}${f}` : `${f}.${g}`;
      email = `${base}${rnd() < 0.5 || i > 0 ? Math.floor(rnd() * (i > 5 ? 100000 : 1000)) : ''}@${zipf(loc.domains)}`;
    }
    usedEmails.add(mailbox(email));
    let phone = '';
    for (let i = 0; i < 30 && (phone === '' || usedPhones.has(phone)); i++) {
      const prefix = pick(loc.mobilePrefixes);
      // The subscriber part starts with 2-9 (a NANP exchange code cannot start with 0 or 1).
      phone = loc.trunk + prefix + String(2 + Math.floor(rnd() * 8)) + digits(loc.nsnLen - prefix.length - 1);
    }
    usedPhones.add(phone);
    return { loc, given, middle, family, email, phone, company: over.company ?? zipf(loc.companies), legal: pick(loc.legal), city: zipf(loc.cities), ...over };
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
  // One digit of the subscriber number mistyped or two neighbours swapped; the format is kept.
  const phoneTypo = (ph: string): string => {
    const pos: number[] = [];
    for (let i = 0; i < ph.length; i++) if (/\d/.test(ph[i]!)) pos.push(i);
    if (pos.length < 8) return ph;
    const k = pos.length - 1 - Math.floor(rnd() * 6);
    const i = pos[k]!;
    const chars = [...ph];
    const j = pos[k + 1];
    if (rnd() < 0.4 && j !== undefined && chars[i] !== chars[j]) [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    else chars[i] = String((Number(chars[i]) + 1 + Math.floor(rnd() * 9)) % 10);
    return chars.join('');
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
    const loc = zipf(LOCALE_ORDER);
    const r = rnd();
    if (r < 0.03) {
      // Colleagues: same company, switchboard phone and info@ mailbox.
      const company = zipf(loc.companies);
      const board = newPerson(loc, { company });
      const shared = `info@${fold(company).toLowerCase().replace(/[^a-z]/g, '')}.com`;
      const start = rows.length;
      const k = 2 + Math.floor(rnd() * 3);
      for (let i = 0; i < k; i++) {
        const p = newPerson(loc, { company });
        push([nameOf(p, 0), rnd() < 0.7 ? shared : p.email, phoneOf(board, i % 3), companyOf(p, i % 2), board.city, loc.country, date()], nextEntity++);
      }
      for (let i = start + 1; i < rows.length; i++) hardNegatives.push([start, i, 'colleagues sharing switchboard and info@']);
      continue;
    }
    if (r < 0.05) {
      // Namesakes: same full name, different email and phone, often the same company or city.
      const a = newPerson(loc);
      const b = newPerson(loc, { given: a.given, family: a.family, middle: a.middle, ...(rnd() < 0.5 ? { company: a.company } : {}), ...(rnd() < 0.6 ? { city: a.city } : {}) });
      push(rowOf(a), nextEntity++);
      const rb = rowOf(b);
      if (rnd() < 0.3) rb[0] = nameOf(b, Math.floor(rnd() * 6));
      push(rb, nextEntity++);
      hardNegatives.push([rows.length - 2, rows.length - 1, 'namesakes']);
      continue;
    }
    if (r < 0.07) {
      // Relatives: same surname, home phone and city, different given name; some share an email.
      const a = newPerson(loc);
      let g = zipf(loc.given);
      while (g === a.given) g = pick(loc.given);
      const b = newPerson(loc, { family: a.family, given: g, phone: a.phone, city: a.city, middle: a.middle });
      push(rowOf(a), nextEntity++);
      push([nameOf(b, 0), rnd() < 0.2 ? a.email : b.email, phoneOf(a, 1), rnd() < 0.5 ? '' : companyOf(b, 0), a.city, loc.country, date()], nextEntity++);
      hardNegatives.push([rows.length - 2, rows.length - 1, 'relatives sharing a home phone']);
      continue;
    }
    const p = newPerson(loc);
    const id = nextEntity++;
    const first = rowOf(p);
    if (rnd() < 0.04) first[1] = pick(FILLERS_EMAIL);
    if (rnd() < 0.04) first[2] = pick(FILLERS_PHONE);
    if (rnd() < 0.05) first[3] = '';
    push(first, id);
    if (rnd() < dupRate) {
      const copies = 1 + (rnd() < 0.25 ? 1 : 0) + (rnd() < 0.1 ? 1 : 0);
      for (let c = 0; c < copies; c++) {
        const row = rowOf(p);
        row[0] = nameOf(p, Math.floor(rnd() * 6));
        row[2] = phoneOf(p, Math.floor(rnd() * 5));
        row[3] = companyOf(p, Math.floor(rnd() * 3));
        // One or two fields are made harder to match on, the others keep their value.
        const n = rnd() < 0.7 ? 1 : 2;
        for (let k = 0; k < n; k++) {
          const corrupt = rnd();
          if (corrupt < 0.25) row[1] = emailTypo(p.email);
          else if (corrupt < 0.4) row[1] = '';
          else if (corrupt < 0.48) row[1] = newPerson(loc, { given: p.given, family: p.family }).email; // a second address
          else if (corrupt < 0.6) row[2] = '';
          else if (corrupt < 0.68) row[2] = phoneTypo(String(row[2]));
          else if (corrupt < 0.8) row[0] = typo(String(row[0]));
          else if (corrupt < 0.88) row[3] = '';
          else row[4] = '';
        }
        if (rnd() < 0.15) row[4] = '';
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
