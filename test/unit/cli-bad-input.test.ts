// Bad input: a one-line message on stderr, a non-zero exit, and no output file (not even a
// temporary one) left behind; an existing output file is never half-overwritten.
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFixture, filesIn } from '../cli/run-cli';
import { encodeCodePage } from '../cli/encode-legacy';

function expectRefused(args: string[], message: RegExp, dir?: string, before?: string[]): void {
  const r = runCli(args);
  expect(r.code, r.stderr).not.toBe(0);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^crm-hygiene: /);
  expect(lines[0]).toMatch(message);
  if (dir && before) expect(filesIn(dir)).toEqual(before);
}

const cases: Array<[string, string | Uint8Array, RegExp]> = [
  ['empty.csv', '', /empty file/],
  ['empty.xlsx', '', /empty file/],
  ['csv-renamed.xlsx', 'Name,Email\nAn,a@b.co\n', /not a valid XLSX file/],
  ['blank.csv', '\n\n  \n', /empty file|no header/],
  ['png.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
  ['nul.csv', new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x41, 0x00, 0x00, 0x42, 0x0a]), /binary/],
  ['xlsx-renamed.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /ZIP|xlsx/],
  ['ragged.csv', 'Name,Email,Phone\nAn,a@b.co,1\nBudi,b@c.co\n', /ragged rows: row 3 has 2 fields, the header has 3/],
  ['long.csv', 'Name,Email\nAn,a@b.co,extra\n', /ragged rows/],
  ['noheader.csv', 'John Smith,john@x.com,+12133734253\nJane,jane@x.com,+12133734254\n', /no header row/],
  ['dupheader.csv', 'Name,Email,email\nAn,a@b.co,c@d.co\n', /duplicate header "email" in columns 2 and 3/],
  ['blankheader.csv', 'Name,,Phone\nAn,x,1\n', /blank header: column 2/],
  ['quote.csv', 'Name,Email\n"An,a@b.co\n', /not a valid CSV|quote/i],
  ['undecidable.csv', new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe, 0x80, 0x81, 0x0a].slice(0)), /encoding/],
];

