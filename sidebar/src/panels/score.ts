/// <reference lib="dom" />
// What the score means, in one line, and what would raise it most: shown under the gauge.
import type { App } from '../app';
import { h } from '../dom';
import { format, t } from '../i18n';
import { meter } from '../chart';
import type { ScorePart } from '../../../src/contract/sidebar';
import { biggestGain as biggest } from '../../../src/core/audit/score';

/**
 * The tab where the biggest gain is won: the clean rewrites values and merges sure duplicates,
 * the review settles the others, the Audits tab archives inactive rows. Blank or unusable emails
 * and phones are fixed in the sheet itself: no button.
 */
const WHERE: Record<string, string | undefined> = { unique: 'duplicates', consistent: 'clean', current: 'audits' };

/** "Biggest gain, +12.5: fill in …" with a button to the tab where it is done. */
export function biggestGain(parts: readonly ScorePart[], app: App, review: number): HTMLElement | null {
  const best = biggest(parts);
  if (!best) return parts.length ? h('p', { class: 'gain', id: 'score-gain' }, t('score.perfect')) : null;
  // Duplicates that need a person are in the review queue; sure ones are merged by a clean.
  const where = best.dimension === 'unique' && review === 0 ? 'clean' : WHERE[best.dimension];
  return h(
    'div',
    { class: 'gain', id: 'score-gain' },
    h('p', null, h('strong', null, t('score.gain', { points: format(best.lost) })), ' ', t(`score.action.${best.dimension}`)),
    where ? h('button', { type: 'button', class: 'btn btn-text', id: 'go-gain', on: { click: () => app.show(where) } }, t(`score.go.${where}`)) : null,
  );
}

/** The five dimensions: points lost and rows affected. */
export function scoreParts(parts: readonly ScorePart[]): HTMLElement {
  return h(
    'details',
    { class: 'score-parts' },
    h('summary', null, t('score.partsTitle')),
    h(
      'ul',
      { class: 'parts' },
      ...parts.map((p) =>
        h(
          'li',
          { 'data-dimension': p.dimension },
          h('span', null, t(`score.dim.${p.dimension}`), h('span', { class: 'muted small' }, ` · ${t('score.rows', { n: p.rows })}`)),
          h('span', { class: p.lost > 0 ? 'lost' : 'lost none' }, p.lost > 0 ? `−${format(p.lost)}` : '0', ` / ${format(p.points)}`),
          meter(p.lost, p.points, 'lost'),
        ),
      ),
    ),
  );
}
