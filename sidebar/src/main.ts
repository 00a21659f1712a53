/// <reference lib="dom" />
// Entry point: header, tabs (Overview, Clean, Duplicates, Audits, Settings), the status line.
import { applyLanguage, createApp, type App } from './app';
import { h, replace, svg } from './dom';
import { t } from './i18n';
import { renderOverview } from './panels/overview';
import { renderClean } from './panels/clean';
import { renderDuplicates } from './panels/duplicates';
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

let active: PanelId = 'overview';

/** Settings is a gear (five word tabs do not fit 300px in Swedish or Czech); its name is the label. */
const ICON_TABS: Partial<Record<PanelId, string>> = {
  settings:
    'M19.14 12.94a7.1 7.1 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.61l-1.92-3.32a.5.5 0 0 0-.59-.22l-2.39.96a7 7 0 0 0-1.62-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.49.42l-.36 2.54a7.4 7.4 0 0 0-1.62.94l-2.39-.96a.5.5 0 0 0-.59.22L2.7 8.87a.5.5 0 0 0 .12.61l2.03 1.58a7.3 7.3 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.61l1.92 3.32c.12.22.37.3.59.22l2.39-.96c.5.38 1.04.7 1.62.94l.36 2.54c.05.24.25.42.49.42h3.84c.24 0 .45-.18.49-.42l.36-2.54a7 7 0 0 0 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32a.5.5 0 0 0-.12-.61zM12 15.6a3.6 3.6 0 1 1 0-7.2 3.6 3.6 0 0 1 0 7.2z',
};

function tabContent(id: PanelId): Node | string {
  const icon = ICON_TABS[id];
  if (!icon) return t(`tab.${id}`);
  return svg('svg', { viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': 'true', focusable: 'false', class: 'tab-icon' }, svg('path', { d: icon }));
}

function render(app: App): void {
  const root = document.getElementById('app') as HTMLElement;
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('app.sections') });
  const panel = h('main', { class: 'panel', id: 'panel', role: 'tabpanel', tabindex: '-1' });
  PANELS.forEach(([id], i) => {
    const selected = id === active;
    const b = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        class: ICON_TABS[id] ? 'tab tab-iconic' : 'tab',
        'aria-label': ICON_TABS[id] ? t(`tab.${id}`) : null,
        title: ICON_TABS[id] ? t(`tab.${id}`) : null,
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
      tabContent(id),
    );
    tabs.appendChild(b);
  });
  panel.setAttribute('aria-labelledby', `tab-${active}`);
  replace(root, h('header', { class: 'app-header' }, h('h1', null, t('app.title')), tabs), app.status, panel);

  function show(id: PanelId, focusTab = false): void {
    active = id;
    render(app);
    if (focusTab) (document.getElementById(`tab-${id}`) as HTMLElement | null)?.focus();
  }
  const entry = PANELS.find(([id]) => id === active);
  if (entry) void app.busy(panel, () => entry[1](panel, app));
}

async function start(): Promise<void> {
  applyLanguage(null);
  const app = createApp(render);
  app.show = (id) => {
    if (PANELS.some(([p]) => p === id)) active = id as PanelId;
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
