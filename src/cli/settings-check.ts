/**
 * A settings file is checked field by field before anything runs: a wrong type ("staleMonths":
 * "three", "requiredFields": "email") would otherwise surface deep in the core as an internal
 * error, or silently change what the run does. Each problem is one line naming the field.
 */
import type { ColumnRole } from '../core/table';
import type { Settings } from '../core/settings';

type Check = (v: unknown) => string | null;

// Every role the core knows; a Record so that a new role in core/table.ts fails to compile here.
const ROLE_NAMES: Record<ColumnRole, true> = {
  id: true, name: true, firstName: true, lastName: true, email: true, phone: true, company: true, country: true,
  city: true, address: true, title: true, status: true, source: true, owner: true, lastActivity: true,
  createdAt: true, website: true, notes: true, postcode: true, state: true, streetNumber: true, birthDate: true,
  nationalId: true,
};
const isRole = (v: unknown): boolean => typeof v === 'string' && Object.prototype.hasOwnProperty.call(ROLE_NAMES, v);

const number =
  (min: number, max: number, whole = false): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!whole || Number.isInteger(v))
      ? null
      : `must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`;

const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `must be one of ${values.map((x) => `"${x}"`).join(', ')}`;

const text: Check = (v) => (typeof v === 'string' ? null : 'must be text');

const roleList: Check = (v) =>
  Array.isArray(v) && v.every(isRole) ? null : `must be a list of column roles (${Object.keys(ROLE_NAMES).slice(0, 6).join(', ')} ...)`;

const rolesPerColumn: Check = (v) =>
  Array.isArray(v) && v.every((r) => r === null || isRole(r)) ? null : 'must be a list with one column role (or null) per column';

const country: Check = (v) => (typeof v === 'string' && /^[A-Za-z]{2}$/.test(v) ? null : 'must be an ISO alpha-2 code such as ID, VN, CZ, SE, TR or US');

const valueMap: Check = (v) => {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  const ok =
    isObject(v) &&
    Object.values(v).every((list) => isObject(list) && Object.values(list).every((aliases) => Array.isArray(aliases) && aliases.every((a) => typeof a === 'string')));
  return ok ? null : 'must map list names to { "canonical value": ["alias", ...] }';
};

const placeholders: Check = (v) =>
  Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim() !== '' && w.length <= 40)
    ? null
    : 'must be a list of words or short phrases (at most 40 characters each), such as ["belum diisi", "chưa rõ"]';

const CHECKS: Record<keyof Settings, Check> = {
  headerRow: (v) => (v === 1 ? null : 'cannot be set for a file: its header is its first non-blank row'),
  roles: rolesPerColumn,
  defaultCountry: country,
  locale: text,
  phoneFormat: oneOf('E164', 'INTERNATIONAL', 'NATIONAL'),
  requiredFields: roleList,
  staleMonths: number(1, 1200, true),
  legalFormStyle: oneOf('short', 'long', 'none'),
  countryOutput: text,
  sureMatchScore: number(0, 1),
  reviewMatchScore: number(0, 1),
  valueMap,
  placeholders,
  // A sheet's zone (its date cells are instants); a file's dates are calendar days already.
  timeZone: () => 'cannot be set for a file: its dates are read as the days they show',
};

/** The first problem of a parsed settings object as `"field" must ...`, or null when it is fine. */
export function settingsProblem(parsed: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(parsed)) {
    if (!Object.prototype.hasOwnProperty.call(CHECKS, key)) return `unknown setting "${key}" (known: ${Object.keys(CHECKS).join(', ')})`;
    const why = CHECKS[key as keyof Settings](value);
    if (why) return `"${key}" ${why}`;
  }
  return null;
}
