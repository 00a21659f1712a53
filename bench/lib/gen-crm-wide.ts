/**
 * The 12-column CRM sheet the command-line benchmarks and tests run on: the rows of gen-crm.ts
 * (people in six locales with known duplicates and hard negatives) plus the columns a real export
 * also carries: job title, lead status, owner, source and notes, in the row's own language, and
 * countries and dates written the local way. A person keeps one title, status and owner across
 * their duplicate rows, typed with the usual variation. Pure and seeded, like gen-crm.ts.
 */
import type { Cell, Table } from '../../src/core/table';
import { generateCrm, mulberry32, type GeneratedCrm } from './gen-crm';

export const WIDE_HEADER = ['Name', 'Email', 'Phone', 'Company', 'Job Title', 'Country', 'City', 'Status', 'Owner', 'Last Activity', 'Source', 'Notes'];

interface LocaleExtras {
  countries: string[];
  titles: string[];
  statuses: string[];
  owners: string[];
  notes: string[];
  /** How this market writes a date: ISO, or day.month.year. */
  dayFirst: boolean;
}

// Keyed by gen-crm's English country name (its Country column).
const EXTRAS: Record<string, LocaleExtras> = {
  'United States': {
    countries: ['United States', 'USA', 'U.S.A.', 'US', 'United States of America'],
    titles: ['CMO', 'Chief Marketing Officer', 'VP Sales', 'Sales Manager', 'Software Engineer', 'CEO', 'Head of Marketing'],
    statuses: ['Lead', 'Qualified', 'Customer', 'Churned', 'lead'],
    owners: ['John Smith', 'Mary Johnson', 'john smith'],
    notes: ['Wants a demo', 'Met at expo', 'call back Monday', '=HYPERLINK("http://example.com")', '-- do not call --'],
    dayFirst: false,
  },
  Indonesia: {
    countries: ['Indonesia', 'INDONESIA', 'ID', 'Republik Indonesia'],
    titles: ['Direktur Utama', 'Manajer Pemasaran', 'Manajer Penjualan', 'Staf IT', 'CMO'],
    statuses: ['Prospek', 'Pelanggan', 'Lead', 'prospek'],
    owners: ['Budi Santoso', 'Siti Rahayu', ' Budi Santoso '],
    notes: ['Minta penawaran harga', 'Hubungi lagi minggu depan', 'Bertemu di pameran'],
    dayFirst: true,
  },
  Vietnam: {
    countries: ['Vietnam', 'Việt Nam', 'Viet Nam', 'VN'],
    titles: ['Giám đốc tiếp thị', 'Trưởng phòng kinh doanh', 'Kỹ sư phần mềm', 'Giám đốc điều hành'],
    statuses: ['Tiềm năng', 'Khách hàng', 'Lead'],
    owners: ['Minh Trần', 'Lan Nguyễn'],
    notes: ['Gọi lại sau', 'Gửi báo giá', 'Gặp ở hội chợ'],
    dayFirst: true,
  },
  'Czech Republic': {
    countries: ['Česko', 'Czech Republic', 'Česká republika', 'CZ', 'Czechia'],
    titles: ['Jednatel', 'Obchodní ředitel', 'Marketingový ředitel', 'Programátor'],
    statuses: ['Zájemce', 'Zákazník', 'Lead'],
    owners: ['Petr Novák', 'Jana Dvořáková'],
    notes: ['Zavolat zpět', 'Poslat nabídku', '+ VIP'],
    dayFirst: true,
  },
  Sweden: {
    countries: ['Sverige', 'Sweden', 'SE'],
    titles: ['VD', 'Försäljningschef', 'Marknadschef', 'Systemutvecklare'],
    statuses: ['Kund', 'Prospekt', 'Lead'],
    owners: ['Anna Berg', 'anna berg', 'Erik Lind'],
    notes: ['Ring tillbaka', 'Vill ha offert'],
    dayFirst: false,
  },
  Turkey: {
    countries: ['Türkiye', 'Turkey', 'TÜRKİYE', 'TR'],
    titles: ['Pazarlama Direktörü', 'Genel Müdür', 'Satış Müdürü', 'Yazılım Mühendisi'],
    statuses: ['Potansiyel', 'Müşteri', 'Lead'],
    owners: ['Ayşe Kaya', 'Mehmet Demir'],
    notes: ['Tekrar aranacak', 'Teklif gönderilecek'],
    dayFirst: true,
  },
};

const SOURCES = ['Website', 'Referral', 'Trade show', 'LinkedIn', 'Cold call', 'website', ''];

/** 2024-03-05 -> 5.3.2024 (how Czech and Turkish users type it). */
function dayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export type WideCrm = Pick<GeneratedCrm, 'table' | 'entity' | 'hardNegatives'>;

/** `rows` rows of 12 columns; entity[] and hardNegatives index the rows as gen-crm's do. */
export function generateWideCrm(rows: number, seed = 42): WideCrm {
  const base = generateCrm(rows, seed);
  const rnd = mulberry32(seed ^ 0x5bd1e995);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  // One title, status and owner per person, so a duplicate agrees with its original.
  const perEntity = new Map<number, { title: string; status: string; owner: string }>();
  const out: Cell[][] = base.table.rows.map((row, i) => {
    const [name, email, phone, company, city, country, last] = row as string[];
    const x = EXTRAS[country as string] ?? (EXTRAS['United States'] as LocaleExtras);
    const id = base.entity[i] as number;
    let person = perEntity.get(id);
    if (!person) perEntity.set(id, (person = { title: pick(x.titles), status: pick(x.statuses), owner: pick(x.owners) }));
    const date = x.dayFirst && rnd() < 0.5 ? dayFirst(last as string) : last;
    return [
      name,
      email,
      phone,
      company,
      rnd() < 0.1 ? '' : person.title,
      rnd() < 0.4 ? pick(x.countries) : country,
      city,
      person.status,
      person.owner,
      rnd() < 0.05 ? '' : date,
      pick(SOURCES),
      rnd() < 0.12 ? pick(x.notes) : '',
    ] as Cell[];
  });
  const table: Table = { header: [...WIDE_HEADER], rows: out };
  return { table, entity: base.entity, hardNegatives: base.hardNegatives };
}
