/**
 * Which libphonenumber-js metadata should the phone normalizer bundle?
 *
 *   npx tsx bench/phone-metadata.ts
 *
 * For each of the three metadata sets (min, max, mobile) this prints, over every row of Google's
 * example numbers (one per region and number type):
 * - e164: the example national number parsed with its region gives the listed E.164,
 * - valid: isValid() says yes (the example numbers are all real ranges, so this should be 100%),
 * - type: getType() names the listed type (min has no type patterns, so it can never answer),
 * - the size of the metadata JSON on disk and of a minified esbuild bundle of parser + metadata,
 * - the mean parse time.
 *
 * Then, for the metadata we ship (max), the forms it could ship in, as a custom-function call pays
 * for them: every call is a fresh execution that loads the whole project (lib/cold-start.ts), so
 * each form is timed as load + first parse in a new context, next to its bundle size. The form we
 * shipped before (deflated, inflated with fflate on the first number) is measured as the base
 * build in bench/formula-cold-start.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type vm from 'node:vm';
import { coldSample, fmt, spread, totals, type Sample } from './lib/cold-start';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import metadataMin from 'libphonenumber-js/metadata.min.json';
import metadataMax from 'libphonenumber-js/metadata.max.json';
import metadataMobile from 'libphonenumber-js/metadata.mobile.json';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CSV = join(root, '..', 'shared', 'data', 'phone', 'google_example_numbers.csv');

interface Row {
  region: string;
  callingCode: string;
  type: string;
  national: string;
  e164: string;
}

// The CSV is plain (no quoted fields), so a split is enough here.
function readRows(): Row[] {
  const lines = readFileSync(CSV, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => {
    const [region = '', callingCode = '', type = '', national = '', e164 = ''] = line.split(',');
    return { region, callingCode, type, national, e164 };
  });
}

// The CSV's camelCase type names -> libphonenumber's getType() names. A fixed line or mobile
// example also counts when the library answers FIXED_LINE_OR_MOBILE (regions such as US where
// both share one range).
const TYPE_NAMES: Record<string, string[]> = {
  fixedLine: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  mobile: ['MOBILE', 'FIXED_LINE_OR_MOBILE'],
  tollFree: ['TOLL_FREE'],
  premiumRate: ['PREMIUM_RATE'],
  sharedCost: ['SHARED_COST'],
  personalNumber: ['PERSONAL_NUMBER'],
  voip: ['VOIP'],
  pager: ['PAGER'],
  uan: ['UAN'],
  voicemail: ['VOICEMAIL'],
};

function parseRow(row: Row, metadata: MetadataJson) {
  // Region 001 holds the non-geographic codes (+800, +870 ...): no region to parse against.
  if (row.region === '001') return parsePhoneNumberFromString(`+${row.callingCode}${row.national}`, metadata);
  return parsePhoneNumberFromString(row.national, { defaultCountry: row.region as CountryCode }, metadata);
}

/**
 * A minified bundle of the parser with metadata from `metadataSource` (a module whose default
 * export is a function returning the metadata), plus a top-level phone function.
 */
