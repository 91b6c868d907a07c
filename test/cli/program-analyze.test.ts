import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandNameOf } from '../../src/cli/program-analyze.js';

/** A root command with the kinds of options src/cli.ts gives it: with a value, with a choice, without one. */
function root(): Command {
  return new Command('tool')
    .version('1.0.0')
    .option('--store <path>', 'a file')
    .option('-p, --profile <name>', 'a profile')
    .addOption(new Option('--level <level>', 'a level').choices(['low', 'high']))
    .option('--quiet', 'no value');
}

describe('commandNameOf', () => {
  it('is the first argument that is no option', () => {
    expect(commandNameOf(root(), ['analyze', 'a.txt'])).toBe('analyze');
    expect(commandNameOf(root(), ['--quiet', 'articles', '--json'])).toBe('articles');
  });

  it('skips the value of an option that takes one, in every spelling', () => {
    expect(commandNameOf(root(), ['--store', 'analyze', 'articles'])).toBe('articles');
    expect(commandNameOf(root(), ['-p', 'analyze', 'poll'])).toBe('poll');
    expect(commandNameOf(root(), ['--level', 'high', 'analyze'])).toBe('analyze');
    expect(commandNameOf(root(), ['--store=analyze', 'digest'])).toBe('digest');
  });

  it('takes the argument after `--`, and is undefined when there is no command', () => {
    expect(commandNameOf(root(), ['--', 'analyze'])).toBe('analyze');
    expect(commandNameOf(root(), ['--help'])).toBeUndefined();
    expect(commandNameOf(root(), ['--version'])).toBeUndefined();
    expect(commandNameOf(root(), ['--store', 'x.db'])).toBeUndefined();
    expect(commandNameOf(root(), [])).toBeUndefined();
  });
});
