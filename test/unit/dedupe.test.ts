import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates, mergeCluster, rowFingerprint } from '../../src/core/dedupe/index';
import { dedupeReport } from '../../src/core/dedupe/report';
import { damerau, jaroWinkler, tokenSetSimilarity } from '../../src/core/dedupe/similarity';
import { valueKey } from '../../src/core/dedupe/merge';
import { generateCrm, mulberry32 } from '../../bench/lib/gen-crm';

const HEADER = ['Name', 'Email', 'Phone', 'Company', 'City', 'Country'];
const ROLES: ColumnRoles = ['name', 'email', 'phone', 'company', 'city', 'country'];
const table = (rows: Cell[][]): Table => ({ header: [...HEADER], rows });
const together = (t: Table, a: number, b: number, opts = {}) =>
  findDuplicates(t, ROLES, opts).clusters.some((c) => c.rows.includes(a) && c.rows.includes(b));
const sureTogether = (t: Table, a: number, b: number) =>
  findDuplicates(t, ROLES).clusters.some((c) => c.confidence === 'sure' && c.rows.includes(a) && c.rows.includes(b));

// Unrelated rows around each case so term frequencies look like a real sheet, not a 2-row one.
const FILLER_ROWS: Cell[][] = [
  ['Maria Garcia', 'maria.garcia@example.org', '+1 415 555 0101', 'Globex', 'Boston', 'United States'],
  ['Budi Santoso', 'budi.s@yahoo.co.id', '+62 812 3456 7001', 'PT Maju Jaya', 'Jakarta', 'Indonesia'],
  ['Lars Nilsson', 'lars.nilsson@telia.com', '+46 70 123 4501', 'Svea Bygg AB', 'Malmö', 'Sweden'],
  ['Ayşe Demir', 'ayse.demir@hotmail.com', '+90 532 111 2201', 'Ege Tekstil A.Ş.', 'İzmir', 'Turkey'],
];

describe('similarity', () => {
  it('Jaro-Winkler and Damerau-Levenshtein behave as published', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(damerau('ca', 'ac')).toBe(1);
    expect(damerau('kitten', 'sitting')).toBe(3);
    expect(damerau('abc', 'xyzabc', 1)).toBe(2);
    expect(tokenSetSimilarity(['acme', 'holdings'], ['acme'])).toBeGreaterThan(0.8);
    expect(tokenSetSimilarity(['acme'], ['apex'])).toBeLessThan(0.8);
  });
});

