import type { Cell, Flag, Normalized } from './types';
import { MAX_NORMALIZE_LENGTH } from './types';
import { isPlaceholder } from './placeholder';

/** Spreadsheet error values as getValues() returns them (text such as "#N/A"). */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i;

export function isBlank(input: Cell): boolean {
  return input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
}

export function isErrorValue(input: Cell): boolean {
  return typeof input === 'string' && ERROR_VALUE.test(input.trim());
}

/** A result that keeps the input as it is (text trimmed), with an optional flag. */
export function unchanged(input: Cell, flags: Flag[] = [], why = ''): Normalized {
  const value = typeof input === 'string' ? input.trim() : input;
  return { value, changed: value !== input, rule: 'none', why, flags };
}

export function changedTo(input: Cell, value: string, rule: string, why: string, flags: Flag[] = []): Normalized {
  return { value, changed: value !== input, rule, why, flags };
}

/**
 * The common guard every text normalizer starts with. Returns a finished result for input that
 * must not be touched (blank, non-text, error values, huge strings, placeholders such as "N/A" or
 * "tidak ada" with a team's own tokens in `placeholders`), or the text to work on.
 */
export function textInput(input: Cell, placeholders?: ReadonlySet<string>): { done: Normalized } | { text: string } {
  // Blank in, blank out: whitespace-only text becomes '', null/undefined stay "empty" ('').
  if (isBlank(input)) return { done: { value: '', changed: typeof input === 'string' && input !== '', rule: 'none', why: '', flags: [] } };
  if (typeof input !== 'string') return { done: unchanged(input) };
  if (isErrorValue(input)) return { done: unchanged(input, ['error-value'], `spreadsheet error value ${input.trim()}`) };
  if (input.length > MAX_NORMALIZE_LENGTH) return { done: unchanged(input, ['too-long'], `value longer than ${MAX_NORMALIZE_LENGTH} characters left as is`) };
  // A placeholder is a missing value: never turned into a value, never re-cased ("TBD" stays "TBD").
  if (isPlaceholder(input, placeholders)) return { done: unchanged(input, ['placeholder'], `"${input.trim()}" stands for a missing value; left as typed`) };
  return { text: input };
}

/**
 * Date check that works across realms: cell values may come from another JS context (the
 * integration tests' vm, Sheets' own runtime), where `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && objectToString.call(value) === '[object Date]';
}

// Bound once: a global lookup per call is slow inside Apps Script's V8 and node:vm contexts.
const objectToString = Object.prototype.toString;
