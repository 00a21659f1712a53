/// <reference lib="dom" />
// Duplicates: one card per doubtful cluster. Rows side by side, differing fields highlighted,
// why they match, and merge (choose the primary and per field the winning value), not a
// duplicate (remembered by the server), or skip.
import type { App } from '../app';
import { call } from '../api';
import { h, replace, uid } from '../dom';
import { format, label, t } from '../i18n';
import type { ReviewCluster } from '../../../src/contract/sidebar';

export async function renderDuplicates(el: HTMLElement, app: App): Promise<void> {
  const clusters = await call('sidebarGetReviewClusters');
  const list = h('div', { class: 'clusters' });
  const skipped = new Set<string>();
  const empty = (): void => {
    if (list.querySelector('.cluster')) return;
    replace(list, h('p', { class: 'muted', id: 'no-duplicates' }, skipped.size ? t('dup.allSkipped') : t('dup.none')));
  };
  const remove = (card: HTMLElement): void => {
    const next = card.nextElementSibling as HTMLElement | null;
    card.remove();
    empty();
    (next?.querySelector('button, input') as HTMLElement | null)?.focus();
  };
  for (const c of clusters) list.appendChild(card(c, app, el, remove, skipped));
  replace(el, h('p', { class: 'muted small intro' }, t('dup.intro', { n: clusters.length })), list);
  empty();
}

function card(c: ReviewCluster, app: App, panel: HTMLElement, remove: (card: HTMLElement) => void, skipped: Set<string>): HTMLElement {
  const titleId = uid('dup');
  let primary = c.primary;
  const picks = new Map<number, number>(); // column -> sheet row whose value wins
  const touched = new Set<number>();
  const differs = c.header.map((_, col) => new Set(c.rows.map((r) => (r.values[col] ?? '').trim())).size > 1);
  const defaults = (): void => {
    c.header.forEach((_, col) => {
      if (!differs[col] || touched.has(col)) return;
      const own = c.rows.find((r) => r.row === primary)?.values[col] ?? '';
      const filled = c.rows.find((r) => (r.values[col] ?? '').trim() !== '');
      picks.set(col, own.trim() !== '' || !filled ? primary : filled.row);
    });
  };
  defaults();

  const table = h('table', { class: 'compare' });
  const drawTable = (): void => {
    const head = h(
      'tr',
      null,
      h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('dup.field'))),
      ...c.rows.map((r) => {
        const id = uid('keep');
        return h(
          'th',
          { scope: 'col', class: r.row === primary ? 'is-primary' : '' },
          h('input', {
            type: 'radio',
            name: `${titleId}-primary`,
            id,
            checked: r.row === primary,
            'data-row': r.row,
            class: 'keep-radio',
            on: {
              change: () => {
                primary = r.row;
                defaults();
                drawTable();
                (table.querySelector(`input[name="${titleId}-primary"]:checked`) as HTMLElement | null)?.focus();
              },
            },
          }),
          h('label', { for: id }, t('dup.row', { row: r.row })),
          r.row === primary ? h('span', { class: 'badge' }, t('dup.keep')) : null,
        );
      }),
    );
    const body = c.header.map((name, col) =>
      h(
        'tr',
        { class: differs[col] ? 'differs' : '' },
        h('th', { scope: 'row' }, name, differs[col] ? h('span', { class: 'sr-only' }, ` (${t('dup.differs')})`) : null),
        ...c.rows.map((r) => {
          const value = r.values[col] ?? '';
          if (!differs[col]) return h('td', null, value);
          const id = uid('pick');
          const chosen = picks.get(col) === r.row;
          return h(
            'td',
            { class: chosen ? 'chosen' : '' },
            h('input', {
              type: 'radio',
              name: `${titleId}-col-${col}`,
              id,
              checked: chosen,
              'data-col': col,
              'data-row': r.row,
              class: 'pick-radio',
              'aria-label': t('dup.useValue', { field: name, row: r.row }),
              on: {
                change: () => {
                  picks.set(col, r.row);
                  touched.add(col);
                  drawTable();
                  (table.querySelector(`#${CSS.escape(id)}`) as HTMLElement | null)?.focus();
                },
              },
            }),
            h('label', { for: id, class: value === '' ? 'blank' : '' }, value === '' ? t('clean.blank') : value),
          );
        }),
      ),
    );
    replace(table, h('thead', null, head), h('tbody', null, ...body));
  };
  drawTable();

  const why = h(
    'details',
    { class: 'why-match' },
    h('summary', null, t('dup.why')),
    c.keys.length ? h('p', { class: 'keys' }, h('span', { class: 'muted' }, `${t('dup.keys')} `), ...c.keys.map((k) => h('code', { class: 'chip' }, k))) : null,
    h(
      'ul',
      { class: 'field-scores' },
      ...c.fields.map((f) =>
        h(
          'li',
          null,
          h('span', { class: 'field-name' }, label('field', f.field)),
          h('span', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': String(f.similarity), 'aria-label': label('field', f.field) }, h('span', { class: 'meter-fill', style: `width:${Math.round(f.similarity * 100)}%` })),
          h('span', { class: 'score' }, format(Number(f.similarity.toFixed(2)))),
          f.note ? h('span', { class: 'why' }, f.note) : null,
        ),
      ),
    ),
    ...c.reasons.map((r) => h('p', { class: 'small' }, r)),
  );

  const root = h('article', { class: 'card cluster', 'aria-labelledby': titleId, 'data-id': c.id });
  const merge = h('button', { type: 'button', class: 'btn btn-primary merge' }, t('dup.merge'));
  const notDup = h('button', { type: 'button', class: 'btn not-dup' }, t('dup.notDuplicate'));
  const skip = h('button', { type: 'button', class: 'btn btn-text skip' }, t('dup.skip'));
  merge.addEventListener('click', () =>
    void app.busy(panel, async () => {
      const result = await call('sidebarMergeCluster', { id: c.id, primary, picks: Object.fromEntries([...picks].map(([k, v]) => [String(k), v])) });
      app.notify(t('dup.merged', { n: result.archived }), 'success');
      remove(root);
    }),
  );
  notDup.addEventListener('click', () =>
    void app.busy(panel, async () => {
      await call('sidebarMarkNotDuplicate', { id: c.id });
      app.notify(t('dup.remembered'), 'success');
      remove(root);
    }),
  );
  skip.addEventListener('click', () => {
    skipped.add(c.id);
    remove(root);
  });

  replace(
    root,
    h('h2', { id: titleId }, t('dup.title', { n: c.rows.length }), ' ', h('span', { class: 'score-pill' }, t('dup.score', { pct: Math.round(c.score * 100) }))),
    h('div', { class: 'compare-wrap', tabindex: '0', role: 'region', 'aria-label': t('dup.compareAria') }, table),
    why,
    h('div', { class: 'actions' }, merge, notDup, skip),
  );
  return root;
}
