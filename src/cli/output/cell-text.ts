// A cell as text for CSV: the one rule of the whole project (core/table/cell-text.ts): dates as
// ISO (`2024-03-01`, with the time only when there is one), booleans as TRUE/FALSE like a
// spreadsheet writes them, blanks as ''.
export { cellText } from '../../core/table/cell-text';
