/// <reference lib="dom" />
// A small typed promise wrapper over google.script.run.
import type { SidebarApi } from '../../src/contract/sidebar';

interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } } | undefined;

/** An error from the server or the connection, with the original message kept for details. */
export class ServerError extends Error {
  constructor(message: string, readonly fn: string) {
    super(message);
    this.name = 'ServerError';
  }
}

function runner(): ScriptRunner {
  if (typeof google === 'undefined' || !google?.script?.run) {
    throw new ServerError('google.script.run is not available', 'init');
  }
  return google.script.run;
}

export function call<K extends keyof SidebarApi>(
  name: K,
  ...arg: SidebarApi[K]['arg'] extends void ? [] : [SidebarApi[K]['arg']]
): Promise<SidebarApi[K]['result']> {
  return new Promise((resolve, reject) => {
    let r: ScriptRunner;
    try {
      r = runner()
        .withSuccessHandler((value) => resolve(value as SidebarApi[K]['result']))
        .withFailureHandler((error) => {
          const message = error instanceof Error ? error.message : String(error ?? '');
          reject(new ServerError(message, name));
        });
    } catch (e) {
      reject(e);
      return;
    }
    const fn = r[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(`${name} is not available`, name));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(r, arg);
  });
}
