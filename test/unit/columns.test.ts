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

describe('detectColumns: headers of real CRM exports', () => {
  it('HubSpot contacts and companies', () => {
    expectRoles([['Record ID', 'id'], ['First Name', 'firstName'], ['Last Name', 'lastName'], ['Email', 'email'], ['Phone Number', 'phone'], ['Mobile Phone Number', 'phone'], ['Company Name', 'company'], ['Job Title', 'title'], ['Contact owner', 'owner'], ['Create Date', 'createdAt'], ['Last Activity Date', 'lastActivity'], ['Street Address', 'address'], ['Street Address 2', 'address'], ['City', 'city'], ['State/Region', 'state'], ['Postal Code', 'postcode'], ['Country/Region', 'country'], ['Website URL', 'website'], ['Email Domain', null], ['Marketing contact status', null], ['Twitter Username', null], ['Date of birth', 'birthDate']]);
    expectRoles([['Record ID', 'id'], ['Company name', 'company'], ['Company Domain Name', null], ['Company owner', 'owner'], ['Phone Number', 'phone'], ['Parent Company', null], ['Number of Employees', null]]);
  });
  it('Pipedrive "Entity - Field" headers, a person and an organisation export', () => {
    expectRoles([['Person - ID', 'id'], ['Person - Name', 'name'], ['Person - Email - Work', 'email'], ['Person - Email - Home', 'email'], ['Person - Phone - Mobile', 'phone'], ['Person - Organization', 'company'], ['Person - Owner', 'owner'], ['Person - Label', null], ['Person - Add time', 'createdAt'], ['Person - Update time', null], ['Person - Birthday', 'birthDate'], ['Person - Job title', 'title']]);
    expectRoles([['Organization - Name', 'company'], ['Organization - Address', 'address'], ['Organization - Address - City/town', 'city'], ['Organization - Address - ZIP/Postal code', 'postcode'], ['Organization - Address - Country', 'country'], ['Organization - People', null]]);
  });
  it('Salesforce report labels and API field names', () => {
    expectRoles([['Contact ID', 'id'], ['Salutation', null], ['First Name', 'firstName'], ['Middle Name', null], ['Last Name', 'lastName'], ['Suffix', null], ['Account Name', 'company'], ['Mailing Street', 'address'], ['Mailing City', 'city'], ['Mailing State/Province', 'state'], ['Mailing Zip/Postal Code', 'postcode'], ['Mailing Country', 'country'], ['Other Street', null], ['Birthdate', 'birthDate'], ['Assistant', null], ['Asst. Phone', null], ['Email Opt Out', null], ['Fax', null]]);
    expectRoles([['Id', 'id'], ['FirstName', 'firstName'], ['MiddleName', null], ['LastName', 'lastName'], ['AccountId', null], ['MobilePhone', 'phone'], ['MailingStreet', 'address'], ['MailingPostalCode', 'postcode'], ['LeadSource', 'source'], ['CreatedDate', 'createdAt'], ['LastActivityDate', 'lastActivity']]);
  });
  it('Zoho CRM contacts', () => {
    expectRoles([['Record Id', 'id'], ['Contact Owner', 'owner'], ['First Name', 'firstName'], ['Last Name', 'lastName'], ['Account Name', 'company'], ['Vendor Name', null], ['Asst Phone', null], ['Skype ID', null], ['Created By', null], ['Modified By', null], ['Created Time', 'createdAt'], ['Secondary Email', 'email'], ['Last Activity Time', 'lastActivity'], ['Mailing Zip', 'postcode'], ['Reports To', null]]);
  });
  it('the reference sets: Febrl field names, the historical persons, the patent holders', () => {
    expectRoles([['given_name', 'firstName'], ['surname', 'lastName'], ['street_number', 'streetNumber'], ['address_1', 'address'], ['address_2', 'address'], ['suburb', 'city'], ['postcode', 'postcode'], ['state', 'state'], ['date_of_birth', 'birthDate'], ['soc_sec_id', 'nationalId']]);
    expectRoles([['First Name', 'firstName'], ['Last Name', 'lastName'], ['Date of Birth', 'birthDate'], ['City', 'city'], ['Postcode', 'postcode'], ['Gender', null], ['Job Title', 'title']]);
    expectRoles([['Company', 'company']]);
  });
});

describe('detectColumns: headers that only look like a role', () => {
  it('a middle or maiden name is not the full name, in six languages', () => {
    expectRoles([['First Name', 'firstName'], ['Middle Name', null], ['Last Name', 'lastName']]);
    expectRoles([['Nama Depan', 'firstName'], ['Nama Tengah', null], ['Nama Belakang', 'lastName'], ['Nama Ibu', null]]);
    expectRoles([['Họ', 'lastName'], ['Tên đệm', null], ['Tên', 'firstName']]);
    expectRoles([['Jméno', 'firstName'], ['Druhé jméno', null], ['Příjmení', 'lastName'], ['Rodné příjmení', null]]);
    expectRoles([['Förnamn', 'firstName'], ['Mellannamn', null], ['Efternamn', 'lastName']]);
    expectRoles([['Ad', 'firstName'], ['İkinci Ad', null], ['Soyad', 'lastName'], ['Kızlık Soyadı', null]]);
    expectRoles([['Maiden name', null], ['Full name', 'name']]);
  });
  it('a county or district is neither the state nor the city', () => {
    expectRoles([['City', 'city'], ['County', null], ['State', 'state']]);
    expectRoles([['Şehir', 'city'], ['İlçe', null]]);
    expectRoles([['Město', 'city'], ['Okres', null], ['Kraj', 'state']]);
  });
  it('"X name" is the person only when X is about the person', () => {
    expectRoles([['Customer full name', 'name'], ['Campaign name', null], ['Deal name', null], ['Emergency contact', null]]);
    expectRoles([['Nama Pelanggan', 'name'], ['Nama Sales', null]]);
    expectRoles([['Họ tên khách hàng', 'name'], ['Tên sản phẩm', null], ['Ürün Adı', null]]);
    expectRoles([['Name and surname', 'name'], ['E-mail', 'email']]);
  });
});
