/**
 * File-system errors as one line a user can act on. Node's own messages name system calls and,
 * for outputs, the temporary file ("EACCES: permission denied, open '.out.csv.123.tmp'"); the
 * user only knows the path they typed, so every message names that path and says what to do.
 */
import { CliError } from '../errors';

const WHY: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many symbolic links in the path',
  ENAMETOOLONG: 'the file name is too long',
  EEXIST: 'a file of that name is in the way',
  EXDEV: 'it is on another disk than its temporary file',
  EMFILE: 'too many files open',
  EBUSY: 'the file is in use',
};

export function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && typeof (e as NodeJS.ErrnoException).code === 'string' ? (e as NodeJS.ErrnoException).code : undefined;
}

/** "cannot read crm.csv: permission denied"; `verb` is what the user asked for. */
export function fileError(e: unknown, verb: 'read' | 'write', path: string): CliError {
  if (e instanceof CliError) return e;
  const code = errnoCode(e);
  if (verb === 'read' && code === 'ENOENT') return new CliError(`file not found: ${path}`);
  const why = (code && WHY[code]) ?? (code ? `error ${code}` : (e as Error)?.message ?? String(e));
  return new CliError(`cannot ${verb} ${path}: ${why}`);
}
