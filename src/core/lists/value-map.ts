/**
 * The one value map: the canonical values of every list the add-on knows (lead status, lead
 * source, country, job title ...) and the aliases people actually type for them. It lives in the
 * "CRM Lists" sheet, feeds the normalizers (status/source canonicalization, extra title and
 * country aliases) and the dropdowns (data validation), so the sheet has one source of truth.
 *
 * Sheet layout (one row per canonical value; a header row is optional and recognised):
 *
 *   List         | Value      | Aliases
 *   Lead status  | New        | Baru, Mới, Nový, Ny, Yeni
 *   Lead status  | Contacted  | Dihubungi; Đã liên hệ
 *                | Qualified  | ...            <- a blank List cell continues the list above
 *   Lead source  | Website    | Web, Trang web
 *
 * - List: a list name. The well-known lists are matched loosely ("Lead status", "Status",
 *   "Trạng thái" -> `status`); any other name is kept as typed and becomes a list of its own.
 * - Value: the canonical value, written exactly as it should appear in the sheet.
 * - Aliases: comma-, semicolon- or newline-separated variants. Columns after C are read as more
 *   aliases, because people paste one alias per cell.
 *
 * Matching is folded (case, accents, punctuation and spacing ignored, Turkish ı/İ aware), so
 * "MỚI", "moi" and "Mới" are all the same alias.
 *
 * Placeholders ("N/A", "-", "tidak ada", a team's own tokens) are missing values: the map never
 * takes one as an alias and never maps one to a value. List names, values and aliases are text
 * typed by users, so they are only ever keys of Maps or of objects without a prototype
 * ("constructor" is an ordinary list name).
 */
import type { Cell, ColumnRole } from '../table';
import { foldText } from '../normalize/text';
import { cellText } from '../table/cell-text';
import { isPlaceholder } from '../normalize/placeholder';

/** list name -> canonical value -> aliases (the shape of `Settings.valueMap`). */
export type ValueMap = Record<string, Record<string, string[]>>;

/** Roles whose column values come from a list of the value map (and get a dropdown). */
export const LIST_ROLES: readonly ColumnRole[] = ['status', 'source', 'country', 'title'];

/** What each well-known list is called in the CRM Lists sheet. */
const LIST_TITLES: Readonly<Record<string, string>> = {
  status: 'Lead status',
  source: 'Lead source',
  country: 'Country',
  title: 'Job title',
};

// Folded names people give the well-known lists (en, id, vi, cs, sv, tr).
const LIST_NAME_ALIASES: Readonly<Record<string, string>> = {
  status: 'status', 'lead status': 'status', 'deal status': 'status', stage: 'status', 'lead stage': 'status',
  'status prospek': 'status', 'status lead': 'status', 'trang thai': 'status', 'stav': 'status',
  'stav leadu': 'status', 'durum': 'status', 'musteri durumu': 'status',
  source: 'source', 'lead source': 'source', 'sumber': 'source', 'sumber lead': 'source', 'nguon': 'source',
  'zdroj': 'source', 'kalla': 'source', 'kaynak': 'source',
  country: 'country', countries: 'country', negara: 'country', 'quoc gia': 'country', 'zeme': 'country',
  land: 'country', 'ulke': 'country',
  title: 'title', 'job title': 'title', 'jabatan': 'title', 'chuc danh': 'title', 'pozice': 'title',
  'titel': 'title', 'unvan': 'title', 'position': 'title',
};

export const VALUE_MAP_HEADER: readonly string[] = ['List', 'Value', 'Aliases'];

/**
 * The value map a new document starts with. Country and job title have no default list: the
 * normalizers already know every country and the common titles, and a 250-entry dropdown is
 * not what a small team wants; a team that wants a short list adds it in the sheet.
 * A function, not a constant, so callers can edit the result freely.
 */
