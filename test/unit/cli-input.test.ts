// Issue 12, CLI input: rows numbered as a spreadsheet numbers them, shifted rows refused, mixed
// line endings, pipes and devices, file-system errors as one line, UTF-16 without a BOM.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CLI, filesIn, runCli, tempDir, writeFixture, type CliRun } from '../cli/run-cli';

const NOW = '2026-11-22';
type Finding = { row: number; kind: string; column: string | null };

function oneLineError(r: CliRun, message: RegExp): void {
  expect(r.code, r.stderr).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^crm-hygiene: /);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).not.toMatch(/internal error|\.tmp\b|\.old\b|EACCES|ENOTDIR|EISDIR|errno/);
}

describe('rows are numbered as a spreadsheet numbers them', () => {
  // A blank line is row 4; a note typed over two lines is still one row (5); Jana is row 6.
  const CSV = [
    'Name,Email,Phone,Country,Notes',
    'Budi Santoso,budi.santoso@gmail.cmo,0812-3456-7890,Indonesia,',
    'BUDI SANTOSO,budi.santoso@gmail.com,+62 812 3456 7890,Indonesia,pelanggan lama',
    '',
    'Nguyễn Thị Lợi,loi.nguyen@saoviet.com.vn,0912 345 678,Việt Nam,"Gọi lại sau\nthứ Hai"',
    'Jana Nováková,,602 123 456,Česko,',
    '',
    '',
  ].join('\n');

  it('audit, dedupe and clean count blank rows and multi-line cells like Sheets does', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    const audit = JSON.parse(runCli(['audit', input, '--json', '--now', NOW]).stdout) as { rows: number; findings: Finding[] };
    expect(audit.findings).toContainEqual(expect.objectContaining({ row: 6, kind: 'incomplete', column: 'Email' }));
    expect(audit.rows).toBe(5); // the trailing blank lines are after the last row: not rows
    const dedupe = JSON.parse(runCli(['dedupe', input, '--json']).stdout) as { clusters: Array<{ rows: number[] }> };
    expect(dedupe.clusters[0]?.rows).toEqual([2, 3]);
    const out = join(dir, 'o');
    expect(runCli(['clean', input, '--out-dir', out, '--now', NOW, '-q']).code).toBe(0);
    const archive = parse(readFileSync(join(out, 'archive.csv'), 'utf8')) as string[][];
    expect(archive).toHaveLength(2);
    expect(new Set(archive[1]?.slice(-2))).toEqual(new Set(['2', '3']));
    const changes = parse(readFileSync(join(out, 'changes.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(changes.find((c) => c.before === '602 123 456')).toMatchObject({ row: '6', column: 'Phone', after: '+420602123456' });
    // The blank row stays where it was, so the cleaned file lines up with the input.
    const cleaned = parse(readFileSync(join(out, 'cleaned.csv'), 'utf8')) as string[][];
    expect(cleaned.map((r) => r[0])).toEqual(['Name', 'Budi Santoso', '', 'Nguyễn Thị Lợi', 'Jana Nováková']);
  });

  it('blank lines above the header move every row down', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', `\n\n${CSV}`);
    const audit = JSON.parse(runCli(['audit', input, '--json', '--now', NOW]).stdout) as { findings: Finding[] };
    expect(audit.findings).toContainEqual(expect.objectContaining({ row: 8, kind: 'incomplete', column: 'Email' }));
  });
});

describe('rows that do not fit the header', () => {
  it('a row with more fields than the header is refused, even when the extra fields are empty', () => {
    const dir = tempDir();
    // A stray comma after the country shifts nothing visible, but "Company" here is a phone.
    const input = writeFixture(dir, 'crm.csv', 'Name,Company,Phone\nAyşe Kaya,Ege Gıda A.Ş.,0532 123 45 67\nMehmet Demir,,0533 765 43 21,\n');
    for (const command of ['clean', 'normalize', 'audit', 'dedupe']) {
      oneLineError(runCli([command, input]), /ragged rows: row 3 has 4 fields, the header has 3/);
      expect(filesIn(dir)).toEqual(['crm.csv']);
    }
  });

  it('mixed line endings (\\r\\n, \\n, a lone \\r) never merge two rows', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', 'Jméno;E-mail;Telefon\r\nJiří Dvořák;jiri@seznam.cy;602 123 456\nKateřina Černá;katka@email.cz;777 111 222\rPetr Novák;petr@gmail.com;720 333 444\r\n');
    const out = join(dir, 'o.csv');
    const r = runCli(['normalize', input, '-o', out, '--country', 'CZ', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).rows).toBe(3);
    const rows = parse(readFileSync(out, 'utf8'), { delimiter: ';' }) as string[][];
    expect(rows.map((x) => x[2])).toEqual(['Telefon', '+420602123456', '+420777111222', '+420720333444']);
  });
});

