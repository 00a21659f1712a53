/**
 * The one vocabulary of findings. A normalizer raises flags (normalize/types.ts FLAGS) on cells;
 * the audit turns the flags a person must act on into finding kinds, by column role, here and
 * nowhere else. The audit, the clean plan, the report, the highlights and the sidebar all use
 * these names, and the sidebar has a label for every kind (`kind.<name>`) and flag (`flag.<name>`)
 * in all six languages (test/browser/catalogues.test.ts checks it).
 */
import type { ColumnRole } from '../table';
import type { Flag } from '../normalize/types';

export const FINDING_KINDS = [
  'incomplete', // a required field is blank or holds a placeholder (N/A, -, "tidak ada")
  'stale', // last activity older than settings.staleMonths
  'invalid-phone',
  'invalid-email',
  'invalid-date', // text in a date column that is no date
  'role-account',
  'disposable-email',
  'suspected-duplicate', // in a doubtful cluster, waiting for review
  'non-canonical', // value outside the dropdown list / value map
  'outdated', // flagged by a person with "Flag as outdated"
  'several-phones', // more than one phone number in one cell
  'ambiguous-date', // 03/04/2024 in a column whose day/month order nothing decides
  'future-date', // a date years ahead (2099)
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** Roles whose cells hold calendar dates. */
export const DATE_ROLES: readonly ColumnRole[] = ['lastActivity', 'createdAt', 'birthDate'];

/**
 * The finding kind of a normalizer flag in a column of the given role, or null when the flag is
 * informational there. A placeholder is not a finding of its own: it is a missing value, and
 * completeness reports it when the field is required.
 */
export function findingKindOf(flag: Flag, role: ColumnRole | null): FindingKind | null {
  const date = role !== null && DATE_ROLES.includes(role);
  switch (flag) {
    case 'invalid':
      if (role === 'email') return 'invalid-email';
      if (role === 'phone') return 'invalid-phone';
      return date ? 'invalid-date' : null;
    case 'role-account':
      // A shared info@ mailbox is not one person: fine for a company record, weak for a contact.
      return role === 'email' ? 'role-account' : null;
    case 'disposable':
      return role === 'email' ? 'disposable-email' : null;
    case 'unrecognized':
      // "Narnia" in the country column cannot be put into a dropdown as it is.
      return role === 'country' ? 'non-canonical' : null;
    case 'ambiguous':
      if (role === 'country') return 'non-canonical';
      return date ? 'ambiguous-date' : null;
    case 'several-values':
      return role === 'phone' ? 'several-phones' : null;
    case 'far-future':
      return date ? 'future-date' : null;
    default:
      return null;
  }
}
