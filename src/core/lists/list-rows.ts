/**
 * Where one list of the value map sits in the CRM Lists sheet, so a dropdown can read its values
 * from there: a dropdown list holds at most 500 values, a range of the sheet any number. The block
 * runs from the list's first value to its last; another list's rows inside it would put their
 * values in the dropdown too, so then there is no block ('split').
 */
import type { Cell } from '../table';
import { cellText } from '../table/cell-text';
import { foldText } from '../normalize/text';
import { listKey } from './value-map';

/** 1-based sheet rows of the list's values in a grid read from A1 (list names in A, values in B). */
export function listRows(values: readonly Cell[][], key: string): { first: number; last: number } | 'split' | null {
  let current = '';
  let first = 0;
  let last = 0;
  let other = false;
  values.forEach((row, i) => {
    const name = cellText(row[0]).trim();
    const value = cellText(row[1]).trim();
    if (i === 0 && foldText(name) === 'list' && foldText(value) === 'value') return; // header row
    if (name !== '') current = listKey(name);
    if (current !== key) {
      if (first > 0) other = true;
      return;
    }
    if (value === '') return;
    if (first === 0) first = i + 1;
    else if (other) last = -1;
    if (last >= 0) last = i + 1;
  });
  if (first === 0) return null;
  return last < 0 ? 'split' : { first, last };
}
