import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/core/table/columns';
import { HEADER_SYNONYMS } from '../../src/core/data/header-synonyms';
import { foldText } from '../../src/core/normalize/text';
import type { Cell, ColumnRole } from '../../src/core/table';
import { seededRandom as rng } from '../../scripts/lib/seeded-random';


/** header -> expected role pairs, checked as one sheet. */
function expectRoles(pairs: [string, ColumnRole | null][], sample: Cell[][] = []): void {
  const roles = detectColumns(pairs.map(([h]) => h), sample);
  expect(pairs.map(([h], i) => [h, roles[i]])).toEqual(pairs);
}

describe('detectColumns: a typical sheet in every language', () => {
  it('English', () => {
    expectRoles([['ID', 'id'], ['Full name', 'name'], ['Email', 'email'], ['Mobile', 'phone'], ['Work phone', 'phone'], ['Company', 'company'], ['Job title', 'title'], ['Country', 'country'], ['City', 'city'], ['Address', 'address'], ['Lead status', 'status'], ['Lead source', 'source'], ['Account owner', 'owner'], ['Last contacted', 'lastActivity'], ['Date added', 'createdAt'], ['Website', 'website'], ['Notes', 'notes']]);
  });
  it('Indonesian', () => {
    expectRoles([['Nama Lengkap', 'name'], ['Surel', 'email'], ['No HP', 'phone'], ['WhatsApp', 'phone'], ['Perusahaan', 'company'], ['Jabatan', 'title'], ['Negara', 'country'], ['Kota', 'city'], ['Alamat', 'address'], ['Tahap', 'status'], ['Sumber', 'source'], ['PIC', 'owner'], ['Terakhir dihubungi', 'lastActivity'], ['Tanggal dibuat', 'createdAt'], ['Situs', 'website'], ['Catatan', 'notes']]);
    expectRoles([['Nama Depan', 'firstName'], ['Nama Belakang', 'lastName'], ['Nomor HP', 'phone'], ['Aktivitas terakhir', 'lastActivity']]);
  });
  it('Vietnamese', () => {
    expectRoles([['Họ và tên', 'name'], ['Thư điện tử', 'email'], ['Số điện thoại', 'phone'], ['Tên công ty', 'company'], ['Chức vụ', 'title'], ['Quốc gia', 'country'], ['Thành phố', 'city'], ['Địa chỉ', 'address'], ['Trạng thái', 'status'], ['Nguồn', 'source'], ['Người phụ trách', 'owner'], ['Lần liên hệ cuối', 'lastActivity'], ['Ngày tạo', 'createdAt'], ['Ghi chú', 'notes']]);
    expectRoles([['Họ', 'lastName'], ['Tên', 'firstName'], ['SĐT', 'phone'], ['Điện thoại', 'phone'], ['Chức danh', 'title']]);
    expectRoles([['Họ tên', 'name'], ['Công ty', 'company']]);
    // A lone "Tên" is the whole name.
    expectRoles([['Tên', 'name'], ['Email', 'email']]);
  });
  it('Czech', () => {
    expectRoles([['Celé jméno', 'name'], ['E-mail', 'email'], ['Telefon', 'phone'], ['Mobil', 'phone'], ['Společnost', 'company'], ['Pozice', 'title'], ['Země', 'country'], ['Město', 'city'], ['Adresa', 'address'], ['Stav', 'status'], ['Zdroj', 'source'], ['Vlastník', 'owner'], ['Poslední kontakt', 'lastActivity'], ['Poznámka', 'notes']]);
    // "Jméno" next to "Příjmení" is the first name.
    expectRoles([['Jméno', 'firstName'], ['Příjmení', 'lastName'], ['Firma', 'company'], ['Funkce', 'title'], ['Obchodník', 'owner'], ['Poslední aktivita', 'lastActivity']]);
    expectRoles([['Křestní jméno', 'firstName'], ['Příjmení', 'lastName'], ['Stát', 'country']]);
  });
  it('Swedish', () => {
    expectRoles([['Namn', 'name'], ['E-post', 'email'], ['Telefonnummer', 'phone'], ['Mobil', 'phone'], ['Företag', 'company'], ['Befattning', 'title'], ['Land', 'country'], ['Ort', 'city'], ['Adress', 'address'], ['Status', 'status'], ['Källa', 'source'], ['Ansvarig', 'owner'], ['Senaste kontakt', 'lastActivity'], ['Skapad', 'createdAt'], ['Webbplats', 'website'], ['Anteckningar', 'notes']]);
    expectRoles([['Förnamn', 'firstName'], ['Efternamn', 'lastName'], ['Bolag', 'company'], ['Titel', 'title'], ['Stad', 'city'], ['Säljare', 'owner'], ['Senaste aktivitet', 'lastActivity'], ['Roll', null]]);
  });
  it('Turkish', () => {
    expectRoles([['Ad Soyad', 'name'], ['E-posta', 'email'], ['Cep Telefonu', 'phone'], ['Telefon', 'phone'], ['Şirket', 'company'], ['Unvan', 'title'], ['Ülke', 'country'], ['Şehir', 'city'], ['Adres', 'address'], ['Durum', 'status'], ['Kaynak', 'source'], ['Sorumlu', 'owner'], ['Son iletişim', 'lastActivity'], ['Notlar', 'notes']]);
    expectRoles([['Ad', 'firstName'], ['Soyad', 'lastName'], ['Firma Adı', 'company'], ['Pozisyon', 'title'], ['İl', 'city'], ['Temsilci', 'owner'], ['Son aktivite', 'lastActivity'], ['Aşama', 'status']]);
    expectRoles([['İsim', 'firstName'], ['Soyisim', 'lastName'], ['Görev', 'title']]);
  });
  it('is case-, accent- and punctuation-insensitive', () => {
    expectRoles([['  EMAIL ADDRESS ', 'email'], ['phone_number', 'phone'], ['HO VA TEN', 'name'], ['prijmeni', 'lastName'], ['ULKE', 'country']]);
  });
});

