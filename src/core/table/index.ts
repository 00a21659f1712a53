// A sheet or CSV as the core sees it: a header and rows of cell values, and the role of each
// column (what it holds). Role detection is columns.ts; a cell as text is cell-text.ts.
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

// Every role once: tsc fails here when a role is added to ColumnRole and not to this list.
const KNOWN_ROLES: Record<ColumnRole, true> = {
  id: true, name: true, firstName: true, lastName: true, email: true, phone: true, company: true, country: true,
  city: true, address: true, title: true, status: true, source: true, owner: true, lastActivity: true,
  createdAt: true, website: true, notes: true, postcode: true, state: true, streetNumber: true, birthDate: true,
  nationalId: true,
};

/** Every column role, in the order a role picker lists them. */
export const COLUMN_ROLES = Object.keys(KNOWN_ROLES) as ColumnRole[];

/** True for the name of a column role (input from the sidebar or a settings file is checked so). */
export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_ROLES, value);
}

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