async function phoneBundle(metadataSource: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
${metadataSource}
export function parse(text, country) { return parsePhoneNumberFromString(text, { defaultCountry: country }, metadata()); }`,
      resolveDir: here,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'phoneLib',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return `${result.outputFiles[0]!.text}\nfunction PHONE(text, country) { var p = phoneLib.parse(text, country); return p && p.isValid() ? p.number : text; }\n`;
}

const shipped = (name: string) => `import data from 'libphonenumber-js/metadata.${name}.json';\nconst metadata = () => data;`;

async function bundleSize(name: string): Promise<number> {
  return Buffer.byteLength(await phoneBundle(shipped(name)));
}

/** Load + first parse in a fresh context for each form, taken in turn so drift hits all alike. */
async function forms(runs: number): Promise<void> {
  const maxJson = JSON.stringify(metadataMax);
  const candidates: Array<[string, string]> = [
    ['max, object literal run at load (as libphonenumber-js ships it)', shipped('max')],
    ['max, object literal built on first use', `let data; const metadata = () => (data ??= ${maxJson});`],
    ['max, JSON text parsed on first use (shipped: phone-metadata.ts)', `import { phoneMetadata as metadata } from '../src/core/normalize/phone-metadata';`],
    ['min, object literal run at load', shipped('min')],
    ['mobile, object literal run at load', shipped('mobile')],
  ];
  const bundles = await Promise.all(candidates.map(([, source]) => phoneBundle(source)));
  const samples = bundles.map((): Sample[] => []);
  const first = (context: vm.Context) => (context.PHONE as (t: string, c: string) => string)('0812-3456-7890', 'ID');
  for (let run = 0; run < runs; run++) bundles.forEach((code, i) => samples[i]!.push(coldSample([['phone.js', code]], {}, first)));
  console.log(`\nForm of the metadata in a fresh execution: load + first parse, median (25th-75th percentile) of ${runs} samples`);
  console.log(`${'form'.padEnd(66)}${'bundle'.padStart(9)}${'load'.padStart(26)}${'first parse'.padStart(26)}${'total'.padStart(26)}`);
  candidates.forEach(([label], i) => {
    const s = samples[i]!;
    console.log(
      `${label.padEnd(66)}${kb(Buffer.byteLength(bundles[i]!)).padStart(9)}${fmt(spread(s.map((x) => x.evalMs))).padStart(26)}${fmt(spread(s.map((x) => x.callMs))).padStart(26)}${fmt(spread(totals(s))).padStart(26)}`,
    );
  });
}

const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`.padStart(7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(7);

async function main(): Promise<void> {
  const rows = readRows();
  const require = createRequire(import.meta.url);
  const sets: Array<[string, MetadataJson]> = [
    ['min', metadataMin],
    ['max', metadataMax],
    ['mobile', metadataMobile],
  ];
  console.log(`libphonenumber-js metadata on ${rows.length} example numbers (${CSV})\n`);
  console.log('metadata   e164 ok    valid   type ok   json size   minified bundle   µs/parse+isValid');
  const invalidByName: string[] = [];
  for (const [name, metadata] of sets) {
    let e164 = 0;
    let valid = 0;
    let typed = 0;
    const invalid: string[] = [];
    for (const row of rows) {
      const phone = parseRow(row, metadata);
      if (!phone) continue;
      if (phone.number === row.e164) e164++;
      if (phone.isValid()) valid++;
      else invalid.push(`${row.region} ${row.type} ${row.national}`);
      const type = phone.getType();
      if (type && (TYPE_NAMES[row.type] ?? []).includes(type)) typed++;
    }
    // Time a few warm passes (the first pass above paid for JIT compilation).
    const passes = 5;
    const started = performance.now();
    for (let pass = 0; pass < passes; pass++) for (const row of rows) parseRow(row, metadata)?.isValid();
    const micros = ((performance.now() - started) * 1000) / (rows.length * passes);
    const jsonBytes = statSync(require.resolve(`libphonenumber-js/metadata.${name}.json`)).size;
    const bundled = await bundleSize(name);
    console.log(
      `${name.padEnd(8)} ${pct(e164, rows.length)} ${pct(valid, rows.length)} ${pct(typed, rows.length)}   ${kb(jsonBytes)}      ${kb(bundled)}   ${micros.toFixed(1).padStart(8)}`,
    );
    invalidByName.push(`${name}: ${invalid.length} invalid${invalid.length <= 5 ? ` (${invalid.join('; ')})` : ''}`);
  }
  console.log(`\n${invalidByName.join('\n')}`);
  console.log(
    '\nmin cannot name a number type; mobile only validates mobile numbers (fixed lines, toll-free ... come out invalid);' +
      '\nmax validates every type, at about twice the size of min.',
  );
  await forms(Number(process.argv[process.argv.indexOf('--runs') + 1]) || 40);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