export function defaultValueMap(): ValueMap {
  return {
    status: {
      New: ['new lead', 'open', 'baru', 'lead baru', 'mới', 'khách mới', 'nový', 'nová', 'ny', 'yeni'],
      Contacted: [
        'contacted', 'in contact', 'dihubungi', 'sudah dihubungi', 'đã liên hệ', 'đã gọi', 'kontaktován', 'kontaktováno',
        'kontaktovaný', 'kontaktad', 'kontaktade', 'iletişime geçildi', 'arandı', 'ulaşıldı',
      ],
      Qualified: [
        'sql', 'terkualifikasi', 'memenuhi syarat', 'đủ điều kiện', 'kvalifikovaný', 'kvalifikováno',
        'kvalificerad', 'nitelikli', 'uygun',
      ],
      Proposal: [
        'proposal sent', 'quote', 'quote sent', 'quotation', 'penawaran', 'proposal dikirim', 'đề xuất', 'báo giá', 'đã gửi báo giá',
        'nabídka', 'nabídka odeslána', 'offert', 'offert skickad', 'teklif', 'teklif verildi', 'teklif gönderildi',
      ],
      Negotiation: [
        'negotiating', 'in negotiation', 'negosiasi', 'đàm phán', 'thương lượng', 'vyjednávání', 'jednání',
        'förhandling', 'förhandlar', 'müzakere', 'pazarlık',
      ],
      Won: [
        'closed won', 'won deal', 'menang', 'berhasil', 'closing', 'thắng', 'chốt', 'đã chốt', 'thành công', 'vyhráno',
        'vyhraný', 'získáno', 'vunnen', 'vunnet', 'vunnit', 'kazanıldı', 'kazanılan',
      ],
      Lost: [
        'closed lost', 'lost deal', 'kalah', 'gagal', 'thua', 'mất', 'thất bại', 'ztraceno', 'prohráno', 'prohraný',
        'förlorad', 'förlorat', 'kaybedildi', 'kaybedilen',
      ],
      Unqualified: [
        'disqualified', 'not qualified', 'junk', 'tidak memenuhi syarat', 'tidak qualified', 'không đủ điều kiện',
        'không tiềm năng', 'nekvalifikovaný', 'nekvalifikováno', 'ej kvalificerad', 'diskvalificerad', 'niteliksiz',
        'uygun değil', 'diskalifiye',
      ],
      // Lifecycle stages many small teams track instead of (or beside) a deal pipeline.
      Lead: ['leads', 'calon pelanggan', 'khách hàng tiềm năng', 'potenciální zákazník', 'potentiell kund', 'aday müşteri'],
      Prospect: [
        'prospects', 'prospek', 'tiềm năng', 'prospekt', 'zájemce', 'potansiyel', 'potansiyel müşteri', 'intressent',
      ],
      Customer: [
        'customers', 'client', 'klient', 'pelanggan', 'klien', 'khách hàng', 'zákazník', 'kund', 'müşteri',
      ],
      Churned: [
        'churn', 'former customer', 'cancelled', 'canceled', 'mantan pelanggan', 'berhenti', 'khách cũ', 'đã rời bỏ',
        'bývalý zákazník', 'odešel', 'tidigare kund', 'avslutad', 'eski müşteri', 'kayıp müşteri',
      ],
    },
    source: {
      Website: [
        'web', 'web site', 'site', 'web form', 'inbound', 'situs web', 'situs', 'trang web', 'webové stránky', 'web stránky',
        'webbplats', 'hemsida', 'webbsida', 'web sitesi', 'internet sitesi',
      ],
      Referral: [
        'referred', 'referrals', 'word of mouth', 'rujukan', 'referensi', 'rekomendasi', 'giới thiệu', 'người quen giới thiệu',
        'doporučení', 'rekommendation', 'hänvisning', 'tips', 'referans', 'tavsiye',
      ],
      Event: [
        'events', 'trade show', 'tradeshow', 'conference', 'webinar', 'acara', 'pameran', 'seminar', 'sự kiện', 'hội chợ',
        'hội thảo', 'akce', 'událost', 'veletrh', 'konference', 'evenemang', 'mässa', 'konferens', 'etkinlik', 'fuar',
        'konferans',
      ],
      'Cold call': [
        'cold calling', 'outbound call', 'telemarketing', 'panggilan dingin', 'telepon keluar', 'gọi điện', 'gọi lạnh',
        'studený hovor', 'studené volání', 'kall-samtal', 'kallsamtal', 'kalla samtal', 'soğuk arama', 'telefonla arama',
      ],
      'Email campaign': [
        'email', 'e-mail', 'newsletter', 'mailing', 'email marketing', 'kampanye email', 'kampanye surel', 'chiến dịch email', 'emailová kampaň', 'e-mailová kampaň', 'e-mailkampanj', 'utskick', 'e-posta kampanyası',
        'e-posta', 'eposta',
      ],
      'Social media': [
        'social', 'facebook', 'linkedin', 'instagram', 'twitter', 'tiktok', 'zalo', 'media sosial', 'medsos',
        'mạng xã hội', 'sociální sítě', 'sociala medier', 'sosyal medya',
      ],
      Partner: ['partners', 'reseller', 'mitra', 'mitra bisnis', 'đối tác', 'partnerská firma', 'återförsäljare', 'iş ortağı', 'bayi'],
      Advertising: ['ads', 'paid ads', 'google ads', 'ppc', 'iklan', 'quảng cáo', 'reklama', 'annons', 'annonsering', 'reklam'],
      Other: ['others', 'misc', 'lainnya', 'lain-lain', 'khác', 'jiné', 'ostatní', 'övrigt', 'annat', 'diğer'],
    },
  };
}

