/**
 * The command line of a table generator: write the generated file, or with --check exit 1 when
 * the committed file differs from what the generator makes now. --verbose prints the notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function writeOrCheck(outFile: string, content: string, command: string, summary: string, notes: readonly string[] = []): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(outFile, 'utf8') !== content) {
      console.error(`${basename(outFile)} is out of date: run ${command}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(outFile, content);
  if (process.argv.includes('--verbose')) for (const n of notes) console.log(n);
  console.log(`wrote ${outFile} (${Buffer.byteLength(content)} bytes, ${summary})`);
}