describe('inputs that are not files', () => {
  it('a named pipe is refused at once instead of waiting for a writer', () => {
    const dir = tempDir();
    const fifo = join(dir, 'export.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const r = spawnSync(process.execPath, [CLI, 'audit', fifo], { encoding: 'utf8', timeout: 20000 });
    expect(r.signal).toBeNull(); // it did not hang
    oneLineError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /export\.csv is a named pipe, not a file/);
  });

  it('a device is refused', () => {
    oneLineError(runCli(['clean', '/dev/null']), /\/dev\/null is a device, not a file/);
    oneLineError(runCli(['audit', '/dev/zero']), /\/dev\/zero is a device, not a file/);
  });
});

describe('file-system errors are one line that names the path the user gave', () => {
  const CSV = 'Tên,Email,Điện thoại\nNGUYỄN VĂN AN,an@gmail.cmo,0912 345 678\n';

  it('EACCES: an unreadable input, an unwritable folder for the outputs', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    chmodSync(input, 0o000);
    oneLineError(runCli(['audit', input], { unprivileged: true }), /cannot read .*crm\.csv: permission denied/);
    chmodSync(input, 0o644);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const r = runCli(['clean', input, '--out-dir', locked], { unprivileged: true });
    oneLineError(r, /cannot write .*locked\/(cleaned|archive|changes|report)\.(csv|html): permission denied/);
    expect(filesIn(locked)).toEqual([]);
    oneLineError(runCli(['normalize', input, '-o', join(locked, 'n.csv')], { unprivileged: true }), /cannot write .*locked\/n\.csv: permission denied/);
  });

  it('ENOTDIR: a file used as a folder, for the input and for an output', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    oneLineError(runCli(['audit', join(input, 'x.csv')]), /cannot read .*crm\.csv\/x\.csv: a part of the path is a file, not a folder/);
    oneLineError(runCli(['normalize', input, '-o', join(input, 'out.csv')]), /cannot write .*crm\.csv\/out\.csv: a part of the path is a file, not a folder/);
    expect(filesIn(dir)).toEqual(['crm.csv']);
  });

  it('EISDIR: a folder as input, a folder as output', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    mkdirSync(join(dir, 'out.csv'));
    oneLineError(runCli(['dedupe', join(dir, 'out.csv')]), /out\.csv is a folder, not a CSV or XLSX file/);
    oneLineError(runCli(['normalize', input, '-o', join(dir, 'out.csv')]), /cannot write .*out\.csv: it is a folder; give a file name/);
    oneLineError(runCli(['clean', input, '--report', join(dir, 'out.csv')]), /cannot write .*out\.csv: it is a folder/);
    expect(filesIn(dir)).toEqual(['crm.csv', 'out.csv']);
  });

  it.each<[string, string, RegExp]>([
    ['a country name for defaultCountry', '{"defaultCountry": "Indonesia"}', /"defaultCountry" must be an ISO alpha-2 code/],
    ['one role instead of a list', '{"requiredFields": "email"}', /"requiredFields" must be a list of column roles/],
    ['an unknown role', '{"requiredFields": ["name", "e-mail"]}', /"requiredFields" must be a list of column roles/],
    ['an alias that is not a list', '{"valueMap": {"status": {"Lead": "Prospek"}}}', /"valueMap" must map list names/],
    ['a score as text', '{"sureMatchScore": "0.9"}', /"sureMatchScore" must be a number from 0 to 1/],
    ['a phone format nobody knows', '{"phoneFormat": "e.164"}', /"phoneFormat" must be one of "E164", "INTERNATIONAL", "NATIONAL"/],
    ['a misspelt setting', '{"staleMonth": 12}', /unknown setting "staleMonth"/],
  ])('a wrong settings type: %s', (_name, json, message) => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', CSV);
    const settings = writeFixture(dir, 's.json', json);
    oneLineError(runCli(['clean', input, '--settings', settings]), message);
    expect(filesIn(dir)).toEqual(['crm.csv', 's.json']);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is read when the bytes leave no doubt (mostly Latin letters)', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'u16.csv', Buffer.from('Ad\tE-posta\nŞAHİN YILMAZ\tsahin@gmail.cmo\n', 'utf16le'));
    const out = join(dir, 'o.csv');
    expect(runCli(['normalize', input, '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Şahin Yılmaz\tsahin@gmail.com');
  });

  it('gets a hint to pass --encoding when the bytes are not conclusive', () => {
    const dir = tempDir();
    // A contact list in Cyrillic: few ASCII characters, so too few zero bytes to be sure.
    const text = 'Имя,Компания,Город\nСветлана Иванова,ООО Ромашка,Москва\nДмитрий Петров,АО Северсталь,Череповец\n';
    const input = writeFixture(dir, 'u16.csv', Buffer.from(text, 'utf16le'));
    oneLineError(runCli(['audit', input]), /UTF-16 text without a byte-order mark; pass --encoding utf-16le/);
    const r = runCli(['audit', input, '--encoding', 'utf-16le', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).rows).toBe(2);
  });
});

