/// <reference lib="dom" />
// The reason of a duplicate group in one sentence ("Email and phone match; name is similar"),
// and the per-field evidence behind "Why they match". Never the engine's internal match keys.
import { h } from '../../dom';
import { currentLanguage, label, t } from '../../i18n';
import { sentenceCase } from '../../../../src/core/messages/render';
import { meter } from '../../chart';
import type { ReviewEvidence } from '../../../../src/contract/sidebar';

const SENSES = ['match', 'close', 'similar', 'differ'] as const;

/** One sentence from the evidence; each language says "X and Y match" its own way. */
export function reasonSentence(evidence: readonly ReviewEvidence[]): string {
  const parts: string[] = [];
  for (const sense of SENSES) {
    // A difference is worth saying only when it speaks against the match.
    const fields = evidence.filter((e) => e.sense === sense && (sense !== 'differ' || e.weight < 0)).map((e) => e.field);
    if (fields.length) parts.push(t(`review.reason.${sense}`, { n: fields.length, fields: fields.join(',') }));
  }
  return parts.length ? sentenceCase(currentLanguage(), `${parts.join('; ')}.`) : t('review.reason.none');
}

/** "Why they match": each compared field, how the rows agree, a meter of the similarity. */
export function whyDetails(evidence: readonly ReviewEvidence[]): HTMLElement {
  return h(
    'details',
    { class: 'why-match' },
    h('summary', null, t('dup.why')),
    h(
      'ul',
      { class: 'evidence' },
      ...evidence.map((e) =>
        h(
          'li',
          null,
          h('span', null, label('field', e.field)),
          h('span', { class: `sense ${e.sense}` }, t(`review.sense.${e.sense}`), ' · ', `${Math.round(e.similarity * 100)} %`),
          meter(e.similarity, 1),
        ),
      ),
    ),
  );
}
