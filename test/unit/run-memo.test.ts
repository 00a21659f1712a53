import { describe, expect, it } from 'vitest';
import { BoundedMemo, remembered } from '../../src/core/normalize/bounded-memo';
import { RunMemo } from '../../src/core/normalize/run-memo';
import { normalizeTable } from '../../src/core/normalize/normalize-table';
import { withDefaults } from '../../src/core/settings';
import { audit } from '../../src/core/audit';
import { clean } from '../../src/core/plan';

describe('BoundedMemo', () => {
  it('never holds more than its limit, however many distinct keys it sees', () => {
    const memo = new BoundedMemo<string>(100);
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      memo.set(`user${i}@gmail.com`, `user${i}@gmail.com`);
      largest = Math.max(largest, memo.size);
    }
    expect(largest).toBe(100);
    expect(memo.get('user0@gmail.com')).toBeUndefined();
    expect(memo.get('user9999@gmail.com')).toBe('user9999@gmail.com');
  });

  it('keeps a value that keeps coming back among a stream of unique ones', () => {
    const memo = new BoundedMemo<string>(10);
    memo.set('Việt Nam', 'Vietnam');
    for (let i = 0; i < 1000; i++) {
      memo.set(`Nguyễn Văn ${i}`, `Nguyễn Văn ${i}`);
      expect(memo.get('Việt Nam')).toBe('Vietnam');
    }
  });

  it('remembers a null answer (a value no list knows) instead of asking again', () => {
    const memo = new BoundedMemo<string | null>(10);
    let asked = 0;
    const lookup = (): string | null => (asked++, null);
    expect(remembered(memo, 'Hot lead', lookup)).toBeNull();
    expect(remembered(memo, 'Hot lead', lookup)).toBeNull();
    expect(asked).toBe(1);
  });
});

