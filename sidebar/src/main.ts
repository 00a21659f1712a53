/// <reference lib="dom" />
// Entry point: header, tabs (Overview, Clean, Duplicates, Audits, Settings), the status line. Each
// tab is an icon; the active one shows its name too, so five tabs fit 300px in every language.
import { applyLanguage, createApp, type App } from './app';
import { h, replace } from './dom';
import { t } from './i18n';
import { tabIcon } from './icons';
import { renderOverview } from './panels/overview';
import { renderClean } from './panels/clean';
import { renderDuplicates } from './panels/review/queue';
import { renderSettings } from './panels/settings';
import { renderAudits } from './panels/audits';
import { carryWaitingClean } from './waiting-clean';

type PanelId = 'overview' | 'clean' | 'duplicates' | 'audits' | 'settings';
const PANELS: Array<[PanelId, (el: HTMLElement, app: App) => Promise<void>]> = [
  ['overview', renderOverview],
  ['clean', renderClean],
  ['duplicates', renderDuplicates],
  ['audits', renderAudits],
  ['settings', renderSettings],
];

declare global {
  interface Window {
    /** Set by the server when a menu item opens the sidebar on one tab ("Schedule audits"). */
    crmHygieneOpen?: string;
  }
}

let active: PanelId = 'overview';

function isPanel(id: unknown): id is PanelId {
  return PANELS.some(([p]) => p === id);
}

function tabButton(id: PanelId, i: number, show: (id: PanelId, focusTab?: boolean) => void): HTMLButtonElement {
  const selected = id === active;
  return h(
    'button',
    {
      type: 'button',
      role: 'tab',
      id: `tab-${id}`,
      class: 'tab',
      'aria-label': t(`tab.${id}`),
      title: t(`tab.${id}`),
      'aria-selected': selected ? 'true' : 'false',
      'aria-controls': 'panel',
      tabindex: selected ? '0' : '-1',
      'data-panel': id,
      on: {
        click: () => show(id),
        keydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          const delta = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
          const target = key === 'Home' ? 0 : key === 'End' ? PANELS.length - 1 : (i + delta + PANELS.length) % PANELS.length;
          if (delta || key === 'Home' || key === 'End') {
            e.preventDefault();
            show(PANELS[target]![0], true);
          }
        },
      },
    },
    tabIcon(id),
    selected ? h('span', { class: 'tab-name', 'aria-hidden': 'true' }, t(`tab.${id}`)) : null,
  );
}

function render(app: App): void {
  const root = document.getElementById('app') as HTMLElement;
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('app.sections') });
  const panel = h('main', { class: 'panel', id: 'panel', role: 'tabpanel', tabindex: '-1', 'aria-labelledby': `tab-${active}` });
  const show = (id: PanelId, focusTab = false): void => {
    active = id;
    render(app);
    if (focusTab) (document.getElementById(`tab-${id}`) as HTMLElement | null)?.focus();
  };
  PANELS.forEach(([id], i) => tabs.appendChild(tabButton(id, i, show)));
  replace(root, h('header', { class: 'app-header' }, h('h1', null, t('app.title')), tabs), app.status, panel);
  const entry = PANELS.find(([id]) => id === active);
  if (entry) void app.busy(panel, () => entry[1](panel, app));
}

async function start(): Promise<void> {
  applyLanguage(null);
  if (isPanel(window.crmHygieneOpen)) active = window.crmHygieneOpen;
  const app = createApp(render);
  app.show = (id) => {
    if (isPanel(id)) active = id;
    render(app);
    (document.getElementById(`tab-${active}`) as HTMLElement | null)?.focus();
  };
  const root = document.getElementById('app') as HTMLElement;
  replace(root, h('p', { class: 'loading', role: 'status' }, t('app.loading')));
  try {
    await app.refresh();
  } catch (e) {
    app.fail(e);
  }
  render(app);
  carryWaitingClean(app).catch((e: unknown) => app.fail(e));
}

document.addEventListener('DOMContentLoaded', () => void start());
