// Seeded generator of messy CRM rows for the normalization benchmarks (all fields, six locales).
import { seededRandom } from '../../scripts/lib/seeded-random';

const NAMES = ['ŞAHİN YILMAZ', 'nguyễn thị lợi', 'JIŘÍ NOVÁK', 'åsa östergren', 'SITI NURHALIZA', 'john mcdonald', 'Budi Santoso', 'Trần Văn Nam', 'Eva Svobodová', 'Ayşe Demir'];
const COMPANIES = ['PT Maju Jaya Tbk', 'Công ty TNHH Minh Phát', 'Novák s.r.o.', 'Volvo Cars AB (publ)', 'Demir Tekstil San. ve Tic. A.Ş.', 'ACME, INC.', 'cv sumber rejeki', 'Östra Bygg AB', 'Koç Holding A.Ş.', 'Acme Corp'];
const TITLES = ['CMO', 'Chief Marketing Officer', 'Marketing Chief', 'Pazarlama Direktörü', 'Giám đốc tiếp thị', 'VD', 'Direktur Utama', 'Obchodní ředitel', 'sales manager', 'Satış Müdürü'];
const DOMAINS = ['gmail.com', 'gmail.cmo', 'yahoo.co.id', 'seznam.cz', 'hotmail.com.tr', 'outlook.com', 'acme.co.id', 'firma.cz', 'foretag.se', 'congty.com.vn'];

// Countries by market, so a row's phone is typed the way that country types it (as in real CRMs).
const MARKETS: Array<{ countries: string[]; styles: number[] }> = [
  { countries: ['Indonesia', 'RI', 'indonesia '], styles: [0, 1, 2] },
  { countries: ['Việt Nam', 'vn', 'Vietnam'], styles: [3] },
  { countries: ['Česko', 'czech republic', 'CZ'], styles: [4] },
  { countries: ['Sverige', 'Sweden'], styles: [5] },
  { countries: ['Türkiye', 'Turkey', 'TR'], styles: [6] },
  { countries: ['USA', 'U.S.A.', 'Amerika Birleşik Devletleri', 'Hoa Kỳ'], styles: [7] },
];

function phone(rnd: () => number, style: number): string | number {
  const n = Math.floor(rnd() * 1e8).toString().padStart(8, '0');
  switch (style) {
    case 0: return `0812-${n.slice(0, 4)}-${n.slice(4)}`;
    case 1: return `+62 812 ${n.slice(0, 4)} ${n.slice(4)}`;
    case 2: return Number(`62812${n}`);
    case 3: return `091 ${n.slice(0, 3)} ${n.slice(3, 7)}`;
    case 4: return `602 ${n.slice(0, 3)} ${n.slice(3, 6)}`;
    case 5: return `070-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`;
    case 6: return `0532 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`;
    default: return `(213) 373-${n.slice(0, 4)}${rnd() < 0.2 ? ` x${n.slice(4, 6)}` : ''}`;
  }
}

export const MESSY_HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Job Title', 'Status', 'City'];

export function messyRows(count: number, seed = 42): (string | number)[][] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const user = `user${i}.${Math.floor(rnd() * 1000)}`;
    const market = pick(MARKETS);
    rows.push([
      pick(NAMES),
      `  ${rnd() < 0.3 ? user.toUpperCase() : user}@${pick(DOMAINS)} `,
      phone(rnd, pick(market.styles)),
      pick(COMPANIES),
      pick(market.countries),
      pick(TITLES),
      pick(['new', 'Contacted', 'WON', 'lost ']),
      pick(['Jakarta', 'Hà Nội', 'Praha', 'Stockholm', 'İstanbul']),
    ]);
  }
  return rows;
}