describe('positives in six locales', () => {
  const cases: Array<[string, Cell[], Cell[]]> = [
    ['en email typo + caps', ['John Smith', 'john.smith@gmail.com', '+1 213 373 4253', 'Acme Inc.', 'Los Angeles', 'USA'], ['JOHN SMITH', 'john.smith@gmail.cmo', '(213) 373-4253', 'ACME', 'Los Angeles', 'USA']],
    ['id phone format + PT', ['Siti Rahmawati', 'siti.rahma@yahoo.co.id', '081234567890', 'PT Sinar Abadi Tbk', 'Bandung', 'Indonesia'], ['siti rahmawati', 'siti.rahma@yahoo.co.id', '+62 812-3456-7890', 'Sinar Abadi', 'Bandung', 'Indonesia']],
    ['vi family-name-first vs western order, no diacritics', ['Nguyễn Thị Lợi', 'loi.nguyen@gmail.com', '+84 912 345 678', 'Công ty TNHH Hòa Phát', 'Hà Nội', 'Vietnam'], ['Loi Nguyen Thi', 'loinguyen@gmail.com', '0912345678', 'Hoa Phat', 'Ha Noi', 'Vietnam']],
    ['cs "Last, First" + s.r.o.', ['Tomáš Dvořák', 'tomas.dvorak@seznam.cz', '+420 601 234 567', 'Bohemia Soft s.r.o.', 'Praha', 'Czech Republic'], ['Dvořák, Tomáš', 'tomas.dvorak@seznam.cz', '601234567', 'BOHEMIA SOFT', 'Praha', 'Czech Republic']],
    ['sv name typo + AB', ['Kristina Lindström', 'kristina.lindstrom@telia.com', '+46 70 765 4321', 'Nordisk Data AB', 'Göteborg', 'Sweden'], ['Kristina Lindstrom', 'kristina.lindstrom@telia.com', '070-765 43 21', 'Nordisk Data', 'Göteborg', 'Sweden']],
    ['tr Turkish caps + Ltd. Şti.', ['Şahin Yılmaz', 'sahin.yilmaz@gmail.com', '+90 532 765 4321', 'Anadolu Yazılım Ltd. Şti.', 'İstanbul', 'Turkey'], ['ŞAHİN YILMAZ', 'sahin.yilmaz@gmail.com', '0532 765 43 21', 'ANADOLU YAZILIM', 'İstanbul', 'Turkey']],
  ];
  const countries: Record<string, string> = { en: 'US', id: 'ID', vi: 'VN', cs: 'CZ', sv: 'SE', tr: 'TR' };
  for (const [name, a, b] of cases) {
    it(`merges ${name}`, () => {
      const t = table([...FILLER_ROWS, a, b]);
      const cc = countries[name.slice(0, 2)]!;
      const res = findDuplicates(t, ROLES, { defaultCountry: cc });
      const c = res.clusters.find((x) => x.rows.includes(4) && x.rows.includes(5));
      expect(c, JSON.stringify(res.clusters)).toBeDefined();
      expect(c!.confidence).toBe('sure');
      expect(c!.reasons.join(' ')).toMatch(/same|name|phone|email/);
    });
  }
  it('explains a fixed email typo', () => {
    const t = table([...FILLER_ROWS, ['Anna Berg', 'anna.berg@gmail.com', '', '', '', ''], ['Anna Berg', 'anna.berg@gmail.cmo', '', '', '', '']]);
    const c = findDuplicates(t, ROLES).clusters[0];
    expect(c?.reasons.join(' ')).toContain('same email after fixing gmail.cmo');
  });
});

describe('hard negatives', () => {
  it('colleagues sharing a switchboard and info@ are not merged', () => {
    const rows: Cell[][] = [...FILLER_ROWS];
    for (const n of ['Erik Andersson', 'Sara Olsson', 'Johan Persson', 'Emma Karlsson']) rows.push([n, 'info@sveabygg.se', '+46 8 123 456 00', 'Svea Bygg AB', 'Stockholm', 'Sweden']);
    const res = findDuplicates(table(rows), ROLES, { defaultCountry: 'SE' });
    expect(res.clusters).toEqual([]);
  });
  it('two people named Nguyễn Văn An (different email and phone) are not merged', () => {
    const t = table([...FILLER_ROWS, ['Nguyễn Văn An', 'an.nguyen@gmail.com', '+84 912 000 111', 'Minh Long', 'Hà Nội', 'Vietnam'], ['Nguyễn Văn An', 'nguyenvanan88@yahoo.com.vn', '+84 983 222 333', 'Sao Việt', 'Hà Nội', 'Vietnam']]);
    expect(together(t, 4, 5)).toBe(false);
  });
  it('two people named Jan Novák (different email and phone) are not merged', () => {
    const t = table([...FILLER_ROWS, ['Jan Novák', 'jan.novak@seznam.cz', '+420 601 111 222', 'Kovo Plzeň a.s.', 'Praha', 'Czech Republic'], ['Jan Novák', 'novak.jan@email.cz', '+420 777 333 444', 'Brno Data s.r.o.', 'Praha', 'Czech Republic']]);
    expect(together(t, 4, 5)).toBe(false);
  });
  it('relatives sharing a home phone and surname are not merged', () => {
    const t = table([...FILLER_ROWS, ['Jan Novák', 'jan.novak@seznam.cz', '+420 212 345 678', '', 'Brno', 'Czech Republic'], ['Eva Novák', 'eva.novakova@seznam.cz', '+420 212 345 678', '', 'Brno', 'Czech Republic'], ['Jana Novák', 'jana.n@email.cz', '212345678', '', 'Brno', 'Czech Republic']]);
    const res = findDuplicates(t, ROLES, { defaultCountry: 'CZ' });
    expect(res.clusters).toEqual([]);
  });
  it('filler values never match', () => {
    const t = table([...FILLER_ROWS, ['Alice Wong', 'test@test.com', '0000000', 'n/a', '', ''], ['Bob Lee', 'test@test.com', '0000000', 'n/a', '', ''], ['Carl May', 'n/a', '-', 'unknown', '', '']]);
    expect(findDuplicates(t, ROLES).clusters).toEqual([]);
  });
});

