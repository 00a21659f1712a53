// A1 notation for the fake: "B2", "A1:C10", "A:A", "2:5", "A2:C" (open-ended), "Sheet1!A1:B2".

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(box: Box): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses A1 notation against a sheet of maxRows x maxColumns; throws like Apps Script on junk. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): { sheetName?: string; box: Box } {
  let text = a1.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [first = '', second] = text.split(':');
  const a = PART.exec(first);
  const b = second === undefined ? a : PART.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw new Error('Range not found');
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : maxColumns;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  if (r1 < 1 || c1 < 1) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { sheetName, box: { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 } };
}
