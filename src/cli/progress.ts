/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: piped or redirected
 * output (CI logs, `2> log.txt`) never fills with carriage returns.
 */
export interface Progress {
  /** Report progress of the current step; total 0 means unknown (a counter instead of a bar). */
  update(step: string, done: number, total: number): void;
  done(): void;
}

const WIDTH = 28;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, enabled = Boolean(stream.isTTY)): Progress {
  let last = 0;
  let drawn = false;
  return {
    update(step, done, total) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return; // at most ten redraws a second
      last = now;
      const line =
        total > 0
          ? `${step} [${'#'.repeat(Math.round((done / total) * WIDTH)).padEnd(WIDTH, '.')}] ${Math.floor((done / total) * 100)}%`
          : done > 0
            ? `${step} ${done.toLocaleString('en-US')}`
            : `${step}…`;
      stream.write(`\r${line.padEnd(60)}`);
      drawn = true;
    },
    done() {
      if (enabled && drawn) stream.write(`\r${' '.repeat(60)}\r`);
      drawn = false;
    },
  };
}
