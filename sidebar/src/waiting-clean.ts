/// <reference lib="dom" />
// A clean that did not fit one execution and waits in its queue (started from the menu, or the
// sidebar was closed meanwhile) goes on from here while the sidebar is open: each call runs one
// time-boxed step, far sooner than the document's hourly background trigger would.
import type { App } from './app';
import { call } from './api';
import { t } from './i18n';

/** Calls between two checks of the progress (the server's step takes its own time). */
const PAUSE_MS = 1000;

export async function carryWaitingClean(app: App): Promise<void> {
  const waiting = await call('getCleanProgress').catch(() => null);
  if (!waiting || waiting.state !== 'running') return;
  let step = { done: false, progress: waiting.progress };
  for (let guard = 0; !step.done && guard < 2000; guard++) {
    app.notify(t('clean.running', { pct: Math.round(step.progress * 100) }));
    step = await call('sidebarContinueClean');
    if (!step.done) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  app.notify(t('clean.done'), 'success');
  await app.refresh().catch(() => undefined);
  app.rerender();
}
