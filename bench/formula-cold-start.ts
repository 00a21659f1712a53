/**
 * Cold start of the CRM_* formulas (issue 16), next to a bare libphonenumber-js bundle built in
 * the same run.
 *
 *   npm run build && npx tsx bench/formula-cold-start.ts [--base <another build's dist/>] [--runs 40]
 *
 * Sheets runs every custom-function call in a fresh execution that loads every file of the
 * project, so what a formula costs is: load all of dist/*.js, then the first call. Each sample
 * does exactly that in a new node:vm context (see lib/cold-start.ts); the builds are measured in
 * turn, sample by sample, so that the machine's drift hits them alike. Printed: median and the
 * middle half (25th-75th percentile) of load, first call and their sum. Each formula is measured
 * in a process of its own: node:vm keeps about 1 MB per loaded context, and a heap grown by the
 * samples of earlier formulas would slow the later ones.
 *
 * The bare bundle is libphonenumber-js as it ships (core + metadata.max.json, the metadata our
 * phone formula needs) minified by esbuild, with one function that parses a number against a
 * default country and returns its E.164 form when valid: the least a phone formula can do.
 *
 * Last, the measured reason to prefer one formula over a range (A2:A) to one formula per row.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type vm from 'node:vm';
import { createFakeGas } from '../test/fake/gas';
import { messyRows } from './lib/messy-rows';
import { coldSample, fmt, readScripts, scriptBytes, spread, totals, type Sample, type Script } from './lib/cold-start';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const RUNS = Number(option('--runs') ?? 40);
const BASE = option('--base');
/** Set in the child processes: the one measurement to make, and where the bare bundle is. */
const ONLY = option('--only');
const BARE = option('--bare');

// What people type, one value per formula (the argument of the first call).
const CALLS: Array<[fn: string, args: unknown[]]> = [
  ['CRM_NORMALIZE_PHONE', ['0812-3456-7890', 'ID']],
  ['CRM_NORMALIZE_EMAIL', [' Budi.Santoso@GMAIL.CMO']],
  ['CRM_NORMALIZE_NAME', ['ŞAHİN YILMAZ']],
  ['CRM_NORMALIZE_COMPANY', ['Novák s.r.o.']],
  ['CRM_COMPANY_KEY', ['PT Maju Jaya Tbk']],
  ['CRM_NORMALIZE_COUNTRY', ['Hoa Kỳ']],
  ['CRM_NORMALIZE_TITLE', ['Pazarlama Direktörü']],
];

