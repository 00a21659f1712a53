import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/core/normalize/title';
import { TITLE_ALIASES } from '../../src/core/data/titles';
import { foldText } from '../../src/core/normalize/text';
import { seededRandom as rng } from '../../scripts/lib/seeded-random';


const title = (v: string): unknown => normalizeTitle(v).value;

describe('normalizeTitle: the product example', () => {
  it('maps every variant of the marketing lead to Chief Marketing Officer', () => {
    for (const v of ['CMO', 'C.M.O.', 'cmo', 'Chief Marketing Officer', 'CHIEF MARKETING OFFICER', 'Marketing Chief', 'Chief Marketing', 'Pazarlama Direktörü', 'PAZARLAMA DİREKTÖRÜ', 'Giám đốc tiếp thị', 'Giám đốc Marketing', 'Trưởng phòng tiếp thị', 'Direktur Pemasaran', 'Marketingový ředitel', 'Ředitel marketingu', 'Marknadschef']) {
      expect([v, title(v)]).toEqual([v, 'Chief Marketing Officer']);
    }
  });

  it('keeps Head of Marketing, Marketing Director and Marketing Manager as their own classes', () => {
    expect(title('Head of Marketing')).toBe('Head of Marketing');
    expect(title('Marketing Head')).toBe('Head of Marketing');
    expect(title('Director of Marketing')).toBe('Marketing Director');
    expect(title('Mktg Dir.')).toBe('Marketing Director');
    expect(title('Marketing Mgr')).toBe('Marketing Manager');
    expect(title('VP Marketing')).toBe('Vice President of Marketing');
  });
});

describe('normalizeTitle: variants per language', () => {
  const cases: [string, string[]][] = [
    ['Chief Executive Officer', ['CEO', 'Chief Executive', 'Direktur Utama', 'Dirut', 'Presiden Direktur', 'Giám đốc điều hành', 'Tổng giám đốc', 'Generální ředitel', 'VD', 'Verkställande direktör', 'Genel Müdür', 'İcra Kurulu Başkanı']],
    ['Chief Financial Officer', ['CFO', 'Direktur Keuangan', 'Giám đốc tài chính', 'Finanční ředitel', 'Ekonomichef', 'Finans Direktörü']],
    ['Chief Technology Officer', ['CTO', 'Giám đốc công nghệ', 'Technický ředitel', 'Teknisk chef']],
    ['Chief Sales Officer', ['CSO', 'Chief Sales Officer', 'Obchodní ředitel', 'Satış Direktörü', 'Giám đốc kinh doanh']],
    ['Managing Director', ['MD', 'Managing Director', 'Jednatel', 'Jednatelka']],
    ['Marketing Manager', ['Manajer Pemasaran', 'Pazarlama Müdürü', 'Quản lý marketing', 'Marketingový manažer']],
    ['Sales Manager', ['Sales Mgr', 'Manager, Sales', 'Manajer Penjualan', 'Satış Müdürü', 'Försäljningschef', 'Obchodní manažer']],
    ['Sales Representative', ['Sales Rep', 'Salesperson', 'Obchodní zástupce', 'Säljare', 'Satış Temsilcisi', 'Nhân viên kinh doanh']],
    ['Head of Sales', ['Trưởng phòng kinh doanh', 'Kepala Bagian Penjualan', 'Vedoucí obchodu']],
    ['Finance Manager', ['Mali İşler Müdürü', 'Manajer Keuangan']],
    ['IT Manager', ['Bilgi İşlem Müdürü', 'IT manažer']],
    ['Purchasing Manager', ['Procurement Manager', 'Inköpschef', 'Satın Alma Müdürü', 'Manajer Pembelian']],
    ['Founder', ['Pendiri', 'Nhà sáng lập', 'Zakladatel', 'Grundare', 'Kurucu']],
    ['Co-Founder', ['Cofounder', 'co-founder', 'Đồng sáng lập', 'Medgrundare', 'Kurucu Ortak']],
    ['Founder & CEO', ['Founder and CEO', 'CEO & Founder', 'Founder/CEO']],
    ['Vice President of Sales', ['VP Sales', 'VP, Sales', 'Vice President, Sales', 'Sales VP']],
    ['Account Executive', ['AE', 'Account Exec', 'Acct. Exec.']],
    ['Staff', ['Staf', 'Nhân viên', 'Zaměstnanec', 'Medarbetare', 'Çalışan']],
    ['Intern', ['Magang', 'Thực tập sinh', 'Stážista', 'Praktikant', 'Stajyer']],
  ];
  for (const [canonical, variants] of cases) {
    it(canonical, () => {
      for (const v of variants) expect([v, title(v)]).toEqual([v, canonical]);
    });
  }

  it('keeps seniority as a prefix', () => {
    expect(title('Sr. Account Exec')).toBe('Senior Account Executive');
    expect(title('Senior Software Engineer')).toBe('Senior Software Engineer');
    expect(title('Jr. Developer')).toBe('Junior Developer');
    expect(title('C.E.O. & Founder')).toBe('Founder & CEO');
    expect(title('Kỹ sư phần mềm cấp cao')).toBe('Senior Software Engineer');
    expect(title('Kıdemli Yazılım Mühendisi')).toBe('Senior Software Engineer');
    expect(title('SVP')).toBe('Senior Vice President');
    expect(title('Senior')).toBe('Senior'); // a level without a role is not a title
  });

  it('explains the change with rule title.canonical', () => {
    expect(normalizeTitle('CMO')).toEqual({ value: 'Chief Marketing Officer', changed: true, rule: 'title.canonical', why: 'CMO -> Chief Marketing Officer', flags: [] });
    expect(normalizeTitle('Chief Marketing Officer')).toEqual({ value: 'Chief Marketing Officer', changed: false, rule: 'none', why: '', flags: [] });
  });
});

