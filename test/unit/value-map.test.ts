import { describe, expect, it } from 'vitest';
import { listRows } from '../../src/core/lists/list-rows';
import {
  canonicalize,
  defaultValueMap,
  dropdownValues,
  effectiveValueMap,
  listLookup,
  listKey,
  parseValueMap,
  serializeValueMap,
} from '../../src/core/lists/value-map';

describe('default value map', () => {
  const map = defaultValueMap();

  it('knows lead statuses in six languages', () => {
    const cases: Array<[string, string]> = [
      ['new', 'New'],
      ['Baru', 'New'],
      ['MỚI', 'New'],
      ['moi', 'New'],
      ['Nový', 'New'],
      ['ny', 'New'],
      ['YENİ', 'New'],
      ['yeni', 'New'],
      ['Đã liên hệ', 'Contacted'],
      ['kontaktad', 'Contacted'],
      ['İletişime geçildi', 'Contacted'],
      ['closed won', 'Won'],
      ['Kazanıldı', 'Won'],
      ['förlorad', 'Lost'],
      ['Thua', 'Lost'],
      ['nabídka', 'Proposal'],
      ['Müzakere', 'Negotiation'],
      ['tidak memenuhi syarat', 'Unqualified'],
    ];
    for (const [typed, canonical] of cases) expect(canonicalize(map, 'status', typed), typed).toBe(canonical);
  });

  it('knows lead sources and their local names', () => {
    expect(canonicalize(map, 'source', 'trang web')).toBe('Website');
    expect(canonicalize(map, 'source', 'Hemsida')).toBe('Website');
    expect(canonicalize(map, 'source', 'Giới thiệu')).toBe('Referral');
    expect(canonicalize(map, 'source', 'Pameran')).toBe('Event');
    expect(canonicalize(map, 'source', 'soğuk arama')).toBe('Cold call');
    expect(canonicalize(map, 'source', 'LinkedIn')).toBe('Social media');
    expect(canonicalize(map, 'source', 'iş ortağı')).toBe('Partner');
  });

  it('has no alias that means two things in one list', () => {
    for (const [name, list] of Object.entries(map)) {
      const lookup = listLookup(map, name)!;
      for (const [canonical, aliases] of Object.entries(list)) {
        for (const alias of [canonical, ...aliases]) expect(lookup(alias), `${name}: ${alias}`).toBe(canonical);
      }
    }
  });

  it('returns null for unknown values, blanks and non-text', () => {
    expect(canonicalize(map, 'status', 'Pending approval')).toBeNull();
    expect(canonicalize(map, 'status', '')).toBeNull();
    expect(canonicalize(map, 'status', 42)).toBeNull();
    expect(canonicalize(map, 'status', null)).toBeNull();
    expect(canonicalize(map, 'nope', 'New')).toBeNull();
    expect(canonicalize(map, 'status', 'x'.repeat(50_000))).toBeNull();
  });

  it('gives dropdown values per role, in list order', () => {
    expect(dropdownValues(map, 'status')).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost', 'Unqualified', 'Lead', 'Prospect', 'Customer', 'Churned']);
    expect(dropdownValues(map, 'source')).toContain('Website');
    expect(dropdownValues(map, 'country')).toEqual([]);
    expect(dropdownValues(map, 'email')).toEqual([]);
  });

  it('is a fresh object each time', () => {
    const a = defaultValueMap();
    a.status!.New!.push('zzz');
    expect(defaultValueMap().status!.New).not.toContain('zzz');
  });
});

