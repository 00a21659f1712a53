/**
 * Streaming CSV reader: bytes -> text (detected encoding) -> csv-parse -> Table. The file is read
 * in 1 MB chunks, so memory holds the parsed rows, never a second copy of the whole file as text.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import type { Cell, Table } from '../../core/table';
import { CliError } from '../errors';
import { detectEncoding, type DetectedEncoding } from './decode';
import { checkHeader } from './check-header';

export interface CsvInput {
  table: Table;
  encoding: DetectedEncoding;
  delimiter: string;
}

export interface ReadCsvOptions {
  encoding?: string;
  /** Called now and then with bytes read so far and the file size (for the progress bar). */
  onProgress?: (done: number, total: number) => void;
}

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter is the candidate that occurs most often outside quotes in the first line.
 * Excel in Czech, Swedish and Turkish locales writes ';', "Unicode text" exports use tabs.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, c] of counts) {
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

/** Decodes a byte stream; UTF-8 is decoded strictly, so bytes that are not UTF-8 stop the run. */
function decoder(enc: DetectedEncoding): Transform {
  const td = new TextDecoder(enc.encoding, { fatal: enc.encoding === 'utf-8' });
  // Legacy Vietnamese text (1258) spells tones as combining marks; NFC makes them the
  // precomposed letters every other source uses, so matching and display agree.
  const nfc = enc.encoding !== 'utf-8' && enc.encoding !== 'utf-16le' && enc.encoding !== 'utf-16be';
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      try {
        const text = td.decode(chunk, { stream: true });
        done(null, nfc ? text.normalize('NFC') : text);
      } catch {
        done(new CliError('the file is not valid UTF-8 past its first part; pass --encoding (e.g. windows-1250)'));
      }
    },
    flush(done) {
      try {
        done(null, td.decode());
      } catch {
        done(new CliError('the file ends in the middle of a UTF-8 character; pass --encoding'));
      }
    },
  });
}

async function readSample(path: string): Promise<{ sample: Uint8Array; size: number }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`file not found: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a directory, not a CSV file`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    const stats = await handle.stat();
    const size = stats.size;
    if (stats.isDirectory()) throw new CliError(`${path} is a directory, not a CSV file`);
    if (!stats.isFile()) throw new CliError(`${path} is not a regular file`);
    const buf = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    await handle.read(buf, 0, buf.length, 0);
    return { sample: buf, size };
  } finally {
    await handle.close();
  }
}

/** Trailing empty cells beyond the header width are an export artifact, not data. */
function fitRow(record: string[], width: number, row: number): Cell[] {
  if (record.length === width) return record;
  if (record.length > width && record.slice(width).every((v) => v.trim() === '')) return record.slice(0, width);
  throw new CliError(`ragged rows: row ${row} has ${record.length} fields, the header has ${width}`);
}

export async function readCsv(path: string, opts: ReadCsvOptions = {}): Promise<CsvInput> {
  const { sample, size } = await readSample(path);
  if (size === 0) throw new CliError(`empty file: ${path}`);
  const encoding = detectEncoding(sample, sample.length === size, opts.encoding);
  const head = new TextDecoder(encoding.encoding).decode(sample.subarray(encoding.skip));
  if (head.trim() === '' && size <= SAMPLE_BYTES) throw new CliError(`empty file: ${path} has no header and no rows`);
  const delimiter = sniffDelimiter(head.replace(/^[\s]+/, ''));

  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  let header: string[] | null = null;
  const rows: Cell[][] = [];
  let read = 0;
  const source = createReadStream(path, { start: encoding.skip, highWaterMark: 1 << 20 });
  source.on('data', (chunk) => {
    read += chunk.length;
    opts.onProgress?.(read, size);
  });
  // The first problem found while collecting; pipeline() may report it as an AbortError
  // (the source is destroyed on the way out), so keep our own one-line reason.
  let problem: CliError | null = null;
  let record = 1;
  const collect = async (records: AsyncIterable<string[]>): Promise<void> => {
    try {
      for await (const cells of records) {
        if (!header) {
          header = checkHeader(cells);
          continue;
        }
        record++;
        // Rows that are entirely blank (",,,,") carry nothing; a sheet would not count them either.
        if (cells.every((v) => v === '')) continue;
        rows.push(fitRow(cells, header.length, record));
      }
    } catch (e) {
      if (e instanceof CliError) problem = e;
      throw e;
    }
  };
  try {
    await pipeline(source, decoder(encoding), parser, collect);
  } catch (e) {
    if (problem) throw problem;
    if (e instanceof CliError) throw e;
    if (e instanceof CsvError) throw new CliError(`not a valid CSV file: ${e.message.replace(/^Invalid /, 'invalid ')}`);
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  if (!header) throw new CliError(`empty file: ${path} has no header and no rows`);
  return { table: { header, rows }, encoding, delimiter };
}
