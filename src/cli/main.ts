/**
 * crm-hygiene: the command line over the same core as the Sheets add-on.
 * Errors are one line on stderr with a non-zero exit; reports go to stdout.
 */
import { parseCli, USAGE, type CliOptions } from './args';
import { CliError, oneLine } from './errors';
import { loadSettings } from './load-settings';
import { createProgress } from './progress';
import type { RunContext } from './context';
import { startStats } from './stats';
import { runNormalize } from './commands/normalize';
import { runClean } from './commands/clean';
import { runDedupe } from './commands/dedupe';
import { runAudit } from './commands/audit';

declare const CLI_VERSION: string | undefined;

async function dispatch(opts: CliOptions, ctx: RunContext): Promise<void> {
  switch (opts.command) {
    case 'normalize':
      return runNormalize(opts, ctx);
    case 'clean':
      return runClean(opts, ctx);
    case 'dedupe':
      return runDedupe(opts, ctx);
    case 'audit':
      return runAudit(opts, ctx);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const parsed = parseCli(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (parsed === 'version') {
      process.stdout.write(`${typeof CLI_VERSION === 'string' ? CLI_VERSION : 'dev'}\n`);
      return 0;
    }
    const ctx: RunContext = {
      settings: loadSettings(parsed.settings, parsed.country),
      progress: createProgress(),
      out: (text) => process.stdout.write(`${text}\n`),
    };
    await dispatch(parsed, ctx);
    return 0;
  } catch (e) {
    const known = e instanceof CliError;
    process.stderr.write(`crm-hygiene: ${oneLine(known ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`)}\n`);
    if (!known && process.env.CRM_HYGIENE_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    return known ? e.exitCode : 1;
  }
}

// A reader that stops early (`crm-hygiene dedupe x.csv --json | head`) closes the pipe: stop
// quietly, as Unix tools do, instead of dying with an EPIPE stack trace. Output files are written
// before any report is printed, so nothing is left half-done.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

const stopStats = startStats();
main(process.argv.slice(2)).then((code) => {
  stopStats?.();
  process.exitCode = code;
});
