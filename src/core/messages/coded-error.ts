/**
 * An error a person should read (bad input, a sheet that cannot be cleaned): it carries its
 * message as data, and its text is the English sentence followed by the code (see wire.ts), so
 * whoever catches it, the menu or the sidebar across google.script.run, can say it in the reader's
 * language.
 */
import { englishText, type UserMessage } from './message';
import { errorText } from './wire';

export class CodedError extends Error {
  readonly said: UserMessage;
  constructor(said: UserMessage) {
    super(errorText({ ...said, message: englishText(said) }));
    this.said = said;
    this.name = 'CodedError';
  }
}
