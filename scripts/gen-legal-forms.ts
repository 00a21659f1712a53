/**
 * Generates src/core/data/legal-forms.generated.ts from the shared legal-form lists:
 *   - ISO 20275 ELF code list (GLEIF): local names + abbreviations per country
 *   - cleanco terms by country (MIT)
 *
 * Output is deliberately small (the whole Apps Script bundle must stay < 400 KB): one line per
 * legal-form abbreviation, `short|long|countries`, grouped by its loose key (lower-case, no dots,
 * commas, brackets or spaces). Only abbreviations are matched at runtime; long names are kept for
 * the `long` output style. Long names are never matched from this table because many are
 * ordinary words ("National Bank", "Kommun") that would eat real company names; the hand-curated
 * table (legal-forms-curated.ts) adds the long spellings that are safe to match.
 *
 * Run: npx tsx scripts/gen-legal-forms.ts [path/to/legal-forms]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'data', 'legal-forms');
const OUT = join(process.cwd(), 'src', 'core', 'data', 'legal-forms.generated.ts');
const ELF_FILE = 'ISO-20275_ELF_2026-02-19.csv';

// The five markets the product supports first, then the countries whose forms show up in
// international CRM data often enough to matter. Everything else would only grow the bundle.
const CORE = ['ID', 'VN', 'CZ', 'SE', 'TR'];
const OTHER = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'SG', 'MY', 'IN', 'HK', 'PH', 'DE', 'AT', 'CH', 'NL', 'FR', 'ES', 'IT', 'PL', 'SK', 'NO', 'DK', 'FI'];
const COUNTRIES = new Set([...CORE, ...OTHER]);
const CLEANCO_COUNTRY: Record<string, string> = {
  Indonesia: 'ID', 'Czech Republic': 'CZ', Sweden: 'SE', Turkey: 'TR', 'United States of America': 'US',
  'United Kingdom': 'GB', Ireland: 'IE', Canada: 'CA', Australia: 'AU', 'New Zealand': 'NZ', Singapore: 'SG',
  Malaysia: 'MY', India: 'IN', 'Hong Kong': 'HK', Philippines: 'PH', Germany: 'DE', Austria: 'AT',
  Switzerland: 'CH', Netherlands: 'NL', France: 'FR', Spain: 'ES', Italy: 'IT', Poland: 'PL', Slovakia: 'SK',
  Norway: 'NO', Denmark: 'DK', Finland: 'FI',
};

// Abbreviations that are also everyday words, initials or product names in company names
// ("Acme PC", "Studio SF", "Trust", "Company"). Treating them as legal forms would rewrite or
// strip real names, so they are left out; the curated table handles the safe ones (Co., Corp.).
const STOP = new Set([
  'i', 'pc', 'pa', 'lc', 'sf', 'sb', 'mb', 'br', 'fa', 'ct', 'is', 'cn', 'ei', 'ep', 'ba', 'da', 'kf', 'ks', 'sc',
  'ss', 'cb', 'fp', 'fi', 'ps', 'ms', 'lv', 'lg', 'oi', 'gen', 'eu', 'oth', 'fon', 'aa', 'dba', 'trust', 'company',
  'co', 'corp', 'corporation', 'association', 'assn', 'assoc', 'partnership', 'society', 'sr', 'anl', 'teo', 'cti',
  'ctr', 'cpt', 'cga', 'emc', 'reit', 'cdc', 'bc', 'bt', 'ca', 'gp', 'nl', 'limited', 'incorporated', 'cooperative',
  'coop', 'coop.', 'coöp', 'co-op', 'co-operative', 'ab', 'ek', 'ke', 'sa', 'as', 'se', 'me', 'hn', 'obec', 'ct',
  'bund', 'kanton', 'gemeinde', 'canton', 'commune', 'comune', 'bezirk', 'district', 'procura', 'prokura', 'nbs',
  'ultd', 'unltd', 'ulc', 'cic', 'cio', 'sàrl', 'ag', 'kg', 'og', 'cv', 'pt', 'sas', 'ud', 'ky', 'oy', 'ok', '&co',
  '&co', 'etat', 'sp', 'pse', 'psu', 'pte', 'hf', 'bl', 'ay', 'sem', 'sep', 'ent', 'tapui', 'nuf', 'rhf', 't:mi', 'tmi',
  'sca', 'sci', 'scs', 'scop', 'gie', 'fcp', 'trustco', 'trustcorp', 'loancorp', 'poolinc', 'poolltd', 'poweratt',
  'öffuntbund', 'fedpublco', 'locpublco', 'asoy', 'g/s', 'mbh&cokg', 'ltdco-op', 'ltdco', 'incco', 'profcorp',
  'persero', 'perum', 'ptpma', 'ptpmdn', 'psc', 'opc', 'mbe', 'na', 'lp', 'ltd', 'inc', 'llc', 'plc',
]);
// Long local names longer than this are descriptions, not names anyone writes after a company.
const MAX_LONG = 60;

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Same loose key as the runtime (company.ts formKey): lower-case, no dots/commas/brackets/spaces. */
function looseKey(s: string): string {
  return s.replace(/İ/g, 'i').toLowerCase().replace(/[.,()\s]/g, '');
}

