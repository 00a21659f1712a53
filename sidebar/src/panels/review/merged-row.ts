/// <reference lib="dom" />
// The merged row first: every field as the kept row will hold it. Fields whose values really
// differ (after normalization) are a choice of the rows' values; a value only one row has says
// which row it comes from.
import { h, uid } from '../../dom';
import { t } from '../../i18n';
import type { ReviewField } from '../../../../src/contract/sidebar';

export interface Picks {
  /** Column -> sheet row whose value the merged row keeps. */
  get(column: number): number | undefined;
  set(column: number, row: number): void;
}

function fieldName(f: ReviewField): string {
  return f.header || t('settings.untitled', { n: f.column + 1 });
}

function choice(f: ReviewField, picks: Picks, group: string, onPick: () => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'choices', 'data-col': f.column },
    h('legend', { class: 'sr-only data' }, fieldName(f)),
    ...f.values.map((v) => {
      const id = uid('pick');
      const chosen = picks.get(f.column) === v.row;
      return h(
        'label',
        { class: chosen ? 'choice chosen' : 'choice', for: id },
        h('input', { type: 'radio', id, name: group, class: 'pick-radio', checked: chosen, 'data-col': f.column, 'data-row': v.row, on: { change: () => { picks.set(f.column, v.row); onPick(); } } }),
        h('span', { class: 'value' }, v.text),
        h('span', { class: 'source' }, t('review.fromRow', { row: v.row })),
      );
    }),
  );
}

function plain(f: ReviewField, keep: number): HTMLElement {
  const only = f.values.length === 1 ? f.values[0] : undefined;
  const value = only ?? f.values.find((v) => v.row === keep) ?? f.values[0];
  return h('span', { class: 'value' }, value?.text ?? '', only && only.row !== keep ? h('span', { class: 'source' }, t('review.fromRow', { row: only.row })) : null);
}

/** The list of fields of the merged row, choices where the rows differ. */
export function mergedRow(fields: readonly ReviewField[], picks: Picks, keep: number, onPick: () => void): HTMLElement {
  const group = uid('merged');
  return h(
    'ul',
    { class: 'merged' },
    ...fields.map((f) =>
      h(
        'li',
        { class: f.differs && !f.formula ? 'differs' : '', 'data-col': f.column },
        h('span', { class: 'field-name data' }, fieldName(f)),
        f.differs && !f.formula ? choice(f, picks, `${group}-${f.column}`, onPick) : plain(f, keep),
      ),
    ),
  );
}
