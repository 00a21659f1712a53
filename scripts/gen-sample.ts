/**
 * Generates examples/crm-sample.csv: a realistic, messy CRM export in the six product locales
 * (en, id, vi, cs, sv, tr). Seeded, so the committed file is reproducible:
 *
 *   npx tsx scripts/gen-sample.ts                 write examples/crm-sample.csv (500 rows)
 *   npx tsx scripts/gen-sample.ts --rows 2000 --seed 7 --out /tmp/x.csv
 *
 * What makes it messy (each on purpose, each something the engine must handle):
 *  - phones typed many ways: E.164, spaced, national with trunk 0, dashes/dots/parens, digits
 *    without '+' (what a spreadsheet leaves after eating the plus), extensions;
 *  - emails with provider typos (gmail.cmo, yahoo.co.di, seznam.cy ...), stray capitals/spaces;
 *  - countries in every language and as codes; titles in local languages; names ALL CAPS or lower;
 *  - company legal forms written several ways (PT / PT. / , PT; s.r.o. / sro; A.Ş. / AS ...);
 *  - duplicates of earlier rows with corruptions (re-typed phone, case, typo, missing fields);
 *  - hard negatives: colleagues sharing a switchboard number and info@, and two different
 *    people called Nguyễn Văn An;
 *  - blanks, '#N/A', NBSP / zero-width characters, a 2,000-character note, stale last activity.
 *
 * The bench (bench/cli-scale.ts) reuses `createSampleGenerator` for its 1,000,000-row file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { seededRandom } from './lib/seeded-random';

export const SAMPLE_HEADER = [
  'Name', 'Email', 'Phone', 'Company', 'Job Title', 'Country', 'City', 'Status', 'Owner', 'Last Activity', 'Source', 'Notes',
];

type Locale = 'en' | 'id' | 'vi' | 'cs' | 'sv' | 'tr';
const LOCALES: Locale[] = ['en', 'id', 'vi', 'cs', 'sv', 'tr'];


interface LocaleData {
  first: string[];
  last: string[];
  /** Vietnamese names are written family name first. */
  familyFirst?: boolean;
  middle?: string[];
  companies: string[];
  forms: Array<(base: string) => string>;
  providers: string[];
  countries: string[];
  cities: string[];
  titles: string[];
  statuses: string[];
  phone: () => PhoneParts;
  domainTld: string;
}

/** A phone as country code + national significant number, formatted later in one of many ways. */
interface PhoneParts {
  cc: string;
  nsn: string;
  /** Group sizes for spaced formats. */
  groups: number[];
}

function digits(rng: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rng() * 10);
  return s;
}

