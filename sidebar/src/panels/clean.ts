/// <reference lib="dom" />
// Clean: preview of the plan grouped by rule, apply all or the selected groups, progress, summary, undo.
import type { App } from '../app';
import { call } from '../api';
import { undoInSidebar } from '../waiting-clean';
import { h, replace, uid } from '../dom';
import { format, has, t, tell } from '../i18n';
import { fact } from '../ui';
import type { CleanPreview, CleanSummary, PreviewGroup } from '../../../src/contract/sidebar';

export function ruleLabel(rule: string): string {
  if (has(`rule.${rule}`)) return t(`rule.${rule}`);
  const field = rule.split('.')[0] ?? rule;
  return has(`field.${field}`) ? t('rule.fallback', { field: t(`field.${field}`) }) : rule;
}

export async function renderClean(el: HTMLElement, app: App): Promise<void> {
  const preview = await call('sidebarPreviewClean');
  drawPreview(el, app, preview);
}

function drawPreview(el: HTMLElement, app: App, preview: CleanPreview): void {
  const selected = new Set(preview.groups.map((g) => g.rule));
  const applySelected = h('button', { type: 'button', class: 'btn', id: 'apply-selected' }, t('clean.applySelected'));
  const applyAll = h('button', { type: 'button', class: 'btn btn-primary', id: 'apply-all' }, t('clean.applyAll'));
  const nothing = preview.groups.length === 0 && preview.merges === 0;
  const sync = (): void => {
    applySelected.disabled = selected.size === 0;
  };
  const groups = preview.groups.map((g) =>
    group(g, (on) => {
      if (on) selected.add(g.rule);
      else selected.delete(g.rule);
      sync();
    }),
  );
  const run = (rules: string[] | null): void => void app.busy(el, () => apply(el, app, rules));
  applyAll.addEventListener('click', () => run(null));
  applySelected.addEventListener('click', () => run([...selected]));

  replace(
    el,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'preview-title' },
      h('h2', { id: 'preview-title' }, t('clean.preview')),
      h(
        'dl',
        { class: 'facts' },
        fact(t('clean.changes'), preview.groups.reduce((n, g) => n + g.count, 0)),
        fact(t('clean.merges'), preview.merges),
        fact(t('clean.archived'), preview.archived),
        fact(t('clean.review'), preview.review),
        fact(t('clean.score'), `${format(preview.scoreBefore)} → ${format(preview.scoreAfter)}`),
      ),
      h('p', { class: 'hint' }, t('clean.scoreHint')),
    ),
    nothing
      ? h('p', { class: 'muted', id: 'nothing-to-clean' }, t('clean.nothing'))
      : h('div', { class: 'groups', role: 'group', 'aria-label': t('clean.groupsAria') }, ...groups),
    nothing ? null : h('div', { class: 'actions sticky' }, applyAll, applySelected),
    undoBlock(el, app),
  );
  sync();
}

function group(g: PreviewGroup, onToggle: (on: boolean) => void): HTMLElement {
  const id = uid('grp');
  const box = h('input', { type: 'checkbox', id, checked: true, 'data-rule': g.rule, on: { change: (e: Event) => onToggle((e.target as HTMLInputElement).checked) } });
  const more = g.count - g.items.length;
  return h(
    'details',
    { class: 'group', 'data-rule': g.rule },
    h(
      'summary',
      null,
      box,
      h('label', { for: id }, ruleLabel(g.rule)),
      h('span', { class: 'count', 'aria-label': t('clean.countAria', { n: g.count }) }, format(g.count)),
    ),
    h(
      'ul',
      { class: 'changes' },
      ...g.items.map((item) =>
        h(
          'li',
          { class: 'change' },
          h('span', { class: 'cell-ref' }, item.cell),
          h('span', { class: 'before' }, item.before === '' ? t('clean.blank') : item.before),
          h('span', { class: 'arrow', 'aria-label': t('clean.becomes') }, '→'),
          h('span', { class: 'after' }, item.after === '' ? t('clean.blank') : item.after),
          item.why ? h('span', { class: 'why' }, tell(item.why)) : null,
        ),
      ),
      more > 0 ? h('li', { class: 'muted small' }, t('clean.more', { n: more })) : null,
    ),
  );
}

/** How often the sidebar asks for the progress of a clean running in the background. */
const POLL_MS = 3000;