describe('UTF-8 read in chunks of a megabyte', () => {
  // The file is read 1 MB at a time; rows of Vietnamese, Czech and Turkish names put multi-byte
  // characters across every chunk boundary, and each must come back whole.
  const NAMES = ['Nguyễn Thị Lợi', 'Jiří Dvořák', 'Şahin Yılmaz', 'Åsa Öberg', 'Đặng Văn Lâm'];
  const header = 'Name,Notes\n';
  const rows = Array.from({ length: 40000 }, (_, i) => `${NAMES[i % NAMES.length]},ghi chú ${i} đã gọi lại – čeká\n`);

  it('keeps every character that a chunk boundary cuts in two', () => {
    const dir = tempDir();
    const text = header + rows.join('');
    const input = writeFixture(dir, 'crm.csv', text);
    const out = join(dir, 'o.csv');
    const r = runCli(['normalize', input, '-o', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    // Some boundary really falls inside a character: the bytes at 1 MB are a continuation byte.
    const bytes = Buffer.from(text);
    expect([1, 2, 3].some((k) => ((bytes[k << 20] as number) & 0xc0) === 0x80)).toBe(true);
    const back = parse(readFileSync(out, 'utf8')) as string[][];
    expect(back).toHaveLength(rows.length + 1);
    expect(back.slice(1).map((x) => x[1])).toEqual(rows.map((_, i) => `ghi chú ${i} đã gọi lại – čeká`));
  });

  it('refuses bytes that are not UTF-8 far past the sample, and a file cut inside a character', () => {
    const dir = tempDir();
    const good = Buffer.from(header + rows.join(''));
    const latin2 = Buffer.concat([good, Buffer.from([0x4a, 0x69, 0xf8, 0xed, 0x2c, 0x78, 0x0a])]); // "Jiří" in windows-1250
    const cut = Buffer.concat([good, Buffer.from('Lợi,x\nNguy'), Buffer.from('ễ').subarray(0, 2)]);
    for (const [name, bytes, message] of [
      ['latin2.csv', latin2, /not valid UTF-8 past its first part; pass --encoding/],
      ['cut.csv', cut, /ends in the middle of a UTF-8 character/],
    ] as const) {
      const input = writeFixture(dir, name, bytes);
      const out = join(dir, `${name}.out.csv`);
      const r = runCli(['normalize', input, '-o', out]);
      oneLineError(r, message);
      expect(filesIn(dir).filter((f) => f.startsWith(`${name}.out`))).toEqual([]);
    }
  });
});