interface Entry { spellings: Map<string, number>; long: string; countries: Set<string> }
const entries = new Map<string, Entry>();

function isAbbreviation(a: string): boolean {
  if (a.length > 14 || /^(or|a|an|the)\b/i.test(a)) return false;
  // Multi-word items are abbreviations only when every word is short ("Pty. Ltd.", "spol. s r.o.").
  return a.split(/\s+/).every((w) => w.replace(/[.,()]/g, '').length <= 5);
}

function add(abbr: string, long: string, cc: string, weight: number): void {
  const a = abbr.trim();
  const key = looseKey(a);
  if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || STOP.has(key) || !isAbbreviation(a)) return;
  let e = entries.get(key);
  if (!e) { e = { spellings: new Map(), long: '', countries: new Set() }; entries.set(key, e); }
  e.spellings.set(a, (e.spellings.get(a) ?? 0) + weight);
  if (!e.long && long && long.length <= MAX_LONG) e.long = long.trim();
  e.countries.add(cc);
}

const csv = parseCsv(readFileSync(join(SRC, ELF_FILE), 'utf8'));
const header = csv[0] ?? [];
const col = (name: string): number => header.indexOf(name);
const C = {
  cc: col('Country Code (ISO 3166-1)'), local: col('Entity Legal Form name Local name'),
  abbr: col('Abbreviations Local language'), status: col('ELF Status ACTV/INAC'),
};
// Core countries first so their long names win when a key is shared.
const dataRows = csv.slice(1).sort((x, y) => Number(!CORE.includes(x[C.cc] ?? '')) - Number(!CORE.includes(y[C.cc] ?? '')));
for (const r of dataRows) {
  const cc = r[C.cc] ?? '';
  if (!COUNTRIES.has(cc) || r[C.status] !== 'ACTV') continue;
  for (const a of (r[C.abbr] ?? '').split(/[;]|,\s/)) if (a.trim()) add(a, r[C.local] ?? '', cc, 2);
}

const cleanco = JSON.parse(readFileSync(join(SRC, 'cleanco_terms.json'), 'utf8')) as { terms_by_country: Record<string, string[]> };
for (const [country, terms] of Object.entries(cleanco.terms_by_country)) {
  const cc = CLEANCO_COUNTRY[country];
  // cleanco's file has a few mojibake entries (UTF-8 read as Latin-1); skip them.
  if (cc) for (const t of terms) if (!/[ÃÅ]/.test(t)) add(t, '', cc, 1);
}

/** Preferred spelling: the one the sources use most, preferring mixed case and dots on ties. */
function bestSpelling(m: Map<string, number>): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || score(b[0]) - score(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
function score(s: string): number {
  return (/[a-z]/.test(s) && /[A-Z]/.test(s) ? 2 : 0) + (s.includes('.') ? 1 : 0);
}

const lines = [...entries.entries()]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([, e]) => `${bestSpelling(e.spellings)}|${e.long.replace(/\|/g, '')}|${[...e.countries].sort().join(' ')}`);

const out = `// GENERATED by scripts/gen-legal-forms.ts from ISO 20275 (GLEIF ELF list) and cleanco terms (MIT).
// Do not edit by hand: change the generator or legal-forms-curated.ts instead.
// One line per legal-form abbreviation: "short|long local name|ISO countries".
export const GENERATED_LEGAL_FORMS = ${JSON.stringify(lines.join('\n'))};
`;
writeFileSync(OUT, out);
console.log(`wrote ${OUT}: ${lines.length} forms, ${Buffer.byteLength(out)} bytes`);
