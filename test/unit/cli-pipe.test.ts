// A reader that closes the pipe early (`crm-hygiene dedupe x.csv --json | head`) ends the run
// quietly: no EPIPE stack trace, a clean exit.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { CLI, SAMPLE } from '../cli/run-cli';

describe('stdout closed early', () => {
  it('stops without an error when the reader goes away', async () => {
    const child = spawn(process.execPath, [CLI, 'dedupe', SAMPLE, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then hang up like `head -c` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});