/** Builds the bare bundle and writes it to a temporary file; returns its path. */
async function writeBareBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
export function normalize(text, country) {
  const phone = parsePhoneNumberFromString(String(text), { defaultCountry: country }, metadata);
  return phone && phone.isValid() ? phone.number : text;
}`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'barePhone',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const code = `${result.outputFiles[0]!.text}\nfunction CRM_NORMALIZE_PHONE(value, country) { return barePhone.normalize(value, country); }\n`;
  const path = join(mkdtempSync(join(tmpdir(), 'crm-bare-')), 'bare.js');
  writeFileSync(path, code);
  return path;
}

const call = (fn: string, args: unknown[]) => (context: vm.Context) => (context[fn] as (...a: unknown[]) => unknown)(...args);

function measure(builds: Array<[label: string, scripts: Script[]]>, fn: string, args: unknown[]): Sample[][] {
  const samples = builds.map((): Sample[] => []);
  for (let run = 0; run < RUNS; run++) {
    builds.forEach(([, scripts], i) => samples[i]!.push(coldSample(scripts, createFakeGas({ locale: 'id_ID' }).globals, call(fn, args))));
  }
  return samples;
}

function printSizes(label: string, dir: string): void {
  const files = scriptBytes(dir);
  const total = files.reduce((n, [, b]) => n + b, 0);
  console.log(`  ${label.padEnd(12)} ${(total / 1024).toFixed(1).padStart(6)} KB  (${files.map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(', ')})`);
}

/** One range formula against one formula per row, both over the same 1,000 phone cells, per build. */
function rangeVersusRows(builds: Array<[string, Script[]]>): void {
  const cells = messyRows(1000, 3).map((row) => [row[2]]);
  const single = builds.map((): number[] => []);
  const range = builds.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    builds.forEach(([, scripts], i) => {
      const one = coldSample(scripts, createFakeGas({ locale: 'id_ID' }).globals, call('CRM_NORMALIZE_PHONE', ['0812-3456-7890', 'ID']));
      const all = coldSample(scripts, createFakeGas({ locale: 'id_ID' }).globals, call('CRM_NORMALIZE_PHONE', [cells, 'ID']));
      single[i]!.push(one.evalMs + one.callMs);
      range[i]!.push(all.evalMs + all.callMs);
    });
  }
  console.log(`\n1,000 phone cells, script time alone (Sheets adds its own round trip to the Apps Script server per execution):`);
  builds.forEach(([label], i) => {
    const cold = spread(single[i]!).median;
    console.log(`  ${label.padEnd(12)} one range formula =CRM_NORMALIZE_PHONE(A2:A1001): 1 execution, ${spread(range[i]!).median.toFixed(0)} ms;` +
      ` one formula per row: 1,000 executions x ${cold.toFixed(1)} ms = ${cold.toFixed(1)} s`);
  });
}

function printRows(fn: string, args: unknown[], builds: Array<[string, Script[]]>): void {
  const withBare: Array<[string, Script[]]> = fn === 'CRM_NORMALIZE_PHONE' ? [...builds, ['bare lib', [['bare.js', readFileSync(BARE!, 'utf8')]]]] : builds;
  const samples = measure(withBare, fn, args);
  const bareTotal = fn === 'CRM_NORMALIZE_PHONE' ? spread(totals(samples.at(-1)!)).median : NaN;
  withBare.forEach(([label], i) => {
    const s = samples[i]!;
    const total = spread(totals(s));
    const vsBare = Number.isNaN(bareTotal) || label === 'bare lib' ? '' : `  ${(total.median / bareTotal).toFixed(1)}x bare`;
    console.log(`${fn.padEnd(24)}${label.padEnd(12)}${fmt(spread(s.map((x) => x.evalMs))).padStart(26)}${fmt(spread(s.map((x) => x.callMs))).padStart(26)}${fmt(total).padStart(26)}${vsBare}`);
  });
}

/** Runs this bench again in a fresh process for one measurement, its output going to ours. */
function inChild(only: string, bare: string): void {
  const args = [...process.execArgv, process.argv[1]!, '--only', only, '--bare', bare, '--runs', String(RUNS), ...(BASE ? ['--base', BASE] : [])];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`measuring ${only} failed`);
}

async function main(): Promise<void> {
  const builds: Array<[string, Script[]]> = [['this build', readScripts(DIST)]];
  if (BASE) builds.push(['base build', readScripts(BASE)]);
  if (ONLY === 'range') return rangeVersusRows(builds);
  const only = CALLS.find(([fn]) => fn === ONLY);
  if (only) return printRows(only[0], only[1], builds);

  const bare = await writeBareBundle();
  console.log(`Formula cold start: load every dist/*.js into a fresh context + first call; median (25th-75th percentile) of ${RUNS} samples each\n`);
  console.log(`${'formula'.padEnd(24)}${'build'.padEnd(12)}${'load'.padStart(26)}${'first call'.padStart(26)}${'total'.padStart(26)}`);
  for (const [fn] of CALLS) inChild(fn, bare);
  console.log('(floor: CRM_NORMALIZE_PHONE within 3x of the bare libphonenumber-js bundle)');

  console.log('\nScript sizes (what Apps Script loads on every execution):');
  printSizes('this build', DIST);
  if (BASE) printSizes('base build', BASE);
  console.log(`  ${'bare lib'.padEnd(12)} ${(Buffer.byteLength(readFileSync(bare)) / 1024).toFixed(1).padStart(6)} KB`);
  inChild('range', bare);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
