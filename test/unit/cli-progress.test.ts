// The progress bar is drawn on stderr only when stderr is a terminal.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';
import { runCli, SAMPLE, tempDir } from '../cli/run-cli';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('progress', () => {
  it('draws a bar on a terminal and clears it when done', () => {
    const tty = fakeStream(true);
    const p = createProgress(tty);
    p.update('reading', 50, 100);
    p.done();
    expect(tty.text).toMatch(/reading \[#+\.+\] 50%/);
    expect(tty.text.endsWith('\r')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const pipe = fakeStream(false);
    const p = createProgress(pipe);
    p.update('reading', 50, 100);
    p.done();
    expect(pipe.text).toBe('');
  });

  it('a piped run of the CLI leaves stderr empty', () => {
    const r = runCli(['clean', SAMPLE, '--out-dir', tempDir(), '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
  });
});