describe('normalizeTitle: unknown titles stay as typed', () => {
  it('flags them unrecognized and only cleans spaces', () => {
    expect(normalizeTitle('Chief Happiness Wizard')).toEqual({ value: 'Chief Happiness Wizard', changed: false, rule: 'none', why: '', flags: ['unrecognized'] });
    expect(normalizeTitle('  Product   Owner ')).toMatchObject({ value: 'Product Owner', changed: true, flags: ['unrecognized'] });
    // Department words are not titles.
    for (const v of ['Sales', 'Marketing', 'Senior Marketing', 'Assistant Manager to the CEO']) expect(title(v)).toBe(v);
  });
});

describe('normalizeTitle: user aliases from the value map', () => {
  it('are honoured and win over the built-in table', () => {
    const extraAliases = { 'Marketing Lead': ['CMO', 'Marketing Chief'], 'Growth Marketer': ['Growth Hacker', 'Growth Ninja'] };
    expect(normalizeTitle('CMO', { extraAliases }).value).toBe('Marketing Lead');
    expect(normalizeTitle('marketing chief', { extraAliases }).value).toBe('Marketing Lead');
    expect(normalizeTitle('Growth Hacker', { extraAliases }).value).toBe('Growth Marketer');
    expect(normalizeTitle('growth marketer', { extraAliases }).value).toBe('Growth Marketer');
    expect(normalizeTitle('CFO', { extraAliases }).value).toBe('Chief Financial Officer');
    expect(normalizeTitle('CMO').value).toBe('Chief Marketing Officer');
  });

  it('survive malformed value maps', () => {
    const bad = { 'Sales Lead': [42, null, 'Head Seller'] } as unknown as Record<string, string[]>;
    expect(normalizeTitle('Head Seller', { extraAliases: bad }).value).toBe('Sales Lead');
    expect(normalizeTitle('CEO', { extraAliases: { '': ['CEO'] } }).value).toBe('Chief Executive Officer');
  });
});

describe('normalizeTitle: bad input', () => {
  const date = new Date(2024, 0, 2);
  it.each([[42, 42], [true, true], [date, date], [null, ''], [undefined, ''], ['  ', '']])('%s', (input, expected) => {
    expect(normalizeTitle(input).value).toBe(expected);
  });

  it('errors, formulas, huge strings, emoji, RTL', () => {
    expect(normalizeTitle('#N/A')).toMatchObject({ value: '#N/A', flags: ['error-value'] });
    expect(normalizeTitle('=A1')).toMatchObject({ value: '=A1', changed: false });
    const huge = 'CEO '.repeat(12500).trim();
    expect(normalizeTitle(huge)).toMatchObject({ value: huge, changed: false, flags: ['too-long'] });
    expect(normalizeTitle('👑 CEO 👑').value).toBe('Chief Executive Officer'); // emoji fold away
    expect(normalizeTitle('👑')).toMatchObject({ value: '👑', changed: false });
    expect(normalizeTitle('مدير تنفيذي')).toMatchObject({ changed: false, flags: ['unrecognized'] });
  });
});

describe('title table', () => {
  it('has no variant shared by two classes, and every variant reads back to its class', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const [canonical, aliases] of Object.entries(TITLE_ALIASES)) {
      for (const alias of [canonical, ...aliases]) {
        const key = foldText(alias);
        const prev = owner.get(key);
        if (prev && prev !== canonical) problems.push(`${alias}: ${prev} / ${canonical}`);
        owner.set(key, canonical);
        if (normalizeTitle(alias).value !== canonical) problems.push(`${alias} -> ${String(normalizeTitle(alias).value)}, expected ${canonical}`);
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(TITLE_ALIASES).length).toBeGreaterThanOrEqual(40);
  });
});

describe('normalizeTitle fuzz (seeded)', () => {
  const canonicals = new Set(Object.keys(TITLE_ALIASES));
  const words = ['CEO', 'Chief', 'Marketing', 'Sr.', 'Mgr', 'VP', 'of', 'Giám', 'đốc', 'Müdürü', 'Satış', 'ředitel', 'chef', ',', '&', '/', '🙂', '\u00A0', 'Junior', 'x', ''];
  it('never throws; output is the trimmed input or a (levelled) canonical title', () => {
    const rand = rng(7);
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const len = Math.floor(rand() * 5);
      for (let k = 0; k < len; k++) parts.push(words[Math.floor(rand() * words.length)] ?? '');
      const s = parts.join(rand() < 0.5 ? ' ' : '  ');
      const r = normalizeTitle(s);
      if (r.rule === 'title.canonical') {
        expect(canonicals.has((r.value as string).replace(/^(Senior|Junior) /, '')) || canonicals.has(r.value as string)).toBe(true);
      } else {
        expect(typeof r.value).toBe('string');
        expect(foldText(r.value as string)).toBe(foldText(s));
      }
    }
  });
});