describe('options and guarantees', () => {
  const dupes = table([...FILLER_ROWS, ['John Smith', 'john.smith@gmail.com', '+1 213 373 4253', 'Acme Inc.', 'Los Angeles', 'USA'], ['JOHN SMITH', 'johnsmith@gmail.com', '', 'ACME', '', 'USA']]);
  it('honours notDuplicates by fingerprint', () => {
    expect(together(dupes, 4, 5)).toBe(true);
    const fa = rowFingerprint(dupes.rows[4]!, ROLES);
    const fb = rowFingerprint(dupes.rows[5]!, ROLES);
    expect(together(dupes, 4, 5, { notDuplicates: [[fb, fa]] })).toBe(false);
  });
  it('thresholds are user-visible: a higher sure score turns sure into doubtful', () => {
    expect(sureTogether(dupes, 4, 5)).toBe(true);
    const c = findDuplicates(dupes, ROLES, { sureScore: 1.01 }).clusters[0];
    expect(c?.confidence).toBe('doubtful');
  });
  it('fingerprints do not depend on position or formatting', () => {
    expect(rowFingerprint(['John Smith', 'John.Smith@gmail.com', '+1 213 373 4253', 'Acme', '', ''], ROLES, 'US')).toBe(rowFingerprint(['JOHN SMITH', 'johnsmith@gmail.com', '(213) 373-4253', 'ACME', 'x', 'y'], ROLES, 'US'));
  });
  it('report numbers rows as in a sheet', () => {
    const rep = dedupeReport(dupes, ROLES);
    expect(rep.clusters[0]?.rows).toEqual([6, 7]);
    expect([6, 7]).toContain(rep.clusters[0]?.primary);
    expect(rep.candidatePairs).toBeGreaterThan(0);
  });
  it('caps a block: 300 rows on one switchboard stay near-linear', () => {
    const rows: Cell[][] = [];
    const rnd = mulberry32(3);
    for (let i = 0; i < 300; i++) rows.push([`Person ${Math.floor(rnd() * 1e9).toString(36)}`, `p${i}@corp.example.net`, '+1 212 555 0100', 'Big Corp', '', '']);
    const res = findDuplicates(table(rows), ROLES, { defaultCountry: 'US' });
    expect(res.candidatePairs).toBeLessThan(300 * 40);
    expect(res.clusters).toEqual([]);
  });
});

