// Messages of runs, undo and the workbook's room, as codes with parameters: the sidebar and the
// menu show `msg.<code>` of the user's language (sidebar/i18n/*.json); `message` is the English
// text, filled here from the same template as en.json (test/unit/run-messages.test.ts keeps
// them equal). A parameter named `action` holds a code too (`run.clean` ...): the action's name.
import { SheetProblem } from './sheet-snapshot';
import type { RunAction } from './undo-journal';

export type Params = Record<string, string | number>;

export interface CodedMessage {
  code: string;
  params: Params;
  message: string;
}

export const RUN_MESSAGES_EN = {
  'run.clean': 'Clean this sheet',
  'run.merge': 'a merge from the duplicate review',
  'run.archive': 'Archive inactive rows',
  'run.dropdowns': 'Set up dropdowns',
  'run.flag': 'Flag as outdated',
  'run.entry': 'Clean at entry',
  'undo.nothing': 'There is nothing to undo.',
  'undo.running': '{action} on "{sheet}" is still running in the background ({percent}% done). Wait until it finishes, then undo it; nothing was changed.',
  'undo.sheetGone': 'The sheet "{sheet}" of run {runId} ({action}) no longer exists, so that run cannot be undone: it was taken off the undo list. "Undo last clean" now undoes the run before it.',
  'undo.moved': 'Rows of "{sheet}" were sorted, inserted or deleted after run {runId} ({action}): row {row} is now row {now}. Undo cannot put that run\'s changes back in their places, so nothing was changed. Put the rows back where they were, then undo again.',
  'undo.done': 'Undid {action} on "{sheet}" (run {runId}, {time}). Cells restored: {cells}. Rows put back from "CRM Archive": {rows}.',
  'undo.skipped': 'Cells changed since that run were left as they are ({count}): {cells}.',
  'undo.archiveMissing': 'Rows no longer in "CRM Archive" could not be put back ({count}): {rows}.',
  'undo.archiveKept': 'Run {runId} stopped while it was moving rows to "CRM Archive": those rows are left in the archive (some may also still be in the sheet), so nothing of them is lost. Put back by hand any you need.',
  'undo.next': 'The next "Undo last clean" undoes {action} on "{sheet}" (run {runId}, {time}).',
  'undo.last': 'That was the oldest run kept: there is nothing earlier to undo.',
  'undo.continues': 'Undoing {action} on "{sheet}" (run {runId}): {percent}% done; the rest continues in the background by itself. Please don\'t edit this sheet until it finishes.',
  'undo.stopped': 'The undo of {action} on "{sheet}" (run {runId}) stopped at {percent}%: the sheet was edited while it was running. What it put back so far is logged; "Undo last clean" again finishes it (cells edited since are left as they are).',
  'job.stopped': 'The clean of "{sheet}" stopped at {percent}%: the sheet was edited while it was running, so the remaining steps were not applied. What it changed so far is logged, and "Undo last clean" puts it back (cells edited since are left as they are); or run "Clean this sheet" again to finish from the sheet as it is now.',
  'room.full': 'This needs room for about {needed} more cells (log, archive, undo journal, and the undo later) but the spreadsheet has only {available} left of the {limit} cells Google Sheets allows. Nothing was changed. Delete sheets, rows or columns you do not need (or move old rows of "CRM Hygiene Log" to another file) and try again.',
} as const;

export type RunMessageCode = keyof typeof RUN_MESSAGES_EN;

export function actionCode(action: RunAction): RunMessageCode {
  return `run.${action}`;
}

/** The English text of a code with its parameters (an `action` parameter is itself a code). */
export function englishText(code: RunMessageCode, params: Params): string {
  return RUN_MESSAGES_EN[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === 'action' && typeof value === 'string' && value in RUN_MESSAGES_EN) return RUN_MESSAGES_EN[value as RunMessageCode];
    return String(value);
  });
}

export function coded(code: RunMessageCode, params: Params = {}): CodedMessage {
  return { code, params, message: englishText(code, params) };
}

/** A refusal with its code: nothing was changed. */
export class CodedProblem extends SheetProblem implements CodedMessage {
  readonly code: string;
  readonly params: Params;
  constructor(code: RunMessageCode, params: Params = {}) {
    super(englishText(code, params));
    this.code = code;
    this.params = params;
  }
}