function localeData(rng: () => number): Record<Locale, LocaleData> {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  return {
    en: {
      first: ['John', 'Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Sarah', 'Sean', 'Kelly'],
      last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', "O'Brien", 'McDonald', 'MacLeod', 'Garcia', 'Taylor'],
      companies: ['Acme', 'Globex', 'Initech', 'Umbrella Foods', 'Northwind Traders', 'Blue Harbor Logistics', 'Summit Analytics'],
      forms: [(b) => `${b} Inc.`, (b) => `${b}, Inc.`, (b) => `${b.toUpperCase()} INC`, (b) => `${b} LLC`, (b) => `${b} Ltd`, (b) => `${b} Corp.`, (b) => b],
      providers: ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'aol.com'],
      countries: ['USA', 'U.S.A.', 'United States', 'US', 'United States of America', 'Amerika Serikat', 'Hoa Kỳ', 'Spojené státy', 'Amerika Birleşik Devletleri', 'usa'],
      cities: ['New York', 'Los Angeles', 'Chicago', 'Austin', 'Seattle'],
      titles: ['CMO', 'Chief Marketing Officer', 'Marketing Chief', 'CEO', 'VP Sales', 'Sales Manager', 'Software Engineer', 'CTO', 'Head of Marketing'],
      statuses: ['Lead', 'Qualified', 'Customer', 'Churned', 'lead', 'customer'],
      phone: () => ({ cc: '1', nsn: pick(['213', '212', '415', '312', '646', '617']) + pick(['373', '555', '842', '926']) + digits(rng, 4), groups: [3, 3, 4] }),
      domainTld: 'com',
    },
    id: {
      first: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu', 'Hendra', 'Wulan'],
      last: ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Lestari', 'Setiawan', 'Nugroho'],
      companies: ['Maju Jaya', 'Sinar Mas Digital', 'Nusantara Teknologi', 'Cahaya Abadi', 'Bumi Raya Logistik', 'Mitra Sejahtera'],
      forms: [(b) => `PT ${b}`, (b) => `PT. ${b}`, (b) => `${b}, PT`, (b) => `PT ${b} Tbk`, (b) => `CV ${b}`, (b) => `PT ${b.toUpperCase()}`, (b) => b],
      providers: ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.co.id'],
      countries: ['Indonesia', 'INDONESIA', 'ID', 'Indonésie', 'Endonezya', 'Republik Indonesia', 'Indonesien', 'indonesia '],
      cities: ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Denpasar'],
      titles: ['Direktur Utama', 'Manajer Pemasaran', 'Manajer Penjualan', 'CMO', 'Staf IT', 'Direktur Pemasaran', 'Marketing Manager'],
      statuses: ['Prospek', 'Pelanggan', 'Lead', 'Customer', 'prospek'],
      phone: () =>
        rng() < 0.75
          ? { cc: '62', nsn: '8' + pick(['11', '12', '13', '21', '52', '56', '57', '77']) + digits(rng, 7 + Math.floor(rng() * 2)), groups: [3, 4, 4] }
          : { cc: '62', nsn: '21' + pick(['5', '7', '8']) + digits(rng, 7), groups: [2, 4, 4] },
      domainTld: 'co.id',
    },
    vi: {
      first: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Lợi', 'Minh', 'Nam', 'Thảo', 'Tuấn'],
      last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi'],
      middle: ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Quang'],
      familyFirst: true,
      companies: ['Sao Việt', 'Phú Thành', 'Hòa Bình Xanh', 'Minh Long', 'Đại Dương Số', 'Thiên An'],
      forms: [(b) => `Công ty TNHH ${b}`, (b) => `Công ty Cổ phần ${b}`, (b) => `CÔNG TY TNHH ${b.toUpperCase()}`, (b) => `Cty TNHH ${b}`, (b) => `${b} Co., Ltd`, (b) => `${b} JSC`, (b) => b],
      providers: ['gmail.com', 'yahoo.com.vn', 'yahoo.com', 'outlook.com'],
      countries: ['Vietnam', 'Viet Nam', 'Việt Nam', 'VN', 'VIET NAM', 'Vietnamu', 'Vietnã', 'Vietnám'],
      cities: ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'],
      titles: ['Giám đốc tiếp thị', 'Trưởng phòng tiếp thị', 'Giám đốc điều hành', 'Trưởng phòng kinh doanh', 'Kỹ sư phần mềm', 'CEO', 'Giám đốc'],
      statuses: ['Tiềm năng', 'Khách hàng', 'Lead', 'Customer'],
      phone: () =>
        rng() < 0.8
          ? { cc: '84', nsn: pick(['90', '91', '93', '98', '97', '86', '35', '70']) + digits(rng, 7), groups: [3, 3, 3] }
          : { cc: '84', nsn: '24' + pick(['3', '6', '7']) + digits(rng, 7), groups: [2, 4, 4] },
      domainTld: 'com.vn',
    },
    cs: {
      first: ['Jan', 'Petr', 'Jiří', 'Eva', 'Jana', 'Tomáš', 'Lucie', 'Martin', 'Kateřina', 'Pavel'],
      last: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec'],
      companies: ['Stavby Morava', 'Pražská Softwarová', 'Alfa Logistika', 'Český Cukr', 'Brno Data', 'Vltava Trade'],
      forms: [(b) => `${b} s.r.o.`, (b) => `${b} sro`, (b) => `${b} S.R.O.`, (b) => `${b}, s. r. o.`, (b) => `${b} a.s.`, (b) => `${b} spol. s r.o.`, (b) => b],
      providers: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz'],
      countries: ['Czech Republic', 'Czechia', 'Česko', 'Česká republika', 'CZ', 'Çekya', 'Tjeckien', 'Ceko', 'CZE'],
      cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Olomouc'],
      titles: ['Jednatel', 'Obchodní ředitel', 'Marketingový ředitel', 'Programátor', 'CEO', 'Ředitel', 'Vedoucí prodeje'],
      statuses: ['Zájemce', 'Zákazník', 'Lead', 'Customer'],
      phone: () =>
        rng() < 0.7
          ? { cc: '420', nsn: pick(['6', '7']) + pick(['0', '2', '3', '7']) + digits(rng, 7), groups: [3, 3, 3] }
          : { cc: '420', nsn: '2' + pick(['2', '3', '4']) + digits(rng, 7), groups: [3, 3, 3] },
      domainTld: 'cz',
    },
    sv: {
      first: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Sofia', 'Björn', 'Åsa'],
      last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Öberg', 'Lindqvist', 'Svensson'],
      companies: ['Nordic Byggtjänst', 'Svea Data', 'Göta Logistik', 'Fjäll Design', 'Vasa Konsult', 'Östra Handel'],
      forms: [(b) => `${b} AB`, (b) => `${b} AB (publ)`, (b) => `${b} Aktiebolag`, (b) => `${b.toUpperCase()} AB`, (b) => `${b} HB`, (b) => b],
      providers: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'yahoo.se'],
      countries: ['Sweden', 'Sverige', 'Švédsko', 'İsveç', 'Thụy Điển', 'Swedia', 'SE', 'SWE', 'sweden'],
      cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås'],
      titles: ['VD', 'Försäljningschef', 'Marknadschef', 'Systemutvecklare', 'CMO', 'Marketing Director', 'Säljare'],
      statuses: ['Kund', 'Lead', 'Prospekt', 'Customer'],
      phone: () =>
        rng() < 0.7
          ? { cc: '46', nsn: '7' + pick(['0', '2', '3', '6']) + digits(rng, 7), groups: [2, 3, 2, 2] }
          : { cc: '46', nsn: '8' + digits(rng, 7), groups: [1, 3, 2, 2] },
      domainTld: 'se',
    },
    tr: {
      first: ['Ayşe', 'Mehmet', 'Fatma', 'Mustafa', 'Emine', 'Ahmet', 'Zeynep', 'İbrahim', 'Şahin', 'Elif', 'Işıl'],
      last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan'],
      companies: ['Anadolu Yazılım', 'Boğaziçi Lojistik', 'Ege Gıda', 'Marmara Tekstil', 'Kapadokya Turizm', 'Yıldız Enerji'],
      forms: [(b) => `${b} A.Ş.`, (b) => `${b} AŞ`, (b) => `${b} Ltd. Şti.`, (b) => `${b} Anonim Şirketi`, (b) => `${b.toLocaleUpperCase('tr')} A.Ş.`, (b) => `${b} Limited Şirketi`, (b) => b],
      providers: ['gmail.com', 'hotmail.com.tr', 'yandex.com.tr', 'hotmail.com', 'outlook.com.tr'],
      countries: ['Turkey', 'Türkiye', 'Turkiye', 'TR', 'TÜRKİYE', 'Thổ Nhĩ Kỳ', 'Turecko', 'Turkiet', 'Turki', 'TUR'],
      cities: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya'],
      titles: ['Pazarlama Direktörü', 'Genel Müdür', 'Satış Müdürü', 'Yazılım Mühendisi', 'CMO', 'Pazarlama Müdürü', 'Satış Temsilcisi'],
      statuses: ['Potansiyel', 'Müşteri', 'Lead', 'Customer'],
      phone: () =>
        rng() < 0.75
          ? { cc: '90', nsn: '5' + pick(['32', '33', '42', '05', '55', '30']) + digits(rng, 7), groups: [3, 3, 2, 2] }
          : { cc: '90', nsn: pick(['212', '216', '312']) + digits(rng, 7), groups: [3, 3, 2, 2] },
      domainTld: 'com.tr',
    },
  };
}

