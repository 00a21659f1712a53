import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** True when two paths name one file: the same path, or a link to it (same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
