/**
 * Given names that may be one person's: a full name and its short forms (Robert / Bob / Rob,
 * Jan / Honza, Lars / Lasse), from the generated table (scripts/gen-nicknames.ts names its
 * sources). Only evidence for review: Bob and Robert are often two people.
 */
import { NICKNAMES_DEFLATED, NICKNAMES_LENGTH } from '../data/nicknames.generated';
import { inflateAscii } from '../normalize/phone-metadata';

/** Folded full name -> its short forms. */
let shortForms: Map<string, Set<string>> | undefined;

function load(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of inflateAscii(NICKNAMES_DEFLATED, NICKNAMES_LENGTH).split(';')) {
    const [full, ...shorts] = group.split(' ');
    if (full) map.set(full, new Set(shorts));
  }
  return map;
}

/**
 * One is listed as a short form of the other. Two short forms of one name (Bob, Rob) are not
 * related through it: the source lists some short forms with "short forms" of their own
 * (Bill: Robert, William), which would make Robert and William one name.
 */
function listed(x: string, y: string, table: Map<string, Set<string>>): boolean {
  return table.get(x)?.has(y) === true || table.get(y)?.has(x) === true;
}

// English pet forms add -ie / -y / -ey to a short form (Art -> Artie, Tom -> Tommy): the table
// lists the short form, so the ending is taken off before looking it up.
const PET_ENDING = /(?:ie|ey|y)$/;

function stemOf(name: string): string {
  const stem = name.replace(PET_ENDING, '');
  // Tommy -> tomm -> tom: a doubled last letter belongs to the ending.
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
}

/** True when two different folded given names are a name and its short form (either order). */
export function isNickname(x: string, y: string): boolean {
  if (x === y) return false;
  const table = (shortForms ??= load());
  if (listed(x, y, table)) return true;
  for (const [pet, other] of [[x, y], [y, x]] as const) {
    const stem = stemOf(pet);
    if (stem !== pet && stem.length >= 3 && (stem === other || listed(stem, other, table))) return true;
  }
  return false;
}
