// The generated messy sheet (messy-sheet.ts) made twelve columns wide, like a CRM export: the city,
// a job title typed in the contact's language, the lead source and the date the contact was
// created, each in the ways people type them.
import type { Cell } from '../../src/core/table';
import type { SheetContent } from '../fake/load-sheet';
import { HEADER, messySheet } from './messy-sheet';
import { seededRandom } from '../../scripts/lib/seeded-random';

export const WIDE_HEADER = [...HEADER, 'City', 'Job title', 'Source', 'Created'];

const CITIES = ['Jakarta', 'JAKARTA', 'Surabaya', 'Hà Nội', 'TP. Hồ Chí Minh', 'Praha', 'Brno', 'Göteborg', 'Stockholm', 'İstanbul', 'Ankara', 'New York', ''];
const TITLES = ['CMO', 'Chief Marketing Officer', 'Pazarlama Direktörü', 'Giám đốc Marketing', 'Marketingová ředitelka', 'Marknadschef', 'Sales Manager', 'sales manager', 'Manajer Penjualan', 'CEO', 'Owner', ''];
const SOURCES = ['Web', 'web', 'Website', 'Referral', 'rekomendasi', 'Veletrh', 'Mässa', 'Fuar', 'LinkedIn', 'linkedin', ''];

export function wideSheet(rows: number, seed = 1): SheetContent {
  const base = messySheet(rows, seed);
  const rnd = seededRandom(seed * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const values: Cell[][] = base.values.map((row, r) => {
    if (r === 0) return WIDE_HEADER;
    const created: Cell = rnd() < 0.1 ? '' : new Date(2015 + Math.floor(rnd() * 9), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    return [...row, pick(CITIES), pick(TITLES), pick(SOURCES), created];
  });
  return { ...base, values };
}