describe('properties on generated CRM sheets', () => {
  const g = generateCrm(1500, 11);
  const res = findDuplicates(g.table, g.roles, { defaultCountry: 'US' });

  it('no row is lost or in two clusters; clusters are valid', () => {
    const seen = new Set<number>();
    for (const c of res.clusters) {
      expect(c.rows.length).toBeGreaterThanOrEqual(2);
      expect(c.rows).toContain(c.primary);
      expect([...c.rows].sort((a, b) => a - b)).toEqual(c.rows);
      expect(c.pairs.length).toBe(c.rows.length - 1);
      for (const p of c.pairs) expect(p.score).toBeGreaterThanOrEqual(0.6);
      for (const r of c.rows) {
        expect(seen.has(r)).toBe(false);
        seen.add(r);
      }
    }
  });

  it('merging keeps every distinct value of every merged row (in the row or kept)', () => {
    for (const c of res.clusters) {
      const m = mergeCluster(g.table, g.roles, c);
      expect(m.row.length).toBe(g.table.header.length);
      for (const r of c.rows) {
        g.table.rows[r]!.forEach((v, col) => {
          if (v === '' || v === null || v === undefined) return;
          const key = valueKey(v, g.roles[col] ?? null);
          const present = valueKey(m.row[col], g.roles[col] ?? null) === key || m.kept.some((k) => k.column === col && valueKey(k.value, g.roles[col] ?? null) === key);
          expect(present, `row ${r} col ${col} value ${String(v)}`).toBe(true);
        });
      }
      if (m.kept.length > 0) expect(m.note).not.toBe('');
    }
  });

  it('is deterministic and independent of row order', () => {
    const again = findDuplicates(g.table, g.roles, { defaultCountry: 'US' });
    expect(again).toEqual(res);
    const rnd = mulberry32(99);
    const perm = g.table.rows.map((_, i) => i).sort(() => rnd() - 0.5);
    const shuffled: Table = { header: g.table.header, rows: perm.map((i) => g.table.rows[i]!) };
    const res2 = findDuplicates(shuffled, g.roles, { defaultCountry: 'US' });
    const canon = (clusters: number[][]) => clusters.map((c) => c.map((i) => JSON.stringify(g.table.rows[i])).sort().join('\n')).sort();
    const a = canon(res.clusters.map((c) => c.rows));
    const b = canon(res2.clusters.map((c) => c.rows.map((i) => perm[i]!)));
    // Identical copies can swap places, so compare the clusters' contents, not their indices.
    const same = a.filter((x) => b.includes(x)).length;
    expect(same / Math.max(a.length, 1)).toBeGreaterThan(0.97);
  });

  it('finds the generated duplicates: sure merges are precise, hard negatives stay apart', () => {
    let tp = 0;
    let fp = 0;
    let found = 0;
    for (const c of res.clusters) {
      for (const r of c.rows) {
        if (r === c.primary) continue;
        if (g.entity[r] === g.entity[c.primary]) found++;
        if (c.confidence !== 'sure') continue;
        if (g.entity[r] === g.entity[c.primary]) tp++;
        else fp++;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.99);
    expect(found).toBeGreaterThan(40);
    const cl = new Map<number, number>();
    res.clusters.forEach((c, i) => c.rows.forEach((r) => cl.set(r, i)));
    const merged = g.hardNegatives.filter(([a, b]) => cl.get(a) !== undefined && cl.get(a) === cl.get(b) && res.clusters[cl.get(a)!]!.confidence === 'sure');
    expect(merged.length / g.hardNegatives.length).toBeLessThan(0.01);
  });
});

describe('hard negatives at scale', () => {
  // 2,000 different people and not one duplicate: six very common names, three companies per
  // locale, two cities, shared switchboards and info@ boxes, relatives on one home phone. Every
  // row is a different person, so no sure merge is allowed at all.
  const LOCS = [
    { name: 'Nguyễn Văn An', cc: '+84 9', dom: 'gmail.com', companies: ['Hòa Phát', 'Minh Long', 'Sao Việt'], cities: ['Hà Nội', 'Huế'], given: ['Bình', 'Hoa', 'Lan'] },
    { name: 'Jan Novák', cc: '+420 6', dom: 'seznam.cz', companies: ['Kovo Plzeň a.s.', 'Brno Data s.r.o.', 'Moravia Tech'], cities: ['Praha', 'Brno'], given: ['Eva', 'Petr', 'Jana'] },
    { name: 'Budi Santoso', cc: '+62 81', dom: 'yahoo.co.id', companies: ['PT Maju Jaya', 'Sinar Abadi', 'CV Karya Utama'], cities: ['Jakarta', 'Bandung'], given: ['Siti', 'Rudi', 'Dewi'] },
    { name: 'John Smith', cc: '+1 415', dom: 'outlook.com', companies: ['Acme Inc.', 'Globex', 'Initech LLC'], cities: ['Boston', 'Denver'], given: ['Mary', 'James', 'Linda'] },
    { name: 'Erik Andersson', cc: '+46 7', dom: 'telia.com', companies: ['Svea Bygg AB', 'Nordisk Data', 'Vasa Konsult AB'], cities: ['Malmö', 'Uppsala'], given: ['Anna', 'Lars', 'Karin'] },
    { name: 'Mehmet Yılmaz', cc: '+90 53', dom: 'hotmail.com', companies: ['Ege Tekstil A.Ş.', 'Toros Makina', 'Marmara Gıda Ltd. Şti.'], cities: ['İzmir', 'Bursa'], given: ['Ayşe', 'Ali', 'Zeynep'] },
  ];
  const rnd = mulberry32(2026);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows: Cell[][] = [];
  let serial = 1000;
  const phone = (cc: string) => `${cc}${String(2000000 + serial++ * 7919).slice(-8)}`;
  while (rows.length < 2000) {
    const loc = pick(LOCS);
    const [first, ...rest] = loc.name.split(' ');
    const local = `${(first ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}.${rest.join('').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase()}`;
    const company = pick(loc.companies);
    const city = pick(loc.cities);
    const r = rnd();
    if (r < 0.15) {
      // Colleagues with the same common name on one switchboard and info@.
      const board = phone(loc.cc);
      for (let i = 0; i < 3; i++) rows.push([loc.name, `info@${company.toLowerCase().replace(/[^a-z]/g, '')}.com`, board, company, city, '']);
    } else if (r < 0.25) {
      // Relatives: one home phone, same family name, different given names.
      const home = phone(loc.cc);
      for (const g of loc.given.slice(0, 2)) rows.push([loc.name.replace(first ?? '', g), `${g.toLowerCase()}${serial++}@${loc.dom}`, home, '', city, '']);
    } else {
      // A namesake with an own email (same pattern plus digits, or nothing) and own phone.
      const email = rnd() < 0.15 ? '' : `${local}${serial++}@${loc.dom}`;
      rows.push([rnd() < 0.3 ? loc.name.toUpperCase() : loc.name, email, rnd() < 0.15 ? '' : phone(loc.cc), company, city, '']);
    }
  }
  rows.length = 2000;

  it('2,000 different people with six common names: zero sure merges, row order irrelevant', () => {
    const res = findDuplicates(table(rows), ROLES, { defaultCountry: 'US' });
    const sure = res.clusters.filter((c) => c.confidence === 'sure');
    expect(sure.map((c) => c.rows.map((r) => rows[r]!.join(' | ')))).toEqual([]);
    expect(res.candidatePairs).toBeLessThan(2000 * 25);
    const reversed = findDuplicates(table([...rows].reverse()), ROLES, { defaultCountry: 'US' });
    expect(reversed.clusters.filter((c) => c.confidence === 'sure')).toEqual([]);
  });

  it('the same sheet with real duplicates added: only the duplicates are merged sure', () => {
    const withDupes = rows.map((r) => [...r]);
    const truth = new Map<number, number>();
    for (let i = 0; i < 2000; i += 40) {
      const src = rows[i]!;
      if (src[1] === '' || String(src[1]).startsWith('info@')) continue;
      // Same person again: capitals, another phone format, company without legal form, no city.
      truth.set(withDupes.length, i);
      withDupes.push([String(src[0]).toLowerCase(), String(src[1]).toUpperCase(), String(src[2] ?? '').replace(/ /g, '-'), String(src[3]).split(' ')[0] ?? '', '', '']);
    }
    expect(truth.size).toBeGreaterThan(20);
    const res = findDuplicates(table(withDupes), ROLES, { defaultCountry: 'US' });
    let found = 0;
    for (const c of res.clusters.filter((x) => x.confidence === 'sure')) {
      expect(c.rows.length).toBe(2);
      expect(truth.get(c.rows[1]!)).toBe(c.rows[0]);
      found++;
    }
    expect(found).toBeGreaterThanOrEqual(truth.size * 0.9);
  });
});
