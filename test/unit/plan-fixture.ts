import type { Cell, ColumnRoles } from '../../src/core/table';

/** A messy CRM in six locales: the same customers typed several ways. */
export const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Job title', 'Status', 'Source', 'Last activity', 'Notes', 'Score'];
export const ROLES: ColumnRoles = ['name', 'email', 'phone', 'company', 'country', 'title', 'status', 'source', 'lastActivity', 'notes', null];

export function messyRows(): Cell[][] {
  return [
    /* 0 */ ['JOHN SMITH', 'John.Smith@gmail.cmo', '(213) 373-4253', '', 'USA', 'CEO', 'new', 'web', '2026-09-01', '', '=A2'],
    /* 1 */ ['Budi Santoso', 'budi@majujaya.co.id', '0812-3456-7890', 'PT Maju Jaya Tbk', 'Indonesia', 'Direktur', 'Baru', 'Pameran', '01/10/2026', '', 1],
    /* 2 */ ['NGUYỄN THỊ LỢI', 'loi.nguyen@vietco.vn', '090 123 4567', 'Công ty TNHH Vietco', 'Việt Nam', 'Giám đốc', 'Mới', 'Giới thiệu', '15/03/2023', '', 2],
    /* 3 */ ['Jan Novák', 'jan.novak@firma.cz', '602 123 456', 'Firma s.r.o.', 'Česko', 'Ředitel', 'Nový', 'Webové stránky', '15.09.2026', '', 3],
    /* 4 */ ['erik andersson', 'erik@bolag.se', '070-123 45 67', 'Bolag AB (publ)', 'Sverige', 'VD', 'Ny', 'Hemsida', '2026-08-20', '', 4],
    /* 5 */ ['ŞAHİN YILMAZ', 'sahin@firma.com.tr', '0532 123 45 67', 'Firma Ltd. Şti.', 'Türkiye', 'Genel Müdür', 'Yeni', 'Web sitesi', '2026-07-07', '', 5],
    // sure duplicate of row 0: same phone, same gmail after the typo fix, blanks to fill
    /* 6 */ ['John Smith', 'john.smith@gmail.com', '+1 213-373-4253', 'ACME, INC.', '', '', 'Contacted', '', '2026-10-01', 'met at expo', 6],
    // doubtful: only the name says it is Budi again
    /* 7 */ ['Budi Santoso', '', '', '', '', '', 'Contacted', '', '2026-05-01', '', 7],
    // incomplete, invalid
    /* 8 */ ['', 'not-an-email', '12345', '', 'Narnia', '', 'Waiting', '', '', '', 8],
    /* 9 */ ['Ayşe Kaya', '', '#N/A', 'Kaya Ltd', 'TR', '', 'Won', 'Referral', '2024-01-01', '', 9],
  ];
}

const FIRST = ['Agus', 'Siti', 'Minh', 'Thu', 'Petr', 'Eva', 'Lars', 'Karin', 'Emre', 'Elif', 'Mary', 'Tom', 'Dewi', 'Hung', 'Jana', 'Nils'];
const LAST = ['Wijaya', 'Hartono', 'Tran', 'Pham', 'Svoboda', 'Dvořák', 'Lindqvist', 'Berg', 'Demir', 'Çelik', 'Brown', 'Clark', 'Lestari', 'Vo', 'Horák', 'Holm'];
const COUNTRIES = ['Indonesia', 'Vietnam', 'Czechia', 'Sweden', 'Türkiye', 'United States'];

const WORDS = ['Alpha', 'Borneo', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granit', 'Harbor', 'Indigo', 'Jade', 'Kestrel', 'Lotus', 'Mekong', 'Nordic', 'Orchid', 'Pine'];

/** Distinct, clean background customers (at most 256), so match weights are those of a real sheet. */
export function backgroundRows(n: number): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  for (let i = 0; i < Math.min(n, FIRST.length * LAST.length); i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const name = `${first} ${last}`;
    out.push([
      name,
      `${first}.${last}@${WORDS[i % WORDS.length]}-mail.net`.toLowerCase(),
      `+1202555${String(1000 + i).padStart(4, '0')}`,
      `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} Trading`,
      COUNTRIES[i % COUNTRIES.length]!,
      '',
      'Qualified',
      'Website',
      '2026-06-01',
      '',
      i,
    ]);
  }
  return out;
}
