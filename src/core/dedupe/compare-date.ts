/**
 * Dates of birth as YYYYMMDD keys. People mistype one digit, swap day and month, or get one part
 * wrong (a year off, a day from another form); two different people rarely share two of the three
 * parts. So besides exact and a one-digit slip there are levels for "one part differs": the
 * month or the day (medium), or the year alone (partial: the same birthday, shared by one pair
 * in 365): weaker evidence, and never enough for a sure merge, but no longer a reason against review.
 */
import type { Comparison } from './compare';
import { damerau } from './similarity';

const PART_NAMES = ['year', 'month', 'day'] as const;

function partsOf(key: string): [string, string, string] | null {
  return key.length === 8 && /^\d{8}$/.test(key) ? [key.slice(0, 4), key.slice(4, 6), key.slice(6, 8)] : null;
}

export function compareDates(field: string, x: string, y: string): Comparison {
  if (x === y) return { field, level: 'exact', similarity: 1, note: `same ${field}`, tfValue: x };
  const px = partsOf(x);
  const py = partsOf(y);
  if (px && py && px[0] === py[0] && px[1] === py[2] && px[2] === py[1]) return { field, level: 'typo', similarity: 0.8, note: `${field} with day and month swapped` };
  if (damerau(x, y, 1) <= 1) return { field, level: 'typo', similarity: 0.8, note: `${field} differs by one digit` };
  if (px && py) {
    const differ = [0, 1, 2].filter((i) => px[i] !== py[i]);
    // Only the year differs: the same birthday, which many people share (scoring.ts).
    if (differ.length === 1) return { field, level: differ[0] === 0 ? 'partial' : 'medium', similarity: 0.6, note: `${field}: only the ${PART_NAMES[differ[0]!]} differs` };
  }
  return { field, level: 'diff', similarity: 0, note: `different ${field}` };
}
