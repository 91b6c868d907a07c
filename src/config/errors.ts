import { CodedError } from '../core/errors.js';
/** A config file or environment that cannot be used. `problems` holds one line per problem. */
export class ConfigError extends CodedError {
  constructor(
    readonly problems: string[],
    readonly source: string,
  ) {
    super(
      'config.invalid',
      problems.length === 1 ? `${source}: ${problems[0]}` : `${source} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}