describe('CRM Lists sheet', () => {
  it('parses the List | Value | Aliases layout with a header and continued lists', () => {
    const { map, problems } = parseValueMap([
      ['List', 'Value', 'Aliases'],
      ['Lead status', 'Open', 'new, baru; Mới'],
      ['', 'Closed', 'won\nlost'],
      ['Country', 'United States', 'USA, U.S.A., Amerika'],
      ['Job title', 'Chief Executive Officer', 'CEO', 'Direktur Utama', 'Giám đốc'],
      ['Industry', 'Retail', ''],
      ['', '', 'ignored: no value'],
    ]);
    expect(problems).toEqual([]);
    expect(map).toEqual({
      status: { Open: ['new', 'baru', 'Mới'], Closed: ['won', 'lost'] },
      country: { 'United States': ['USA', 'U.S.A.', 'Amerika'] },
      title: { 'Chief Executive Officer': ['CEO', 'Direktur Utama', 'Giám đốc'] },
      Industry: { Retail: [] },
    });
    expect(canonicalize(map, 'status', 'BARU')).toBe('Open');
    expect(canonicalize(map, 'title', 'giam doc')).toBe('Chief Executive Officer');
  });

  it('reports an alias claimed by two values and a value without a list', () => {
    const { map, problems } = parseValueMap([
      ['', 'Orphan', ''],
      ['Status', 'New', 'fresh'],
      ['Status', 'Hot', 'Fresh, warm'],
      ['status', 'new', 'brand new'],
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Row 1: "Orphan" has no list name/);
    expect(problems[1]).toMatch(/Row 3: "Fresh" is already an alias of "New"/);
    // the same canonical listed twice: aliases combined, first spelling kept
    expect(map.status).toEqual({ New: ['fresh', 'brand new'], Hot: ['warm'] });
  });

  it('survives junk: empty, ragged, non-text cells', () => {
    expect(parseValueMap([]).map).toEqual({});
    expect(parseValueMap([[], [null, undefined], ['Status']]).map).toEqual({});
    expect(parseValueMap([['Status', 1, 2]]).map).toEqual({ status: { '1': ['2'] } });
  });

  it('serializes back to the same map', () => {
    const map = defaultValueMap();
    const rows = serializeValueMap(map);
    expect(rows[0]).toEqual(['List', 'Value', 'Aliases']);
    expect(rows[1]?.[0]).toBe('Lead status');
    expect(parseValueMap(rows)).toEqual({ map, problems: [] });
  });

  it('user lists replace default lists of the same name only', () => {
    const eff = effectiveValueMap({ status: { Open: [] } });
    expect(Object.keys(eff.status!)).toEqual(['Open']);
    expect(eff.source).toEqual(defaultValueMap().source);
    expect(effectiveValueMap(undefined)).toEqual(defaultValueMap());
  });

  it('matches list names in several languages', () => {
    expect(listKey('Trạng thái')).toBe('status');
    expect(listKey('Kaynak')).toBe('source');
    expect(listKey('Negara')).toBe('country');
    expect(listKey('Pozice')).toBe('title');
    expect(listKey(' Industry ')).toBe('Industry');
  });

  it('never maps a placeholder to a value: refused as an alias, not looked up, team tokens too (issue 12)', () => {
    const parsed = parseValueMap([
      ['List', 'Value', 'Aliases'],
      ['Lead status', 'New', 'Baru, N/A, tidak ada, -'],
      ['Lead status', 'Unknown', 'TBD, ?'],
      ['Lead source', 'Website', 'web, lihat catatan'],
    ], new Set(['lihat catatan']));
    expect(parsed.map.status).toEqual({ New: ['Baru'], Unknown: [] });
    expect(parsed.map.source).toEqual({ Website: ['web'] });
    expect(parsed.problems).toHaveLength(4); // "-" and "?" hold no letters: no alias at all
    expect(parsed.problems[0]).toBe('Row 2: "N/A" stands for a missing value; it cannot be an alias of "New" and was ignored.');
    const map = effectiveValueMap(parsed.map);
    for (const token of ['N/A', 'n/a', 'tidak ada', 'TBD', 'unknown', '-', 'không có', 'yok']) expect(canonicalize(map, 'status', token)).toBeNull();
    // A value map from a settings file is not checked by the parser: the lookup still refuses.
    const fromSettings = { status: { New: ['N/A', 'baru'] } };
    expect(canonicalize(fromSettings, 'status', 'N/A')).toBeNull();
    expect(canonicalize(fromSettings, 'status', 'Baru')).toBe('New');
    expect(canonicalize(fromSettings, 'status', 'menunggu', new Set(['menunggu']))).toBeNull();
  });
});

describe('list rows in CRM Lists (dropdowns over 500 values read them from there)', () => {
  it('finds the block of one list, and says when another list splits it', () => {
    const grid = [
      ['List', 'Value', 'Aliases'],
      ['Lead status', 'New', 'baru'],
      ['', 'Won', ''],
      ['Job title', 'Chief Executive Officer', 'CEO'],
      ['', 'Chief Marketing Officer', 'CMO, Pazarlama Direktörü'],
      ['', '', ''],
      ['', 'Sales Manager', 'Trưởng phòng kinh doanh'],
      ['Lead source', 'Web', ''],
    ];
    expect(listRows(grid, 'title')).toEqual({ first: 4, last: 7 });
    expect(listRows(grid, 'status')).toEqual({ first: 2, last: 3 });
    expect(listRows(grid, 'country')).toBeNull();
    expect(listRows([...grid, ['Region', 'Jawa Barat', '']], 'title')).toEqual({ first: 4, last: 7 });
    expect(listRows([...grid, ['Job title', 'Account Manager', '']], 'title')).toBe('split');
  });
});
