/// <reference lib="dom" />
// Entry point: header, tabs (Overview, Clean, Duplicates, Settings), the status line.
import { applyLanguage, createApp, type App } from './app';
import { h, replace } from './dom';
import { t } from './i18n';
import { renderOverview } from './panels/overview';
import { renderClean } from './panels/clean';
import { renderDuplicates } from './panels/duplicates';
import { renderSettings } from './panels/settings';

type PanelId = 'overview' | 'clean' | 'duplicates' | 'settings';
const PANELS: Array<[PanelId, (el: HTMLElement, app: App) => Promise<void>]> = [
  ['overview', renderOverview],
  ['clean', renderClean],
  ['duplicates', renderDuplicates],
  ['settings', renderSettings],
];

let active: PanelId = 'overview';

function render(app: App): void {
  const root = document.getElementById('app') as HTMLElement;
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('app.sections') });
  const panel = h('main', { class: 'panel', id: 'panel', role: 'tabpanel', tabindex: '-1' });
  const buttons = PANELS.map(([id], i) => {
    const selected = id === active;
    const b = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        class: 'tab',
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
      t(`tab.${id}`),
    );
    tabs.appendChild(b);
    return b;
  });
  panel.setAttribute('aria-labelledby', `tab-${active}`);
  replace(root, h('header', { class: 'app-header' }, h('h1', null, t('app.title')), tabs), app.status, panel);

  function show(id: PanelId, focusTab = false): void {
    active = id;
    render(app);
    if (focusTab) (document.getElementById(`tab-${id}`) as HTMLElement | null)?.focus();
  }
  void buttons;
  const entry = PANELS.find(([id]) => id === active);
  if (entry) void app.busy(panel, () => entry[1](panel, app));
}

async function start(): Promise<void> {
  applyLanguage(null);
  const app = createApp(document.body, render);
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
}

document.addEventListener('DOMContentLoaded', () => void start());
