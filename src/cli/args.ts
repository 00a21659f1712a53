/** Command-line parsing with Node's own util.parseArgs (no dependency needed for this much). */
import { parseArgs } from 'node:util';
import { countryToIso2 } from '../core/normalize/country';
import { isLanguage, LANGUAGES, type Language } from '../core/messages/languages';
import { CliError } from './errors';

export const COMMANDS = ['normalize', 'clean', 'dedupe', 'audit'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliOptions {
  command: Command;
  input: string;
  output?: string;
  archive?: string;
  report?: string;
  changes?: string;
  /** normalize: write over the input (with a change log beside it). */
  inPlace: boolean;
  outDir?: string;
  settings?: string;
  country?: string;
  encoding?: string;
  json: boolean;
  /** clean: plan files up to this many rows in one piece (exactly like the add-on); batch above. */
  maxExactRows: number;
  now?: Date;
  quiet: boolean;
  /** Language of the HTML report (default English). */
  lang: Language;
}

export const USAGE = `Usage: crm-hygiene <command> <file.csv|file.xlsx> [options]

Commands:
  normalize   normalize every recognised column; write the result (-o) and changes.csv
  clean       normalize, merge sure duplicates; write cleaned file, archive, changes.csv, HTML report
  dedupe      report duplicate clusters (rows numbered as in a sheet: header = row 1)
  audit       report findings (incomplete, stale, invalid ...) and a quality score 0-100

Options:
  -o, --output <file>     cleaned/normalized output (.csv or .xlsx)
      --archive <file>    clean: merged-away rows with reason, primary row and original row
      --report <file>     clean: self-contained HTML report
      --changes <file>    change log: row, column, before, after, rule, why of every changed cell
      --out-dir <dir>     clean: write cleaned, archive, changes.csv and report.html into <dir>
      --in-place          normalize: write over the input; changes.csv beside it keeps the originals
      --settings <file>   settings JSON (same shape as the add-on's settings)
      --country <XX>      default country for phones without a country code (ISO alpha-2)
      --encoding <label>  input encoding (utf-8, utf-16le, windows-1250, windows-1254, windows-1258)
      --json              print the report as JSON on stdout
      --max-exact-rows <n>  clean/audit/dedupe: above n rows (default 50000) plan in linked batches (see README)
      --now <date>        "today" for staleness (YYYY-MM-DD), for reproducible runs
      --lang <code>       clean: language of the HTML report: en, id, vi, cs, sv or tr (default en)
  -q, --quiet             no summary on stdout
  -h, --help              this help
  -v, --version           version`;

export function parseCli(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        archive: { type: 'string' },
        report: { type: 'string' },
        changes: { type: 'string' },
        'in-place': { type: 'boolean', default: false },
        'out-dir': { type: 'string' },
        settings: { type: 'string' },
        country: { type: 'string' },
        encoding: { type: 'string' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        lang: { type: 'string' },
        'max-exact-rows': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message.split('\n')[0]} (see --help)`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, input, ...rest] = positionals;
  if (!command) throw new CliError('missing command: normalize, clean, dedupe or audit (see --help)', 2);
  if (!(COMMANDS as readonly string[]).includes(command)) throw new CliError(`unknown command "${command}" (see --help)`, 2);
  if (!input) throw new CliError(`missing input file: crm-hygiene ${command} <file.csv>`, 2);
  if (rest.length) throw new CliError(`unexpected argument "${rest[0]}" (one input file per run)`, 2);
  // Two letters that name no country ("XX") would silently leave national numbers unparsed.
  const country = values.country === undefined ? undefined : /^[A-Za-z]{2}$/.test(values.country) ? countryToIso2(values.country) : null;
  if (country === null) {
    throw new CliError(`--country takes an ISO alpha-2 code such as ID, VN, CZ, SE, TR or US, not "${values.country}"`, 2);
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime())) throw new CliError(`--now takes a date such as 2026-11-01, not "${values.now}"`, 2);
  }
  const lang = (values.lang ?? 'en').toLowerCase();
  if (!isLanguage(lang)) throw new CliError(`--lang takes one of ${LANGUAGES.join(', ')}, not "${values.lang}"`, 2);
  const maxExactRows = Number(values['max-exact-rows'] ?? 50000);
  if (!Number.isInteger(maxExactRows) || maxExactRows < 0) throw new CliError('--max-exact-rows takes a whole number of rows', 2);
  return {
    maxExactRows,
    now,
    command: command as Command,
    input,
    output: values.output,
    archive: values.archive,
    report: values.report,
    changes: values.changes,
    inPlace: values['in-place'] ?? false,
    outDir: values['out-dir'],
    settings: values.settings,
    country,
    encoding: values.encoding,
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    lang,
  };
}
