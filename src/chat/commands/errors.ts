import { CodedError } from '../../core/errors.js';
/**
 * A command that cannot run as asked. The message is the one sentence the user
 * sees: it names the problem and says how to fix the input.
 */
export class CommandError extends CodedError {
  constructor(
    message: string,
    readonly reason: 'bad_input' | 'forbidden' | 'not_found' | 'conflict' = 'bad_input',
  ) {
    super(`command.${reason}`, message);
  }
}
