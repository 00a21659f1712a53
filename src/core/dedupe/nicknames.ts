/**
 * Given names that may be one person's: a full name and its short forms (Robert / Bob / Rob,
 * Jan / Honza, Lars / Lasse), from the generated table (scripts/gen-nicknames.ts names its
 * sources). Only evidence for review: Bob and Robert are often two people.
 */
import { NICKNAMES_DEFLATED, NICKNAMES_LENGTH } from '../data/nicknames.generated';
import { inflateAscii } from '../normalize/phone-metadata';

/** Folded name -> the groups (one per full name) it belongs to. */
let groupsOf: Map<string, number[]> | undefined;

function load(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  inflateAscii(NICKNAMES_DEFLATED, NICKNAMES_LENGTH)
    .split(';')
    .forEach((group, id) => {
      for (const name of group.split(' ')) {
        const list = map.get(name);
        if (list) list.push(id);
        else map.set(name, [id]);
      }
    });
  return map;
}

function sameGroup(x: string, y: string, groups: Map<string, number[]>): boolean {
  const gx = groups.get(x);
  const gy = gx && groups.get(y);
  return gy !== undefined && gx!.some((g) => gy.includes(g));
}

// English pet forms add -ie / -y / -ey to a short form (Art -> Artie, Tom -> Tommy): the table
// lists the short form, so the ending is taken off before looking it up.
const PET_ENDING = /(?:ie|ey|y)$/;

function stemOf(name: string): string {
  const stem = name.replace(PET_ENDING, '');
  // Tommy -> tomm -> tom: a doubled last letter belongs to the ending.
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
}

/** True when two different folded given names are a name and its short form, or two short forms of one name. */
export function isNickname(x: string, y: string): boolean {
  if (x === y) return false;
  const groups = (groupsOf ??= load());
  if (sameGroup(x, y, groups)) return true;
  for (const [pet, other] of [[x, y], [y, x]] as const) {
    const stem = stemOf(pet);
    if (stem !== pet && stem.length >= 3 && (stem === other || sameGroup(stem, other, groups))) return true;
  }
  return false;
}