describe('detectColumns: keyword rules, specific first', () => {
  it('reads compound headers', () => {
    expectRoles([['Company phone', 'phone'], ['Company address', 'address'], ['Company website', 'website'], ['Email 2', 'email'], ['Phone (mobile)', 'phone'], ['Lead owner name', 'owner'], ['Last email date', 'lastActivity'], ['Contact email', 'email'], ['Company name', 'company']]);
    // Two address columns: the exact synonym wins over the keyword match on its left.
    expectRoles([['Company address', null], ['Mailing address', 'address']]);
  });
  it('gives no role to headers about a value rather than the value', () => {
    expectRoles([['Lead status', 'status'], ['Email status', null], ['Phone verified', null], ['Email opt-in', null], ['Company size', null], ['Company ID', null]]);
  });
  it('assigns single roles once, strongest then leftmost; phone and email may repeat', () => {
    expectRoles([['Contact name', 'name'], ['Name', null], ['Email', 'email'], ['Work email', 'email'], ['Phone', 'phone'], ['Mobile', 'phone'], ['Country', 'country'], ['Country code', null]]);
    // An exact header beats an earlier keyword-only match.
    expectRoles([['Billing country (old)', null], ['Country', 'country']]);
  });
});

describe('detectColumns: sample rows as a fallback', () => {
  it('guesses unknown headers from values', () => {
    const roles = detectColumns(['Col A', 'Col B', 'Col C', 'Col D', 'Col E'], [
      ['ana@acme.co.id', '+62 812-3456-789', 'www.acme.com', 'Indonesia', '2024-01-02'],
      ['b@x.cz', '0812 3456 789', 'https://x.cz', 'Czechia', '2024-01-03'],
      ['c@y.se', '(08) 123 45 67', 'y.se', 'Sverige', '2024-02-01'],
    ]);
    expect(roles).toEqual(['email', 'phone', 'website', 'country', null]);
  });
  it('lets values decide a vague "Contact" header', () => {
    expect(detectColumns(['Contact'], [['a@b.com'], ['c@d.org']])).toEqual(['email']);
    expect(detectColumns(['Contact'], [['+46 70 123 45 67'], ['+46 70 765 43 21']])).toEqual(['phone']);
    expect(detectColumns(['Contact'], [['Anna Svensson'], ['Jan Novák']])).toEqual(['name']);
    expect(detectColumns(['İletişim'], [['Ayşe'], ['x']])).toEqual([null]);
  });
  it('stays conservative: plain numbers, dates and mixed values are not guessed', () => {
    expect(detectColumns(['X', 'Y', 'Z'], [[12345678, '2024-01-02', 'a@b.com'], [87654321, '02/01/2024', 'hello'], [11111111, '2024-03-04', 'world']])).toEqual([null, null, null]);
  });
  it('never overrides a telling header with the data', () => {
    expect(detectColumns(['Notes'], [['a@b.com'], ['c@d.com']])).toEqual(['notes']);
  });
});

describe('detectColumns: bad input', () => {
  it('returns one role (or null) per header cell for any cell type', () => {
    const header: Cell[] = [null, undefined, 42, true, new Date(2024, 0, 1), '', '#N/A', '=A1', 'x'.repeat(50000), '🙂', 'البريد', 'Email'];
    const roles = detectColumns(header, [[1, 2, 3]]);
    expect(roles).toHaveLength(header.length);
    expect(roles[roles.length - 1]).toBe('email');
    expect(roles.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(detectColumns([])).toEqual([]);
    expect(detectColumns(['Email'], undefined)).toEqual(['email']);
    expect(detectColumns(['A'], [[], null as unknown as Cell[]])).toEqual([null]);
  });

  it('fuzz (seeded): never throws, right length, single roles at most once', () => {
    const rand = rng(99);
    const words = ['Email', 'Phone', 'Name', 'Company', 'Last', 'First', 'status', 'Tên', 'Họ', 'Ad', 'Soyad', 'Land', '#', ' ', '-', '🙂', 'owner', 'Son', 'iletişim', 'Contact', 'x'];
    for (let n = 0; n < 500; n++) {
      const header: string[] = [];
      const width = Math.floor(rand() * 12);
      for (let c = 0; c < width; c++) {
        let h = '';
        const len = 1 + Math.floor(rand() * 3);
        for (let k = 0; k < len; k++) h += `${words[Math.floor(rand() * words.length)] ?? ''} `;
        header.push(h);
      }
      const roles = detectColumns(header, [header.map(() => (rand() < 0.5 ? 'a@b.com' : '+1 212 555 0100'))]);
      expect(roles).toHaveLength(header.length);
      const singles = roles.filter((r): r is ColumnRole => r !== null && r !== 'email' && r !== 'phone');
      expect(new Set(singles).size).toBe(singles.length);
    }
  });
});

describe('header synonym table', () => {
  it('never lists one folded header under two roles', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [role, list] of Object.entries(HEADER_SYNONYMS)) {
      for (const h of list) {
        const key = foldText(h) || h;
        const prev = seen.get(key);
        if (prev && prev !== role) clashes.push(`${h}: ${prev} / ${role}`);
        seen.set(key, role);
      }
    }
    expect(clashes).toEqual([]);
  });
});
