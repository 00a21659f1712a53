/**
 * Given names that may be one person's: a full name and its short forms (Robert / Bob / Rob,
 * Jan / Honza, Lars / Lasse), from the generated table (scripts/gen-nicknames.ts names its
 * sources). Only evidence for review: Bob and Robert are often two people.
 */
import { NICKNAMES } from '../data/nicknames.generated';

/** Folded name -> every name it is a short form of or has as a short form (both directions). */
let table: Map<string, Set<string>> | undefined;
/** Per name: the names it relates to, its pet-ending stem's included (a memo: names repeat). */
const memo = new Map<string, Set<string>>();
const MEMO_MAX = 50_000;

function load(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    let set = map.get(x);
    if (!set) map.set(x, (set = new Set()));
    set.add(y);
  };
  for (const group of NICKNAMES.split(';')) {
    // Only a name and its own short forms are related: the source lists some short forms with
    // "short forms" of their own (Bill: Robert, William), which would make Robert and William one.
    const [full, ...shorts] = group.split(' ');
    if (!full) continue;
    for (const short of shorts) {
      link(full, short);
      link(short, full);
    }
  }
  return map;
}

// English pet forms add -ie / -y / -ey to a short form (Art -> Artie, Tom -> Tommy): the table
// lists the short form, so the ending is taken off before looking it up.
const PET_ENDING = /(?:ie|ey|y)$/;

function stemOf(name: string): string {
  const stem = name.replace(PET_ENDING, '');
  // Tommy -> tomm -> tom: a doubled last letter belongs to the ending.
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
}

function relatedTo(name: string): Set<string> {
  let out = memo.get(name);
  if (out) return out;
  const t = (table ??= load());
  out = new Set(t.get(name));
  const stem = stemOf(name);
  if (stem !== name && stem.length >= 3) {
    out.add(stem);
    for (const n of t.get(stem) ?? []) out.add(n);
  }
  out.delete(name);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(name, out);
  return out;
}

/** True when two different folded given names are a name and its short form (either order). */
export function isNickname(x: string, y: string): boolean {
  return x !== y && (relatedTo(x).has(y) || relatedTo(y).has(x));
}
