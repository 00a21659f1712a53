// Counts the work each Apps Script call of the fake does (cells read and written, characters of
// text written, row and column moves), so that a bench can turn a step measured in Node into an
// estimate for Apps Script with the rates of src/gas/step-cost.ts.
import { FakeRange } from '../../test/fake/range';
import { FakeSheet } from '../../test/fake/sheet';
import type { StepWork } from '../../src/gas/step-cost';

type Method = (this: unknown, ...args: unknown[]) => unknown;

const READS = ['getValues', 'getFormulas', 'getNumberFormats', 'getBackgrounds', 'getNotes'];
const WRITES = ['setValues', 'setFormulas', 'setNumberFormats', 'setBackgrounds', 'setNotes'];
// setNumberFormat, setBackground, setNote and setFormula go through their batch forms.
const FILLS = ['setValue'];
const MOVES = ['insertRowsBefore', 'insertRowsAfter', 'deleteRows', 'insertColumnAfter', 'insertColumnsAfter', 'deleteColumn', 'deleteColumns'];

export interface WorkMeter {
  work: Required<StepWork>;
  reset(): Required<StepWork>;
}

function cellsOf(range: FakeRange): number {
  return range.box.numRows * range.box.numColumns;
}

function textOf(grid: unknown): number {
  let n = 0;
  if (Array.isArray(grid)) for (const line of grid) if (Array.isArray(line)) for (const v of line) if (typeof v === 'string') n += v.length;
  return n;
}

/** Starts counting (for the rest of the process). */
export function meterServiceWork(): WorkMeter {
  const zero = (): Required<StepWork> => ({ calls: 0, readCells: 0, writeCells: 0, textChars: 0, structural: 0, jsCells: 0 });
  const meter: WorkMeter = {
    work: zero(),
    reset() {
      const w = meter.work;
      meter.work = zero();
      return w;
    },
  };
  const wrap = (proto: object, name: string, count: (self: never, args: unknown[]) => void): void => {
    const original = (proto as Record<string, Method>)[name] as Method;
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      count(this as never, args);
      return original.apply(this, args);
    };
  };
  for (const m of READS) wrap(FakeRange.prototype, m, (r: FakeRange) => (meter.work.readCells += cellsOf(r)));
  for (const m of WRITES) {
    wrap(FakeRange.prototype, m, (r: FakeRange, args) => {
      meter.work.writeCells += cellsOf(r);
      meter.work.textChars += textOf(args[0]);
    });
  }
  for (const m of FILLS) wrap(FakeRange.prototype, m, (r: FakeRange) => (meter.work.writeCells += cellsOf(r)));
  wrap(FakeRange.prototype, 'sort', (r: FakeRange) => {
    meter.work.structural++;
    meter.work.writeCells += cellsOf(r);
  });
  for (const m of MOVES) wrap(FakeSheet.prototype, m, () => meter.work.structural++);
  return meter;
}
