/// <reference lib="dom" />
// Duplicates: the doubtful groups one at a time ("Group 2 of 19"), with keyboard shortcuts:
// M merge, N not a duplicate, J or → next, K or ← previous. A group merged or marked leaves the
// queue; a skipped one comes back next time.
import type { App } from '../../app';
import { call } from '../../api';
import { h, replace } from '../../dom';
import { format, t } from '../../i18n';
import type { ReviewCluster } from '../../../../src/contract/sidebar';
import { reviewCard } from './card';

interface Queue {
  groups: ReviewCluster[];
  at: number;
  merged: number;
  notDuplicates: number;
}

function shortcuts(): HTMLElement {
  const key = (k: string, words: string) => [h('kbd', null, k), ` ${words}`];
  return h('p', { class: 'hint shortcuts' }, t('review.keyboard'), ' ', ...key('M', t('dup.merge')), ' · ', ...key('N', t('dup.notDuplicate')), ' · ', ...key('J', t('review.next')));
}

function done(q: Queue, app: App): HTMLElement {
  return h(
    'section',
    { class: 'card done-card', id: 'no-duplicates' },
    h('h2', { tabindex: '-1' }, q.groups.length || q.merged || q.notDuplicates ? t('review.done') : t('dup.none')),
    q.merged || q.notDuplicates ? h('p', { class: 'small' }, t('review.doneCounts', { merged: q.merged, notDup: q.notDuplicates })) : null,
    q.groups.length ? h('p', { class: 'hint' }, t('review.skippedBack', { n: q.groups.length })) : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => app.show('overview') } }, t('clean.backToOverview'))),
  );
}

export async function renderDuplicates(el: HTMLElement, app: App): Promise<void> {
  const q: Queue = { groups: await call('sidebarGetReviewClusters'), at: 0, merged: 0, notDuplicates: 0 };
  let finished = q.groups.length === 0;

  const leave = (): void => {
    q.groups.splice(q.at, 1);
    if (q.at >= q.groups.length) finished = true;
    draw();
  };
  const move = (delta: number): void => {
    if (q.at + delta >= q.groups.length) finished = true;
    else q.at = Math.max(0, q.at + delta);
    draw();
  };

  function draw(): void {
    const c = q.groups[q.at];
    if (finished || !c) {
      replace(el, h('h2', { class: 'panel-title' }, t('tab.duplicates')), done(q, app));
      (el.querySelector('#no-duplicates h2') as HTMLElement | null)?.focus();
      return;
    }
    const card = reviewCard(c, {
      merge: (primary, picks) =>
        void app.busy(el, async () => {
          const result = await call('sidebarMergeCluster', { id: c.id, primary, picks });
          q.merged++;
          app.notify(t('dup.merged', { n: result.archived }), 'success');
          app.fresh = false;
          leave();
        }),
      notDuplicate: () =>
        void app.busy(el, async () => {
          await call('sidebarMarkNotDuplicate', { id: c.id });
          q.notDuplicates++;
          app.notify(t('dup.remembered'), 'success');
          app.fresh = false;
          leave();
        }),
      skip: () => move(1),
    });
    const nav = h(
      'div',
      { class: 'queue-nav' },
      h('button', { type: 'button', class: 'btn btn-text', id: 'review-prev', 'aria-label': t('review.previous'), title: t('review.previous'), disabled: q.at === 0, on: { click: () => move(-1) } }, '‹'),
      h('button', { type: 'button', class: 'btn btn-text', id: 'review-next', 'aria-label': t('review.next'), title: t('review.next'), on: { click: () => move(1) } }, '›'),
    );
    replace(
      el,
      h('div', { class: 'queue-head' }, h('span', { class: 'position', id: 'review-position', 'aria-live': 'polite' }, t('review.position', { i: format(q.at + 1), n: format(q.groups.length) })), nav),
      card,
      shortcuts(),
    );
    (card.querySelector('h2') as HTMLElement | null)?.focus();
  }

  el.onkeydown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (finished || e.altKey || e.ctrlKey || e.metaKey || target?.matches('input[type="text"], input[type="number"], select, textarea')) return;
    const onRadio = target?.matches('input[type="radio"]') ?? false;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const click = (selector: string) => (el.querySelector(selector) as HTMLButtonElement | null)?.click();
    if (key === 'm') click('button.merge');
    else if (key === 'n') click('button.not-dup');
    else if (key === 'j' || (key === 'ArrowRight' && !onRadio)) move(1);
    else if (key === 'k' || (key === 'ArrowLeft' && !onRadio)) move(-1);
    else return;
    e.preventDefault();
  };
  draw();
}