async function apply(el: HTMLElement, app: App, rules: string[] | null): Promise<void> {
  const bar = h('div', { class: 'progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0', 'aria-label': t('clean.progressAria') }, h('div', { class: 'progress-fill' }));
  const label = h('p', { class: 'progress-label', 'aria-live': 'polite' }, t('clean.running', { pct: 0 }));
  replace(el, h('section', { class: 'card', id: 'clean-progress' }, h('h2', null, t('clean.applying')), bar, label));
  const show = (p: number): void => {
    const pct = Math.round(Math.max(0, Math.min(1, p)) * 100);
    bar.setAttribute('aria-valuenow', String(pct));
    (bar.firstChild as HTMLElement).style.width = `${pct}%`;
    label.textContent = t('clean.running', { pct });
  };
  const first = await call('sidebarApplyClean', { rules });
  let step: { done: boolean; progress: number } = first;
  show(step.progress);
  // A very big sheet goes on in the background in time-boxed chunks: poll until it is done.
  for (let guard = 0; !step.done && guard < 2000; guard++) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    step = await call('sidebarContinueClean');
    show(step.progress);
  }
  show(1);
  await app.refresh().catch(() => undefined);
  if (first.summary) drawSummary(el, app, first.summary);
  app.notify(t('clean.done'), 'success');
}

function drawSummary(el: HTMLElement, app: App, s: CleanSummary): void {
  const rules = Object.entries(s.changesByRule).sort((a, b) => b[1] - a[1]);
  replace(
    el,
    h(
      'section',
      { class: 'card', id: 'clean-summary', 'aria-labelledby': 'summary-title', tabindex: '-1' },
      h('h2', { id: 'summary-title' }, t('clean.summary')),
      h(
        'dl',
        { class: 'facts' },
        fact(t('clean.changes'), s.changes),
        fact(t('clean.merges'), s.merged),
        fact(t('clean.archived'), s.archived),
        fact(t('clean.review'), s.review),
        fact(t('clean.score'), `${format(s.scoreBefore)} → ${format(s.scoreAfter)}`),
      ),
      rules.length ? h('ul', { class: 'rule-list' }, ...rules.map(([rule, n]) => h('li', null, h('span', null, ruleLabel(rule)), h('span', { class: 'count' }, format(n))))) : null,
      s.spillRanges?.length ? h('p', { class: 'muted small', id: 'clean-spill' }, t('msg.cleanSpillSkipped', { ranges: s.spillRanges.join(', ') })) : null,
    ),
    h(
      'div',
      { class: 'actions' },
      s.review > 0 ? h('button', { type: 'button', class: 'btn btn-primary', on: { click: () => app.show('duplicates') } }, t('overview.goReview', { n: s.review })) : null,
      h('button', { type: 'button', class: 'btn', on: { click: () => app.show('overview') } }, t('clean.backToOverview')),
    ),
    undoBlock(el, app),
  );
  (el.querySelector('#clean-summary') as HTMLElement | null)?.focus();
}

function undoBlock(el: HTMLElement, app: App): HTMLElement | null {
  if (!app.overview?.canUndo) return null;
  const block = h('section', { class: 'undo-block' });
  const ask = (): void => {
    // An inline confirmation: Apps Script sidebars cannot rely on window.confirm().
    const yes = h('button', { type: 'button', class: 'btn btn-primary', id: 'undo-confirm' }, t('clean.undoYes'));
    const no = h('button', { type: 'button', class: 'btn', id: 'undo-cancel', on: { click: idle } }, t('action.cancel'));
    yes.addEventListener('click', () => {
      void app.busy(el, async () => {
        const said = await undoInSidebar(app);
        await app.refresh().catch(() => undefined);
        await renderClean(el, app);
        // The server's summary: which run was undone, what came back, cells left because they were
        // edited since, and which run the next undo takes back.
        app.notify(tell(said), 'success');
      });
    });
    replace(block, h('p', { role: 'alert' }, t('clean.undoConfirm')), h('div', { class: 'actions' }, yes, no));
    yes.focus();
  };
  function idle(): void {
    replace(
      block,
      h('p', { class: 'muted small' }, t('clean.undoHint')),
      h('button', { type: 'button', class: 'btn btn-text', id: 'undo', on: { click: ask } }, t('clean.undo')),
    );
  }
  idle();
  return block;
}
