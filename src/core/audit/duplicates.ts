/** Suspected duplicates: every member of a cluster a person should review, with the reason. */
import type { DuplicateCluster } from '../dedupe/types';
import type { CheckContext, Emit } from './context';
import { rowLabel } from './context';

export function checkDuplicates(ctx: CheckContext, clusters: readonly DuplicateCluster[], emit: Emit): void {
  for (const cluster of clusters) {
    for (const r of cluster.rows) {
      if (ctx.skip?.(r)) continue;
      // The reason of this row's own pair with the primary (the primary shows the first pair),
      // without the engine's "row N:" prefix: the sentence already says which rows.
      const i = Math.max(0, cluster.pairs.findIndex((p) => p.b === r || p.a === r));
      const reason = (cluster.reasons[i] ?? '').replace(/^row \d+:\s*/, '');
      const others = cluster.rows.filter((x) => x !== r).map((x) => rowLabel(ctx, x));
      const how = cluster.confidence === 'sure' ? 'duplicate' : 'possible duplicate';
      emit(
        r,
        'suspected-duplicate',
        undefined,
        `${how} of row${others.length > 1 ? 's' : ''} ${others.join(', ')} (match ${cluster.score.toFixed(2)})${reason ? `: ${reason}` : ''}`,
      );
    }
  }
}
