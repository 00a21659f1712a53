import { oneLine as flatten } from '../core/normalize/text';

/**
 * A failure the user can act on: printed as one line on stderr ("crm-hygiene: <message>") with a
 * non-zero exit code, never as a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 = bad usage, 1 = bad input or a failed run. */
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** One line, whatever the cause: newlines in library messages would break the contract. */
export function oneLine(message: string, max = 300): string {
  return flatten(message, max);
}
