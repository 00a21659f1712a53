/// <reference lib="dom" />
// One duplicate group as a card: the question and the reason, the merged row (choices where the
// rows differ), the row to keep, why they match, and the three actions.
import { h, replace, uid } from '../../dom';
import { format, t } from '../../i18n';
import type { ReviewCluster } from '../../../../src/contract/sidebar';
import { reasonSentence, whyDetails } from './reason';
import { mergedRow, type Picks } from './merged-row';

export interface CardActions {
  merge(primary: number, picks: Record<string, number>): void;
  notDuplicate(): void;
  skip(): void;
}

/** The default pick of every field for a kept row: its own value, else the first row that has one. */
function defaults(c: ReviewCluster, keep: number): Map<number, number> {
  const picks = new Map<number, number>();
  for (const f of c.fields) picks.set(f.column, f.values.some((v) => v.row === keep) ? keep : (f.values[0]?.row ?? keep));
  return picks;
}

function keepChooser(c: ReviewCluster, keep: number, onKeep: (row: number) => void): HTMLElement {
  const name = uid('keep');
  return h(
    'fieldset',
    { class: 'keep' },
    h('legend', null, t('review.keep')),
    ...c.rows.map((row) => {
      const id = uid('keep-row');
      return h(
        'label',
        { for: id, class: row === keep ? 'chosen' : '' },
        h('input', { type: 'radio', id, name, class: 'keep-radio', 'data-row': row, checked: row === keep, on: { change: () => onKeep(row) } }),
        t('dup.row', { row }),
      );
    }),
  );
}

export function reviewCard(c: ReviewCluster, actions: CardActions): HTMLElement {
  const titleId = uid('dup');
  const root = h('article', { class: 'card review cluster', 'aria-labelledby': titleId, 'data-id': c.id });
  let keep = c.primary;
  const picks = defaults(c, keep);
  const touched = new Set<number>();
  const differing = c.fields.filter((f) => f.differs && !f.formula).length;
  const picked: Picks = { get: (col) => picks.get(col), set: (col, row) => { picks.set(col, row); touched.add(col); } };
  const body = h('div');
  const merge = h('button', { type: 'button', class: 'btn btn-primary merge', on: { click: () => actions.merge(keep, Object.fromEntries([...picks].filter(([, row]) => row !== keep).map(([col, row]) => [String(col), row]))) } }, t('dup.merge'));
  const notDup = h('button', { type: 'button', class: 'btn not-dup', on: { click: () => actions.notDuplicate() } }, t('dup.notDuplicate'));
  const skip = h('button', { type: 'button', class: 'btn btn-text skip', on: { click: () => actions.skip() } }, t('dup.skip'));

  const draw = (focusSelector?: string): void => {
    replace(
      body,
      h('h3', null, t('review.merged')),
      h('p', { class: 'hint' }, t('review.mergedHint', { row: keep })),
      differing ? h('p', { class: 'small' }, t('review.choose', { n: differing })) : null,
      mergedRow(c.fields, picked, keep, () => draw(`input.pick-radio:checked[data-col]`)),
      keepChooser(c, keep, (row) => {
        keep = row;
        const fresh = defaults(c, keep);
        for (const [col, r] of fresh) if (!touched.has(col)) picks.set(col, r);
        draw(`input.keep-radio[data-row="${row}"]`);
      }),
    );
    if (focusSelector) (body.querySelector(focusSelector) as HTMLElement | null)?.focus();
  };
  draw();
  replace(
    root,
    h('h2', { id: titleId, tabindex: '-1' }, h('span', null, t('review.title')), h('span', { class: 'score-pill' }, t('review.matchPct', { pct: format(Math.round(c.score * 100)) }))),
    h('p', { class: 'reason' }, reasonSentence(c.evidence)),
    body,
    whyDetails(c.evidence),
    h('div', { class: 'actions' }, merge, notDup, skip),
  );
  return root;
}
