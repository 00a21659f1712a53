/// <reference lib="dom" />
// The reason of a duplicate group in one sentence ("Email and phone match; name is similar"),
// and the per-field evidence behind "Why they match". Never the engine's internal match keys.
import { h } from '../../dom';
import { currentSpeaker, label, t } from '../../i18n';
import { reasonParts, reasonSentence as sentence } from '../../../../src/core/dedupe/evidence';
import { meter } from '../../chart';
import type { ReviewEvidence } from '../../../../src/contract/sidebar';

/** One sentence from the evidence; each language says "X and Y match" its own way. */
export function reasonSentence(evidence: readonly ReviewEvidence[]): string {
  return sentence(currentSpeaker(), reasonParts(evidence));
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