describe('bad input', () => {
  it('missing file', () => {
    const dir = tempDir();
    expectRefused(['clean', join(dir, 'nope.csv')], /file not found: .*nope\.csv/, dir, []);
  });

  it('a directory', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd.csv'));
    expectRefused(['audit', join(dir, 'd.csv')], /d\.csv is a folder, not a CSV or XLSX file/);
  });

  it.each(cases)('%s: one line, non-zero exit, nothing written', (name, content, message) => {
    const dir = tempDir();
    const input = writeFixture(dir, name, content);
    for (const command of ['clean', 'normalize', 'audit', 'dedupe']) expectRefused([command, input], message, dir, [name]);
  });

  it('undecidable bytes are not mistaken for a code page', () => {
    // 0xFF 0xFE at the start would be a UTF-16 BOM, so the test above puts them later; here a
    // lone invalid byte run with no letters of any supported language.
    const dir = tempDir();
    const input = writeFixture(dir, 'x.csv', new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0x80, 0x81, 0x83, 0x2c, 0x88, 0x0a]));
    expectRefused(['audit', input], /pass --encoding/, dir, ['x.csv']);
  });

  it('a failed run leaves an existing output file as it was (write to temp, then rename)', () => {
    const dir = tempDir();
    const out = writeFixture(dir, 'out.csv', 'previous,content\n');
    const input = writeFixture(dir, 'bad.csv', 'Name,Email\nAn,a@b.co\nBudi\n');
    expectRefused(['normalize', input, '-o', out], /ragged/, dir, ['bad.csv', 'out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('previous,content\n');
  });

  it('refuses to overwrite the input and to write two outputs to one path', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', 'Name,Email\nAn,a@b.co\n');
    expectRefused(['clean', input, '-o', input], /overwrite the input/);
    expectRefused(['clean', input, '-o', join(dir, 'x.csv'), '--archive', join(dir, 'x.csv')], /need different paths/);
  });

  it.each<[string, string[], RegExp, number]>([
    ['unknown option', ['--frobnicate'], /Unknown option '--frobnicate'/, 2],
    ['option without its value', ['--country'], /--country <value>' argument missing/, 2],
    ['--country that is no alpha-2 code', ['--country', 'Indonesia'], /--country takes an ISO alpha-2 code .*"Indonesia"/, 2],
    ['--country that names no country', ['--country', 'XX'], /--country takes an ISO alpha-2 code .*"XX"/, 2],
    ['--now that is no date', ['--now', 'yesterday'], /--now takes a date .*"yesterday"/, 2],
    ['--max-exact-rows that is no number', ['--max-exact-rows', 'many'], /--max-exact-rows takes a whole number/, 2],
    ['--encoding nobody knows', ['--encoding', 'klingon'], /unknown encoding "klingon"/, 2],
    ['a second input file', ['other.csv'], /unexpected argument ".*other\.csv"/, 2],
    ['--settings file missing', ['--settings', 'none.json'], /settings file not found: .*none\.json/, 1],
    ['--settings not JSON', ['--settings', 'bad.json'], /settings file .*bad\.json is not valid JSON/, 1],
    ['--settings not an object', ['--settings', 'list.json'], /settings file .*list\.json must hold a JSON object/, 1],
    ['--settings with a wrong type', ['--settings', 'type.json'], /"staleMonths" must be a whole number/, 1],
    ['--settings with placeholders that are no list of words', ['--settings', 'words.json'], /"placeholders" must be a list of words/, 1],
  ])('bad option, %s: one line, its exit code, nothing written', (_name, args, message, code) => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', 'Name,Email\nAn,a@b.co\n');
    writeFixture(dir, 'bad.json', '{staleMonths: 3');
    writeFixture(dir, 'list.json', '[1, 2]');
    writeFixture(dir, 'type.json', '{"staleMonths": "three"}');
    writeFixture(dir, 'words.json', '{"placeholders": "belum diisi"}');
    const before = filesIn(dir);
    const full = args.map((a) => (a.endsWith('.json') || a === 'other.csv' ? join(dir, a) : a));
    for (const command of ['clean', 'audit']) {
      expectRefused([command, input, ...full], message, dir, before);
      expect(runCli([command, input, ...full]).code).toBe(code);
    }
  });
});

describe('encodings', () => {
  const CZ = 'Jméno,Firma,Email\nJIŘÍ DVOŘÁK,Stavby Morava s.r.o.,jiri@seznam.cz\nKateřina Černá,Český Cukr a.s.,k@email.cz\n';
  const TR = 'Ad,Şirket,Email\nŞAHİN YILMAZ,Boğaziçi Lojistik A.Ş.,s@gmail.com\nAyşe Öztürk,Ege Gıda,a@hotmail.com.tr\n';
  const VI = 'Tên,Công ty,Email\nNGUYỄN THỊ LỢI,Công ty TNHH Sao Việt,l@gmail.com\nTrần Văn Đức,Hà Nội Số,d@gmail.com\n';

  it.each([
    [CZ, 'windows-1250', 'Jiří Dvořák'],
    [TR, 'windows-1254', 'Şahin Yılmaz'],
    [VI, 'windows-1258', 'Nguyễn Thị Lợi'],
  ])('detects %#, decodes it, writes UTF-8', (text, page, name) => {
    const dir = tempDir();
    const input = writeFixture(dir, 'legacy.csv', encodeCodePage(text, page));
    const out = join(dir, 'out.csv');
    const r = runCli(['normalize', input, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(page);
    const written = readFileSync(out, 'utf8');
    expect(written.normalize('NFC')).toContain(name);
  });

  it('--encoding overrides detection', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'tr.csv', encodeCodePage(TR, 'windows-1254'));
    const r = runCli(['normalize', input, '-o', join(dir, 'o.csv'), '--encoding', 'windows-1254', '--json']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'o.csv'), 'utf8')).toContain('Boğaziçi');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text", tab-separated)', () => {
    const dir = tempDir();
    const text = 'Name\tEmail\nNGUYỄN VĂN AN\tan@gmail.cmo\n';
    const input = writeFixture(dir, 'u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(dir, 'o.csv');
    expect(runCli(['normalize', input, '-o', out]).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('Nguyễn Văn An\tan@gmail.com');
  });
});
