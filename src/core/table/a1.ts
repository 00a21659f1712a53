// A1 notation of sheet cells, for logs, previews and messages.

/** Column letters of a 1-based column: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 notation of a 1-based row and column: (7, 4) -> D7. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
