/// <reference lib="dom" />
// A run that did not fit one execution and waits in its queue (a clean, or an undo, started from
// the menu or the sidebar, or the sidebar was closed meanwhile) goes on from here while the
// sidebar is open: each call runs one time-boxed step, far sooner than the document's hourly
// background trigger would.
import type { App } from './app';
import type { UndoResult, UserMessage } from '../../src/contract/sidebar';
import { call } from './api';
import { t } from './i18n';

/** Calls between two checks of the progress (the server's step takes its own time). */
const PAUSE_MS = 1000;

/** Runs the waiting run's steps until it is done; its last word (an undo ends with its summary). */
async function driveWaitingRun(app: App, progress: number): Promise<UserMessage | null> {
  let step = { done: false, progress };
  for (let guard = 0; !step.done && guard < 2000; guard++) {
    app.notify(t('clean.running', { pct: Math.round(step.progress * 100) }));
    step = await call('sidebarContinueClean');
    if (!step.done) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  const last = await call('getCleanProgress').catch(() => null);
  return last?.message ?? null;
}

export async function carryWaitingClean(app: App): Promise<void> {
  const waiting = await call('getCleanProgress').catch(() => null);
  if (!waiting || waiting.state !== 'running') return;
  await driveWaitingRun(app, waiting.progress);
  app.notify(t('clean.done'), 'success');
  await app.refresh().catch(() => undefined);
  app.rerender();
}

/** "Undo last clean" from the sidebar: an undo too big for one execution is carried to its end here. */
export async function undoInSidebar(app: App): Promise<UserMessage> {
  const r: UndoResult = await call('sidebarUndoLastClean');
  if (r.done) return r.message;
  return (await driveWaitingRun(app, 0)) ?? r.message;
}
