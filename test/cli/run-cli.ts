// Spawns the built CLI (build/cli.cjs) the way a user runs it; `npm test` builds it first.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'build', 'cli.cjs');
export const SAMPLE = join(ROOT, 'examples', 'crm-sample.csv');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * An unprivileged user to run as, so that file permissions apply: root reads and writes
 * anything, and CI runs as root. Files the run must reach are made world-readable by the test.
 */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; unprivileged?: boolean } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error('build/cli.cjs is missing: run `node scripts/build.mjs` (npm test does)');
  const res = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 2 ** 20,
    ...(opts.unprivileged ? UNPRIVILEGED : {}),
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-cli-test-'));
  chmodSync(dir, 0o777); // so an unprivileged run (UNPRIVILEGED) can use it too
  return dir;
}

export function writeFixture(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Files left in a directory (to prove no temporary or half-written output stays behind). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A small CRM table with duplicates, typos and a formula-looking note. */
export const SMALL_CSV = [
  'Name,Email,Phone,Company,Country,Status,Last Activity,Notes',
  'JOHN SMITH,john.smith@gmail.cmo,+1 213 373 4253,"Acme, Inc.",USA,Lead,2026-10-01,=HYPERLINK("http://x")',
  'John Smith,john.smith@gmail.com,(213) 373-4253,ACME INC,U.S.A.,Lead,2026-10-02,',
  'Budi Santoso,budi@yahoo.co.di,0812-3456-7890,PT Maju Jaya,Indonesia,Prospek,2020-01-01,-- call back --',
  'Nguyễn Văn An,an.nguyen@saoviet.com.vn,0912 345 678,Công ty TNHH Sao Việt,Việt Nam,Customer,2026-09-01,+ VIP',
  'Nguyễn Văn An,nguyenvanan77@gmail.com,0983 111 222,Công ty Cổ phần Minh Long,Vietnam,Lead,2026-09-05,',
  'Jana Nováková,jana@seznam.cy,602 123 456,Alfa s.r.o.,Česko,Zákazník,2026-08-01,',
].join('\n') + '\n';
