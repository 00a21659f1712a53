/// <reference lib="dom" />
// Shared state of the sidebar and the helpers every panel uses (status line, errors, refresh).
import { call, ServerError } from './api';
import { h, replace } from './dom';
import { has, pickLanguage, setLanguage, t } from './i18n';
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

// Server messages that start with a known code get a plain-words translation.
const KNOWN_ERRORS: Array<[RegExp, string]> = [
  [/one of CRM Hygiene's own sheets/i, 'error.addonSheet'],
  [/no "last activity"/i, 'error.noActivityColumn'],
  [/too many triggers/i, 'error.tooManyTriggers'],
  [/lock|another (run|clean)|already running|busy/i, 'error.locked'],
  [/changed since|sheet changed|modified/i, 'error.changed'],
  [/empty sheet|no data|header.only|no rows/i, 'error.empty'],
  [/merged cells?/i, 'error.merged'],
  [/protected/i, 'error.protected'],
  [/nothing to undo|no clean to undo|no run/i, 'error.nothingToUndo'],
  [/authori[sz]|permission|access denied/i, 'error.auth'],
  [/network|timed? ?out|connection|not available/i, 'error.network'],
];

export function plainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? '');
  for (const [pattern, key] of KNOWN_ERRORS) if (pattern.test(message)) return t(key);
  const code = /^([A-Z_]{3,}):/.exec(message)?.[1];
  if (code && has(`error.${code}`)) return t(`error.${code}`);
  return t('error.generic', { message: message.replace(/^Exception:\s*/, '') || '?' });
}

export function createApp(render: (app: App) => void): App {
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
