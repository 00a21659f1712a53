// What every CRM_* formula shares: one value or a 2-D range in, the same shape out, and the
// formula's optional text arguments read the way Sheets passes them.
import type { Cell } from '../../core/normalize/types';

export type Input = Cell | Cell[][];
export type Output = Cell | Cell[][];

export function mapInput(input: Input, fn: (cell: Cell) => Cell): Output {
  if (Array.isArray(input)) {
    return input.map((row) => (Array.isArray(row) ? row.map((cell) => fn(cell)) : [fn(row as Cell)]));
  }
  return fn(input);
}

/** A formula argument as plain text ('' when omitted or not text). */
export function textArg(arg: unknown): string {
  if (Array.isArray(arg)) return textArg(arg[0]?.[0] ?? arg[0]);
  return typeof arg === 'string' ? arg.trim() : '';
}