/** The key of a list name as typed in the sheet: a well-known list id, or the trimmed name. */
export function listKey(name: string): string {
  const folded = foldText(name);
  return ownEntry(LIST_NAME_ALIASES, folded) ?? name.trim();
}

/** The name to show for a list in the sheet ("Lead status" for `status`). */
export function listTitle(key: string): string {
  return ownEntry(LIST_TITLES, key) ?? key;
}

/** A table's own entry for a key typed by a user (never an inherited property such as "constructor"). */
function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A cell of the CRM Lists sheet as trimmed text. */
function listText(cell: Cell): string {
  return cellText(cell).trim();
}

function splitAliases(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface ParsedValueMap {
  map: ValueMap;
  /** Things the user should fix in the sheet, one sentence each (1-based sheet rows). */
  problems: string[];
}

/**
 * Read the CRM Lists sheet values (getValues() of the whole block). Rows without a value are
 * skipped; an alias that already belongs to another value of the same list is reported and
 * ignored, because one typed word cannot mean two statuses.
 */
export function parseValueMap(values: Cell[][], placeholders?: ReadonlySet<string>): ParsedValueMap {
  const map: ValueMap = Object.create(null) as ValueMap;
  const problems: string[] = [];
  // folded alias -> canonical, per list, to catch clashes
  const owners = new Map<string, Map<string, string>>();
  let current = '';
  values.forEach((raw, i) => {
    const row = Array.isArray(raw) ? raw : [];
    const listCell = listText(row[0]);
    const value = listText(row[1]);
    if (i === 0 && foldText(listCell) === 'list' && foldText(value) === 'value') return; // header row
    if (listCell !== '') current = listKey(listCell);
    if (value === '') return;
    if (current === '') {
      problems.push(`Row ${i + 1}: "${value}" has no list name; it was skipped.`);
      return;
    }
    const list = ownEntry(map, current) ?? (map[current] = Object.create(null) as Record<string, string[]>);
    let own = owners.get(current);
    if (!own) {
      own = new Map();
      owners.set(current, own);
    }
    const aliases: string[] = [];
    for (let c = 2; c < row.length; c++) aliases.push(...splitAliases(listText(row[c])));
    // The same canonical value listed twice: its aliases are combined.
    const canonical = Object.keys(list).find((k) => foldText(k) === foldText(value)) ?? value;
    const target = ownEntry(list, canonical) ?? (list[canonical] = []);
    for (const word of [canonical, ...aliases]) {
      const folded = foldText(word);
      if (folded === '') continue;
      if (word !== canonical && isPlaceholder(word, placeholders)) {
        problems.push(`Row ${i + 1}: "${word}" stands for a missing value; it cannot be an alias of "${canonical}" and was ignored.`);
        continue;
      }
      const owner = own.get(folded);
      if (owner !== undefined && owner !== canonical) {
        problems.push(`Row ${i + 1}: "${word}" is already an alias of "${owner}" in ${listTitle(current)}; ignored here.`);
        continue;
      }
      own.set(folded, canonical);
      if (word !== canonical && !target.some((a) => foldText(a) === folded)) target.push(word);
    }
  });
  return { map, problems };
}

/** The CRM Lists sheet block for a value map: header row, then one row per canonical value. */
export function serializeValueMap(map: ValueMap): string[][] {
  const out: string[][] = [VALUE_MAP_HEADER.slice()];
  for (const [key, list] of Object.entries(map)) {
    for (const [canonical, aliases] of Object.entries(list)) {
      out.push([listTitle(key), canonical, aliases.join(', ')]);
    }
  }
  return out;
}

/**
 * The value map in effect: each list of the user's map replaces the default list of the same
 * name (so deleting "Negotiation" in the sheet really removes it); lists the user has not
 * written (yet) come from the defaults.
 */
export function effectiveValueMap(user: ValueMap | undefined): ValueMap {
  return Object.assign(Object.create(null) as ValueMap, defaultValueMap(), user ?? {});
}

/** A compiled lookup of one list: folded value or alias -> canonical value. */
export type ListLookup = (value: Cell) => string | null;

/** Compile one list for repeated lookups (a sheet column); null when the list is not defined. */
export function listLookup(map: ValueMap, listName: string, placeholders?: ReadonlySet<string>): ListLookup | null {
  const list = ownEntry(map, listName);
  if (!list || Object.keys(list).length === 0) return null;
  const index = new Map<string, string>();
  for (const canonical of Object.keys(list)) {
    // The canonical spelling wins over any alias with the same fold; first definition wins otherwise.
    const f = foldText(canonical);
    if (f !== '') index.set(f, canonical);
  }
  for (const [canonical, aliases] of Object.entries(list)) {
    // A value map read from settings is data, not types: skip what is not a list of words.
    for (const alias of Array.isArray(aliases) ? aliases : []) {
      if (typeof alias !== 'string' || isPlaceholder(alias, placeholders)) continue;
      const f = foldText(alias);
      if (f !== '' && !index.has(f)) index.set(f, canonical);
    }
  }
  return (value) => {
    // A placeholder is never mapped, not even onto a canonical value spelled like one ("Unknown"):
    // "TBD" stays "TBD".
    if (typeof value !== 'string' || value.length > 200 || isPlaceholder(value, placeholders)) return null;
    const f = foldText(value);
    return f === '' ? null : (index.get(f) ?? null);
  };
}

/** The canonical value of `value` in a list, or null when the list does not know it. */
export function canonicalize(map: ValueMap, listName: string, value: Cell, placeholders?: ReadonlySet<string>): string | null {
  return listLookup(map, listName, placeholders)?.(value) ?? null;
}

/** The list that feeds a column role's values and dropdown (`status` -> `status`), if any. */
export function listForRole(role: ColumnRole | null | undefined): string | null {
  return role && LIST_ROLES.includes(role) ? role : null;
}

/** The dropdown values of a column role: the canonical values of its list, in sheet order. */
export function dropdownValues(map: ValueMap, role: ColumnRole): string[] {
  const list = listForRole(role);
  const values = list ? ownEntry(map, list) : undefined;
  return values ? Object.keys(values) : [];
}
