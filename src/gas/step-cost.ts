// What one step of a run costs in Apps Script, predicted from the work it does, so that steps are
// sized to fit and a run pauses before a step that would not finish in its execution (Apps Script
// stops an execution at 6 minutes). The rates are assumptions, deliberately on the slow side of
// what batch calls cost in Apps Script (a few microseconds per cell read, tens per cell written,
// tens of milliseconds per call; row moves cost seconds on a big sheet); the runner measures each
// step and scales its predictions up when the real service is slower (clean-job.ts).
// bench/gas-clean.ts prints each step's Node time next to these predictions.

export const APPS_SCRIPT_RATES = {
  /** One service call, whatever it does. */
  callMs: 40,
  /** Per cell read by getValues, getFormulas, getNumberFormats, getBackgrounds or getNotes. */
  readCellMs: 0.004,
  /** Per cell written by setValues, setNumberFormats, setBackgrounds or setNotes. */
  writeCellMs: 0.025,
  /** Per character of text written (journal, queue and log cells carry long text). */
  textCharMs: 0.0004,
  /** insertRows / deleteRows / sort of a data sheet: a fixed cost, plus its cells as writes. */
  structureMs: 2_000,
  /**
   * Our own JavaScript per cell handled. Apps Script's V8 runs on shared servers: we assume it
   * five times slower than Node on a developer machine (bench/gas-clean.ts applies this factor to
   * the measured Node time of each step).
   */
  jsCellMs: 0.002,
  jsFactor: 5,
};

/** Apps Script's limit for one execution, and the largest step we plan: a sixth of it. */
export const EXECUTION_LIMIT_MS = 360_000;
export const MAX_STEP_MS = 60_000;

export interface StepWork {
  calls?: number;
  readCells?: number;
  writeCells?: number;
  textChars?: number;
  structural?: number;
  jsCells?: number;
}

export function predictMs(w: StepWork, rates = APPS_SCRIPT_RATES): number {
  return (
    (w.calls ?? 0) * rates.callMs +
    (w.readCells ?? 0) * rates.readCellMs +
    (w.writeCells ?? 0) * rates.writeCellMs +
    (w.textChars ?? 0) * rates.textCharMs +
    (w.structural ?? 0) * rates.structureMs +
    (w.jsCells ?? 0) * rates.jsCellMs * rates.jsFactor
  );
}

/** Log rows are eight cells of text of about 60 characters all told. */
export function logWork(entries: number): StepWork {
  return { writeCells: entries * 8, textChars: entries * 60, calls: entries ? 3 : 0 };
}

/**
 * The worst case of one row of a cells step: its five layers read, values, backgrounds and
 * notes written, a journal record (about 12 characters per cell) and a log row per cell.
 */
export function cellsStepWork(rows: number, columns: number): StepWork {
  const cells = rows * columns;
  const log = logWork(cells);
  return { calls: 16 + (log.calls ?? 0), readCells: 5 * cells, writeCells: 3 * cells + rows + (log.writeCells ?? 0), textChars: 12 * cells + (log.textChars ?? 0), jsCells: 4 * cells };
}

/** Rows per cells step such that even its worst case is predicted within MAX_STEP_MS. */
export function rowsPerStep(columns: number): number {
  const perRow = predictMs(cellsStepWork(1, Math.max(1, columns))) - predictMs({ calls: 16 + 3 });
  return Math.max(100, Math.floor((MAX_STEP_MS - predictMs({ calls: 19 })) / perRow));
}