// Typos the email normalizer should fix (provider domains only) - and one it must not touch.
const EMAIL_TYPOS: Record<string, string[]> = {
  'gmail.com': ['gmail.cmo', 'gmial.com', 'gmail.con', 'gmai.com', 'gmail.co'],
  'yahoo.co.id': ['yahoo.co.di', 'yaho.co.id', 'yahoo.co.od'],
  'yahoo.com': ['yahoo.cmo', 'yaho.com'],
  'seznam.cz': ['seznam.cy', 'seznan.cz', 'sezman.cz'],
  'hotmail.com': ['hotmial.com', 'hotmail.cmo'],
  'hotmail.com.tr': ['hotmial.com.tr', 'hotmail.com.rt'],
  'outlook.com': ['outlok.com', 'outlook.cmo'],
  'email.cz': ['emial.cz'],
  'hotmail.se': ['hotmial.se'],
};

const OWNERS = ['Anna Berg', 'Budi Santoso', 'Minh Trần', 'Petr Novák', 'Ayşe Kaya', 'John Smith', 'anna berg', ' Budi Santoso '];
const SOURCES = ['Website', 'Referral', 'Trade show', 'LinkedIn', 'Cold call', 'website', 'Webinar', ''];

/** ASCII fold for email local parts: "Nguyễn Văn" -> "nguyen.van", "Şahin" -> "sahin". */
function asciiFold(s: string): string {
  return s
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** One clean "true" contact; the row written to the CSV is a messy rendering of it. */
interface Contact {
  locale: Locale;
  name: string;
  given: string;
  family: string;
  email: string;
  phone: PhoneParts;
  ext?: string;
  companyBase: string;
  company: string;
  title: string;
  country: string;
  city: string;
  status: string;
  owner: string;
  lastActivity: Date;
  source: string;
}

export interface SampleGenerator {
  /** The next data row (12 strings, SAMPLE_HEADER order). */
  next(): string[];
}

/**
 * A seeded stream of messy rows. About 12% of rows re-type an earlier contact (a duplicate with
 * corruptions); a few rows are hard negatives that share phone/email/name with others but are
 * different people. `anchor` is the "today" the last-activity dates are spread back from.
 */
export function createSampleGenerator(seed = 20261122, anchor = new Date(Date.UTC(2026, 10, 1))): SampleGenerator {
  const rng = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const chance = (p: number): boolean => rng() < p;
  const data = localeData(rng);
  // Keep a bounded pool of earlier contacts to duplicate: recent ones, like real double entry.
  const pool: Contact[] = [];
  const usedEmails = new Set<string>();
  let count = 0;

  function newContact(locale: Locale = pick(LOCALES)): Contact {
    const d = data[locale];
    const given = pick(d.first);
    const family = pick(d.last);
    const name = d.familyFirst ? `${family} ${pick(d.middle ?? [''])} ${given}` : `${given} ${family}`;
    const companyBase = pick(d.companies);
    const company = pick(d.forms)(companyBase);
    const corporate = chance(0.45);
    const domain = corporate ? `${asciiFold(companyBase)}.${d.domainTld}` : pick(d.providers);
    const local = d.familyFirst
      ? `${asciiFold(given)}.${asciiFold(family)}${chance(0.3) ? Math.floor(rng() * 99) : ''}`
      : `${asciiFold(given)}${pick(['.', '_', ''])}${asciiFold(family)}`;
    // Last activity: 0-48 months back, so roughly a third is older than 18 months.
    const days = Math.floor(rng() * 48 * 30.4);
    // One mailbox per person: two people with the same name get john.smith@ and john.smith2@,
    // as real mail providers force. (Shared addresses are made on purpose, see colleagues().)
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    return {
      locale,
      name,
      given,
      family,
      email,
      phone: d.phone(),
      ext: chance(0.03) ? String(100 + Math.floor(rng() * 9000)) : undefined,
      companyBase,
      company,
      title: pick(d.titles),
      country: pick(d.countries),
      city: pick(d.cities),
      status: pick(d.statuses),
      owner: pick(OWNERS),
      lastActivity: new Date(anchor.getTime() - days * 86400000),
      source: pick(SOURCES),
    };
  }

  function formatPhone(p: PhoneParts, ext?: string): string {
    const groups: string[] = [];
    let at = 0;
    for (const g of p.groups) {
      groups.push(p.nsn.slice(at, at + g));
      at += g;
    }
    if (at < p.nsn.length) groups[groups.length - 1] += p.nsn.slice(at);
    // NANP has no trunk 0; everywhere else the national form starts with 0.
    const trunk = p.cc === '1' ? '' : '0';
    const style = Math.floor(rng() * 9);
    let out: string;
    switch (style) {
      case 0: out = `+${p.cc}${p.nsn}`; break;
      case 1: out = `+${p.cc} ${groups.join(' ')}`; break;
      case 2: out = `${trunk}${groups.join(' ')}`; break;
      case 3: out = `${trunk}${groups.join('-')}`; break;
      case 4: out = `${p.cc}${p.nsn}`; break; // lost its '+' in a spreadsheet
      case 5: out = `(${trunk}${groups[0]}) ${groups.slice(1).join('-')}`; break;
      case 6: out = p.cc === '1' ? `+1 ${groups.join('-')}` : `+${p.cc} (0)${groups.join(' ')}`; break;
      case 7: out = `00${p.cc} ${groups.join('.')}`; break;
      default: out = `${trunk}${p.nsn}`; break;
    }
    if (ext) out += pick([` ext. ${ext}`, ` x${ext}`, ` #${ext}`]);
    return out;
  }

  function formatDate(d: Date): string {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const p2 = (n: number): string => String(n).padStart(2, '0');
    switch (Math.floor(rng() * 4)) {
      case 0: return `${y}-${p2(m)}-${p2(day)}`;
      case 1: return `${day}.${m}.${y}`; // Czech / Turkish style
      case 2: return `${p2(day)}/${p2(m)}/${y}`;
      default: return `${y}-${p2(m)}-${p2(day)}`;
    }
  }

  function messyName(c: Contact): string {
    const r = rng();
    if (r < 0.12) return c.locale === 'tr' ? c.name.toLocaleUpperCase('tr') : c.name.toUpperCase();
    if (r < 0.2) return c.locale === 'tr' ? c.name.toLocaleLowerCase('tr') : c.name.toLowerCase();
    if (r < 0.25) return `  ${c.name.replace(' ', '  ')} `;
    if (r < 0.28) return c.name.replace(' ', '\u00a0');
    return c.name;
  }

  function messyEmail(c: Contact): string {
    const [local, domain] = c.email.split('@') as [string, string];
    const r = rng();
    if (r < 0.12 && EMAIL_TYPOS[domain]) return `${local}@${pick(EMAIL_TYPOS[domain] ?? [domain])}`;
    if (r < 0.2) return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`;
    if (r < 0.24) return ` ${c.email} `;
    if (r < 0.26) return `${c.email}\u200b`;
    if (r < 0.27) return `${local}@@${domain}`; // invalid
    if (r < 0.28) return `${local} at ${domain}`; // invalid
    return c.email;
  }

  function render(c: Contact, dup: boolean): string[] {
    const blank = (p: number): boolean => chance(dup ? p * 2 : p);
    const notes = chance(0.02)
      ? ('Long call notes. ' + 'Customer asked about pricing tiers, onboarding and data export; follow up next quarter. ').repeat(25).slice(0, 2000)
      : chance(0.1)
        ? pick(['Met at expo', 'Wants a demo', '=HYPERLINK("http://example.com")', '+ call back Monday', '-- do not call --', '@mention Petr', 'Gọi lại sau', 'Ring tillbaka', 'Tekrar aranacak'])
        : '';
    return [
      blank(0.03) ? '' : messyName(c),
      blank(0.08) ? '' : chance(0.01) ? '#N/A' : messyEmail(c),
      blank(0.08) ? '' : chance(0.01) ? '#N/A' : chance(0.02) ? '12345' : formatPhone(c.phone, c.ext),
      blank(0.05) ? '' : dup ? pick(data[c.locale].forms)(c.companyBase) : c.company,
      blank(0.1) ? '' : c.title,
      blank(0.06) ? '' : dup ? pick(data[c.locale].countries) : c.country,
      blank(0.15) ? '' : c.city,
      blank(0.05) ? '' : chance(0.05) ? ` ${c.status}  ` : c.status,
      blank(0.05) ? '' : c.owner,
      blank(0.07) ? '' : chance(0.005) ? '#N/A' : formatDate(c.lastActivity),
      c.source,
      notes,
    ];
  }

  /** Colleagues at one company: same switchboard phone, same info@ address, different people. */
  function colleagues(): Contact[] {
    const base = newContact();
    const shared = `info@${asciiFold(base.companyBase)}.${data[base.locale].domainTld}`;
    const other = newContact(base.locale);
    return [
      { ...base, email: shared },
      { ...other, email: shared, phone: base.phone, company: base.company, companyBase: base.companyBase, country: base.country },
    ];
  }

  /** Two different people named Nguyễn Văn An: different employer, email, phone, city. */
  function namesakes(): Contact[] {
    const a = newContact('vi');
    const b = newContact('vi');
    return [
      { ...a, name: 'Nguyễn Văn An', given: 'An', family: 'Nguyễn', email: `an.nguyen@${asciiFold(a.companyBase)}.com.vn` },
      { ...b, name: 'Nguyễn Văn An', given: 'An', family: 'Nguyễn', email: `nguyenvanan${Math.floor(rng() * 90) + 10}@gmail.com`, city: 'Đà Nẵng' },
    ];
  }

  const queue: string[][] = [];
  return {
    next(): string[] {
      const queued = queue.shift();
      if (queued) return queued;
      count++;
      // Every ~150 rows, one pair of colleagues and one pair of namesakes (hard negatives).
      if (count % 150 === 40) {
        const [x, y] = colleagues() as [Contact, Contact];
        queue.push(render(y, false));
        return render(x, false);
      }
      if (count % 150 === 95) {
        const [x, y] = namesakes() as [Contact, Contact];
        queue.push(render(y, false));
        return render(x, false);
      }
      if (pool.length > 5 && chance(0.12)) {
        // A duplicate: the same contact typed again, with its own mess.
        const original = pool[Math.floor(rng() * pool.length)] as Contact;
        return render(original, true);
      }
      const c = newContact();
      pool.push(c);
      if (pool.length > 200) pool.shift();
      return render(c, false);
    },
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const rows = Number(argValue(args, '--rows') ?? 500);
  const seed = Number(argValue(args, '--seed') ?? 20261122);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = argValue(args, '--out') ?? join(root, 'examples', 'crm-sample.csv');
  const gen = createSampleGenerator(seed);
  const data: string[][] = [SAMPLE_HEADER];
  for (let i = 0; i < rows; i++) data.push(gen.next());
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, stringify(data));
  console.log(`wrote ${rows} rows to ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
