import type { Cell } from '../normalize/types';

export type { Cell };

/** What a column holds, as far as the add-on is concerned. */
export type ColumnRole =
  | 'id'
  | 'name' // full person name
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'company'
  | 'country'
  | 'city'
  | 'address'
  | 'title' // job title
  | 'status' // lead / deal status
  | 'source' // lead source
  | 'owner' // account owner / sales rep
  | 'lastActivity' // date of last contact
  | 'createdAt'
  | 'website'
  | 'notes'
  // Used by duplicate matching (and the benchmarks' reference data sets):
  | 'postcode'
  | 'state' // state / province / region
  | 'streetNumber'
  | 'birthDate'
  | 'nationalId'; // tax / social-security / citizen id

/** A sheet or CSV as the core sees it: the header row and the data rows, all the same width. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

/** The role of each column (null when the column is none of the known kinds). */
export type ColumnRoles = (ColumnRole | null)[];

export function columnsWithRole(roles: ColumnRoles, role: ColumnRole): number[] {
  const out: number[] = [];
  roles.forEach((r, i) => {
    if (r === role) out.push(i);
  });
  return out;
}

export function firstColumnWithRole(roles: ColumnRoles, role: ColumnRole): number {
  return roles.indexOf(role);
}
