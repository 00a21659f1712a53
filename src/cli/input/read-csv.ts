/**
 * Streaming CSV reader: bytes -> text (detected encoding) -> csv-parse -> rows, 1 MB at a time,
 * so a command can work on rows while the file is still being read and memory never holds the
 * file as text.
 *
 * Rows keep the numbers a spreadsheet gives them: every record is a row, blank lines included,
 * so "row 7" in a report is row 7 when the file is opened in Sheets or Excel. A record with more
 * fields than the header is refused even when the extra fields are empty: a stray delimiter
 * shifts the row, putting a phone in Company. Line endings may be mixed (\r\n, \n, lone \r); each
 * one ends a record, so rows are never merged.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import type { Cell } from '../../core/table';
import { CliError } from '../errors';
import { fileError } from '../files/fs-errors';
import { detectEncoding, type DetectedEncoding } from './decode';
import { checkHeader } from './check-header';
import { checkInputFile } from './input-file';
import type { RowSource } from './row-source';

export interface CsvSource extends RowSource {
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

/**
 * Where the last whole character of UTF-8 bytes ends: a character cut by the end of a chunk waits
 * for the next one. (Bytes that are not UTF-8 at all are left for isUtf8 to refuse.)
 */
function wholeCharactersEnd(b: Uint8Array): number {
  let lead = b.length - 1;
  while (lead >= 0 && b.length - lead <= 3 && ((b[lead] as number) & 0xc0) === 0x80) lead--;
  if (lead < 0) return b.length;
  const first = b[lead] as number;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + size <= b.length ? b.length : lead;
}

/**
 * UTF-8 goes to csv-parse as bytes, checked but not decoded: csv-parse works on bytes and decodes
 * each field itself, so decoding the text first cost a decode and an encode of the whole file
 * (a few seconds of a million-row run). Bytes that are not UTF-8 stop the run, as before.
 */
function utf8Checker(): Transform {
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      const bytes = held ? Buffer.concat([held, chunk]) : chunk;
      const end = wholeCharactersEnd(bytes);
      held = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
      const body = bytes.subarray(0, end);
      if (!isUtf8(body)) done(new CliError('the file is not valid UTF-8 past its first part; pass --encoding (e.g. windows-1250)'));
      else done(null, body);
    },
    flush(done) {
      if (held) done(new CliError('the file ends in the middle of a UTF-8 character; pass --encoding'));
      else done();
    },
  });
}

/** Decodes a byte stream of a legacy or UTF-16 encoding into text (such decoding never fails). */
function decoder(enc: DetectedEncoding): Transform {
  if (enc.encoding === 'utf-8') return utf8Checker();
  const td = new TextDecoder(enc.encoding);
  // Legacy Vietnamese text (1258) spells tones as combining marks; NFC makes them the
  // precomposed letters every other source uses, so matching and display agree.
  const nfc = enc.encoding !== 'utf-16le' && enc.encoding !== 'utf-16be';
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      const text = td.decode(chunk, { stream: true });
      done(null, nfc ? text.normalize('NFC') : text);
    },
    flush(done) {
      done(null, td.decode());
    },
  });
}

async function readSample(path: string, size: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buf = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    await handle.read(buf, 0, buf.length, 0);
    return buf;
  } catch (e) {
    throw fileError(e, 'read', path);
  } finally {
    await handle?.close();
  }
}

const isBlank = (cells: readonly string[]): boolean => cells.every((v) => v === '');

/** A data record as a row of the header's width; blank records are blank rows. */
function fitRow(record: string[], width: number, row: number): string[] {
  if (record.length === width) return record;
  if (isBlank(record) && record.length < width) return new Array<string>(width).fill('');
  const shifted = record.length > width ? '; a stray delimiter shifts the values into the wrong columns' : '';
  throw new CliError(`ragged rows: row ${row} has ${record.length} fields, the header has ${width}${shifted}`);
}

function readError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof CsvError) return new CliError(`not a valid CSV file: ${e.message.replace(/^Invalid /, 'invalid ')}`);
  return fileError(e, 'read', path);
}

export async function openCsv(path: string, opts: ReadCsvOptions = {}): Promise<CsvSource> {
  const size = await checkInputFile(path);
  if (size === 0) throw new CliError(`empty file: ${path}`);
  const sample = await readSample(path, size);
  const encoding = detectEncoding(sample, sample.length === size, opts.encoding);
  const head = new TextDecoder(encoding.encoding).decode(sample.subarray(encoding.skip));
  if (head.trim() === '' && size <= SAMPLE_BYTES) throw new CliError(`empty file: ${path} has no header and no rows`);
  const delimiter = sniffDelimiter(head.replace(/^[\s]+/, ''));

  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    // Every line ending ends a record, whichever came first (csv-parse would otherwise keep
    // only the first one it sees and merge the rows of a file with mixed endings).
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const source = createReadStream(path, { start: encoding.skip, highWaterMark: 1 << 20 });
  let read = 0;
  source.on('data', (chunk) => {
    read += chunk.length;
    opts.onProgress?.(read, size);
  });
  // The first failure of the pipe (decoding, reading) wins over the parser's AbortError.
  let failure: unknown = null;
  pipeline(source, decoder(encoding), parser).catch((e: unknown) => (failure ??= e));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const next = async (): Promise<IteratorResult<string[]>> => {
    try {
      return await records.next();
    } catch (e) {
      throw readError(failure ?? e, path);
    }
  };

  // Blank lines above the header are rows too: the header is then not row 1.
  let headerRow = 1;
  let first = await next();
  while (!first.done && isBlank(first.value)) {
    headerRow++;
    first = await next();
  }
  if (first.done) throw new CliError(`empty file: ${path} has no header and no rows`);
  const header = checkHeader(first.value);

  async function* rows(): AsyncGenerator<Cell[]> {
    let row = headerRow;
    let blanks = 0; // blank rows are held back until a row with data follows them
    try {
      for (let r = await next(); !r.done; r = await next()) {
        row++;
        const cells = fitRow(r.value, header.length, row);
        if (isBlank(cells)) {
          blanks++;
          continue;
        }
        for (; blanks > 0; blanks--) yield new Array<string>(header.length).fill('');
        yield cells;
      }
    } finally {
      source.destroy();
    }
  }
  return { format: 'csv', header, headerRow, encoding, delimiter, rows: rows() };
}
