// Steps sized by their predicted Apps Script cost: even the worst case of a step fits the budget
// of one step, so no step can run past the 6-minute limit.
import { describe, expect, it } from 'vitest';
import { cellsStepWork, EXECUTION_LIMIT_MS, MAX_STEP_MS, predictMs, rowsPerStep } from '../../src/gas/step-cost';

describe('step cost', () => {
  it('sizes a cells step so that its worst case stays under the step budget, for narrow and wide sheets', () => {
    for (const columns of [1, 8, 12, 26, 60]) {
      const rows = rowsPerStep(columns);
      expect(predictMs(cellsStepWork(rows, columns))).toBeLessThanOrEqual(MAX_STEP_MS);
      expect(predictMs(cellsStepWork(rows + 200, columns))).toBeGreaterThan(MAX_STEP_MS * 0.99);
    }
    expect(rowsPerStep(26)).toBeLessThan(rowsPerStep(12));
    expect(MAX_STEP_MS * 3).toBeLessThan(EXECUTION_LIMIT_MS);
  });

  it('predicts more time for more work', () => {
    expect(predictMs({ writeCells: 2000 })).toBeGreaterThan(predictMs({ writeCells: 1000 }));
    expect(predictMs({ structural: 1 })).toBeGreaterThan(predictMs({ calls: 1 }));
    expect(predictMs({})).toBe(0);
  });
});