describe('RunMemo', () => {
  it('starts afresh for another settings object', () => {
    const memo = new RunMemo();
    const a = withDefaults({ defaultCountry: 'ID' });
    memo.of<string>(a, 'company').set('PT. Maju Jaya', 'PT Maju Jaya');
    expect(memo.of<string>(a, 'company').get('PT. Maju Jaya')).toBe('PT Maju Jaya');
    expect(memo.of<string>(withDefaults({ defaultCountry: 'ID' }), 'company').get('PT. Maju Jaya')).toBeUndefined();
  });

  it('shared by the batches of a file, gives every batch exactly what it gives alone', () => {
    const header = ['Name', 'Country', 'Last Activity', 'Company', 'Status'];
    const settings = withDefaults({ defaultCountry: 'SE' });
    const now = new Date(Date.UTC(2026, 10, 22));
    // The first batch writes days first (21/08), the second months first (08/21): the same
    // "03/04/2024" is 3 April in one and 4 March in the other. The first writes countries as
    // codes ("NO" is Norway), the second as names ("NO" is read as the word no there).
    const batches = [
      [
        ['ANNA SVENSSON', 'SE', '21/08/2023', 'Volvo Aktiebolag', 'kund'],
        ['Ola Nordmann', 'NO', '03/04/2024', 'Equinor ASA', 'Lead'],
        ['Jan Novák', 'CZ', '03/04/2024', 'Moravia Tech S.R.O.', 'customer'],
      ],
      [
        ['anna svensson', 'Sverige', '08/21/2023', 'Volvo Aktiebolag', 'Kund'],
        ['Ola Nordmann', 'NO', '03/04/2024', 'EQUINOR ASA', 'lead'],
        ['Jan Novák', 'Česká republika', '03/04/2024', 'Moravia Tech s.r.o.', 'Zákazník'],
      ],
    ];
    const shared = new RunMemo();
    for (const rows of batches) {
      const alone = normalizeTable({ header, rows }, settings, { now });
      const withMemo = normalizeTable({ header, rows }, settings, { now, memo: shared });
      expect(withMemo).toEqual(alone);
    }
    const first = normalizeTable({ header, rows: batches[0] as string[][] }, settings, { now, memo: shared });
    expect(first.rows[1]?.[1]).toBe('Norway');
    expect(first.rows[1]?.[2]).toBe('2024-04-03');
    const second = normalizeTable({ header, rows: batches[1] as string[][] }, settings, { now, memo: shared });
    expect(second.rows[1]?.[2]).toBe('2024-03-04');
    expect(second.rows[1]?.[1]).toBe('NO');
  });

  it('keeps stale-row answers apart by day order, date and months: each batch is judged as alone', () => {
    const header = ['Họ tên', 'E-posta', 'Poslední aktivita', 'Created'];
    const batches = [
      // Days first: "03/04/2024" is 3 April.
      [['Nguyễn Văn An', 'an@fpt.vn', '03/04/2024', '2020-01-05'], ['Ayşe Kaya', 'ayse@gmail.com', '25/12/2023', ''], ['Petr Dvořák', 'petr@seznam.cz', '', '02/01/2021']],
      // Months first: the same text is 4 March.
      [['Lars Berg', 'lars@telia.se', '03/04/2024', '2020-01-05'], ['Siti Rahayu', 'siti@yahoo.co.id', '12/25/2023', ''], ['Ali Yılmaz', 'ali@ttmail.com', '', '02/01/2021']],
    ];
    const eighteen = withDefaults({ staleMonths: 18 });
    const runs = [
      { settings: eighteen, now: new Date(Date.UTC(2025, 9, 1)) },
      { settings: eighteen, now: new Date(Date.UTC(2025, 8, 1)) },
      { settings: withDefaults({ staleMonths: 6 }), now: new Date(Date.UTC(2025, 9, 1)) },
    ];
    // One memo for all: the same settings with another day must not reuse an answer.
    const shared = new RunMemo();
    for (const { settings, now } of runs) {
      for (const rows of [...batches, ...batches]) {
        const alone = audit({ header, rows }, settings, { now, duplicates: false });
        const withMemo = audit({ header, rows }, settings, { now, duplicates: false, memo: shared });
        expect(withMemo.findings).toEqual(alone.findings);
      }
    }
    // The runs above differ: the memo is what keeps them apart, not a lack of stale rows.
    const stale = (i: number) => {
      const { settings, now } = runs[i] as (typeof runs)[number];
      return audit({ header, rows: batches[0] as string[][] }, settings, { now, duplicates: false }).findings.filter((f) => f.kind === 'stale').length;
    };
    expect(new Set([stale(0), stale(1), stale(2)]).size).toBeGreaterThan(1);
  });

  it("compiles a team's lists once per run and still gives every batch its own answer", () => {
    const header = ['Jméno', 'Durum', 'Kaynak'];
    const own = withDefaults({ valueMap: { status: { Müşteri: ['zákazník', 'kund', 'customer'], Aday: ['lead', 'potenciální', 'prospek'] } } });
    const defaults = withDefaults({});
    const batches = [
      [['Jan Novák', 'zákazník', 'web'], ['Ayşe Kaya', 'Lead', 'LinkedIn'], ['Lars Berg', 'kund', 'referral']],
      [['Petr Dvořák', 'Potenciální', 'web'], ['Budi Santoso', 'prospek', 'Iklan'], ['Siti Rahayu', 'Customer', 'referral']],
    ];
    for (const settings of [own, defaults]) {
      const shared = new RunMemo();
      for (const rows of [...batches, ...batches]) {
        const alone = clean({ header, rows }, settings, { dedupe: false });
        const withMemo = clean({ header, rows }, settings, { dedupe: false, memo: shared });
        expect(withMemo.edits).toEqual(alone.edits);
        expect(withMemo.findings).toEqual(alone.findings);
      }
    }
    // The team's list is what the shared memo answered with, not the default one.
    const mine = clean({ header, rows: batches[0] as string[][] }, own, { dedupe: false, memo: new RunMemo() });
    expect(mine.rows.map((r) => r[1])).toEqual(['Müşteri', 'Aday', 'Müşteri']);
  });
});
