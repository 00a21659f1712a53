// What the audit finds: the kinds of finding and one finding on a row. The plan, the report, the
// highlights and the sidebar all speak this vocabulary; the audit owns it.

/** Kinds of finding that get a row highlighted and counted in the quality score. */
export type FindingKind =
  | 'incomplete' // a required field is blank
  | 'stale' // last activity older than settings.staleMonths
  | 'invalid-phone'
  | 'invalid-email'
  | 'role-account'
  | 'disposable-email'
  | 'suspected-duplicate' // in a doubtful cluster, waiting for review
  | 'non-canonical' // value outside the dropdown list / value map
  | 'outdated'; // flagged by a person with "Flag as outdated"

/** One finding on one row (0-based index into Table.rows); column when it is about one cell. */
export interface RowFinding {
  row: number;
  kind: FindingKind;
  column?: number;
  why: string;
}
