/**
 * An input must be a regular, readable file. Checked with stat() before anything opens it:
 * opening a FIFO blocks until someone writes to it, and a device (/dev/zero) never ends, so
 * both are refused up front, as are folders and unreadable files, each with a one-line reason.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { CliError } from '../errors';
import { fileError } from '../files/fs-errors';

/** Returns the file size; throws a one-line CliError when the path is not a readable file. */
export async function checkInputFile(path: string): Promise<number> {
  let s;
  try {
    s = await stat(path);
  } catch (e) {
    throw fileError(e, 'read', path);
  }
  if (s.isDirectory()) throw new CliError(`${path} is a folder, not a CSV or XLSX file`);
  if (s.isFIFO()) throw new CliError(`${path} is a named pipe, not a file; save the data to a file and pass that`);
  if (s.isCharacterDevice() || s.isBlockDevice()) throw new CliError(`${path} is a device, not a file`);
  if (!s.isFile()) throw new CliError(`${path} is not a regular file`);
  try {
    await access(path, constants.R_OK);
  } catch (e) {
    throw fileError(e, 'read', path);
  }
  return s.size;
}
