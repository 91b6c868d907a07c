import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/cli/program.js';
import { commandPath } from '../../src/cli/help-examples.js';
import { runCli } from './run-cli.js';

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

const program = new Command('news-digest');
registerCommands(program);

describe('help', () => {
  it.each(allCommands(program).map((command) => [commandPath(command) || '(top level)', command] as const))(
    '%s --help ends with an example',
    (_path, command) => {
      let help = '';
      command.configureOutput({ writeOut: (text) => (help += text) });
      command.outputHelp();
      expect(help).toMatch(/\nExamples:\n {2}\$ news-digest /);
    },
  );

  it('single-id commands take the id as an argument', () => {
    for (const path of ['unsubscribe', 'resume', 'digest', 'feeds enable', 'feeds remove']) {
      const command = allCommands(program).find((c) => commandPath(c) === path)!;
      expect(
        command.registeredArguments.map((a) => a.name()),
        path,
      ).toEqual(['id']);
    }
  });

  it('`feeds --help` shows --json, `subscribe --help` says --schedule takes phrases, --log-level names LOG_LEVEL', async () => {
    expect((await runCli(['feeds', '--help'])).stdout).toMatch(/--json/);
    expect((await runCli(['subscribe', '--help'])).stdout.replace(/\s+/g, ' ')).toMatch(
      /--schedule <schedule> daily 08:00, weekdays 7:30, hourly, weekly mon 08:00 or a cron expression/,
    );
    expect((await runCli(['--help'])).stdout.replace(/\s+/g, ' ')).toMatch(/--log-level <level> log level \(default: LOG_LEVEL/);
  });

  it('`poll` alone polls once (no "required option --once")', async () => {
    const result = await runCli(['--db', ':memory:', 'poll']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/No feeds configured/);
  });
});
