/** A config file or environment that cannot be used. `problems` holds one line per problem. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    readonly source: string,
  ) {
    super(problems.length === 1 ? `${source}: ${problems[0]}` : `${source} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
