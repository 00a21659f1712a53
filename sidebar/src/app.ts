/// <reference lib="dom" />
// Shared state of the sidebar and the helpers every panel uses (status line, errors, refresh).
import { call, ServerError } from './api';
import { h, replace } from './dom';
import { pickLanguage, setLanguage, t, tell } from './i18n';
import { readErrorText } from '../../src/core/messages/wire';
import { setSheetTimeZone } from './audit-text';
import type { Overview } from '../../src/contract/sidebar';

export interface App {
  overview: Overview | null;
  /** True right after refresh(): the next panel render may use app.overview as is. */
  fresh: boolean;
  status: HTMLElement;
  refresh(): Promise<void>;
  /** Re-render the whole sidebar (after a language change). */
  rerender(): void;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
  fail(error: unknown): void;
  /** Runs work with the panel marked busy; errors end up in the status line. */
  busy<T>(panel: HTMLElement, work: () => Promise<T>): Promise<T | undefined>;
  /** Switch to another tab. */
  show(panel: string): void;
}

// Errors that come from Google rather than from CRM Hygiene (ours carry a code) in plain words.
const GOOGLE_ERRORS: Array<[RegExp, string]> = [
  [/authori[sz]|permission|access denied/i, 'error.auth'],
  [/network|timed? ?out|connection|not available/i, 'error.network'],
];

export function plainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? '');
  const { ref, message } = readErrorText(text);
  if (ref) return tell({ ...ref, message });
  for (const [pattern, key] of GOOGLE_ERRORS) if (pattern.test(message)) return t(key);
  return t('msg.failed', { message: message.replace(/^(Exception|Error|ScriptError):\s*/, '') || '?' });
}

/** How long a success or info message stays. */
const FADE_MS = 8000;

export function createApp(render: (app: App) => void): App {
  let fade = 0;
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'status' });
  const app: App = {
    overview: null,
    fresh: false,
    status,
    async refresh() {
      app.overview = await call('sidebarGetOverview');
      app.fresh = true;
      applyLanguage(app.overview);
    },
    rerender() {
      render(app);
    },
    notify(message, kind = 'info') {
      window.clearTimeout(fade);
      // A confirmation goes away by itself; an error stays until it is dismissed or replaced.
      if (message && kind !== 'error') fade = window.setTimeout(() => app.notify(''), FADE_MS);
      status.className = `status status-${kind}`;
      status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      replace(status, message ? h('span', null, message) : null);
      if (message) {
        const close = h('button', { class: 'icon-button', type: 'button', 'aria-label': t('action.dismiss'), on: { click: () => app.notify('') } }, '×');
        status.appendChild(close);
      }
    },
    fail(error) {
      app.notify(plainError(error), 'error');
      if (error instanceof ServerError) console.warn(`[${error.fn}]`, error.message);
    },
    show() {},
    async busy(panel, work) {
      panel.setAttribute('aria-busy', 'true');
      panel.classList.add('is-busy');
      try {
        return await work();
      } catch (e) {
        app.fail(e);
        return undefined;
      } finally {
        panel.removeAttribute('aria-busy');
        panel.classList.remove('is-busy');
      }
    },
  };
  return app;
}

/** The UI language: the saved choice, else the user's locale, else the browser's. */
export function applyLanguage(overview: Overview | null): void {
  setSheetTimeZone(overview?.timeZone);
  const chosen = overview?.settings.uiLanguage;
  const locale = chosen || overview?.userLocale || navigator.language;
  setLanguage(pickLanguage(locale));
}
