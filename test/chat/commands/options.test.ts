import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  handleCommand,
  newsCommandDefinitions,
  OPTIONS,
  optionsOn,
  parseSlackCommandText,
  surfacesOf,
  type CommandRequest,
  type CommandSpec,
} from '../../../src/chat/index.js';
import { fullUsage, usageOf } from '../../../src/chat/slack/command-usage.js';
import { registryOptions, registryValues } from '../../../src/cli/registry-options.js';
import { createHarness, moderator, type Harness } from './harness.js';

/**
 * Every option is described once (options.ts) and every surface is derived
 * from that description: Discord's command definition, the Slack grammar and
 * usage, the CLI flags, and the handlers' checks.
 */

interface DiscordOption {
  name: string;
  type: number;
  description: string;
  required?: boolean;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: { name: string; value: string }[];
  autocomplete?: boolean;
  options?: DiscordOption[];
}

const [definition] = newsCommandDefinitions() as unknown as { options: DiscordOption[] }[];

function discordSubcommand(spec: CommandSpec): DiscordOption {
  const [group, name] = spec.path.split(' ') as [string, string | undefined];
  const top = definition!.options.find((option) => option.name === group)!;
  return name ? top.options!.find((option) => option.name === name)! : top;
}

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

describe('option descriptions', () => {
  it('fit every surface: Discord names and help lengths, aliases unambiguous within a command', () => {
    for (const option of Object.values(OPTIONS)) {
      expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(option.help.length).toBeLessThanOrEqual(100);
    }
    for (const spec of COMMANDS) {
      expect(spec.help.length).toBeLessThanOrEqual(100);
      const keys = spec.options.flatMap((use) => [use.name, ...(OPTIONS[use.name].aliases ?? [])]);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('are what Discord registers: name, help, required, limits, choices and autocomplete', () => {
    for (const spec of COMMANDS.filter((c) => surfacesOf(c).includes('discord'))) {
      const registered = discordSubcommand(spec);
      expect(registered.description).toBe(spec.help);
      const uses = optionsOn(spec, 'discord');
      expect(new Set((registered.options ?? []).map((o) => o.name))).toEqual(new Set(uses.map((u) => u.name)));
      for (const use of uses) {
        const option = OPTIONS[use.name];
        const wire = registered.options!.find((o) => o.name === use.name)!;
        expect(wire.description).toBe(option.help);
        expect(wire.required ?? false).toBe(use.required ?? false);
        if (option.kind === 'text') {
          expect(wire.max_length).toBe(option.maxLength);
          expect(wire.choices).toEqual(option.choices);
          expect(wire.autocomplete ?? false).toBe(option.choices === undefined && option.complete !== undefined);
        }
        if (option.kind === 'integer') expect([wire.min_value, wire.max_value]).toEqual([option.min, option.max]);
      }
    }
  });

  it('are the Slack grammar: every option by its name and each alias, and in the usage', () => {
    for (const spec of COMMANDS.filter((c) => surfacesOf(c).includes('slack'))) {
      const usage = usageOf(spec.path);
      for (const use of optionsOn(spec, 'slack')) {
        const option = OPTIONS[use.name];
        const sample =
          option.kind === 'integer' ? '2' : option.kind === 'boolean' ? 'true' : option.kind === 'text' && option.choices ? option.choices[0]!.value : 'x';
        for (const key of [option.name, ...(option.aliases ?? [])]) {
          const needsWord = spec.options.some((u) => u.required && u.name !== use.name);
          const parsed = parseSlackCommandText(`${spec.path}${needsWord ? ' q' : ''} ${key}:${sample}`);
          if (!parsed.ok) throw new Error(`${spec.path} ${key}: ${parsed.message}`);
          expect(parsed.request.options[use.name]).toBe(sample);
        }
        expect(usage).toContain(use.name === 'topics' ? 'topics|feed URL' : use.name);
      }
      expect(fullUsage()).toContain(`/news ${spec.path}`);
    }
  });

  it('are the CLI flags, with aliases hidden and refused when given twice', async () => {
    const command = new Command('subscribe').exitOverride();
    for (const option of registryOptions('subscribe')) command.addOption(option);
    const help = command.helpInformation();
    expect(help).toContain('--timezone <zone>');
    expect(help).toContain(OPTIONS.timezone.help);
    expect(help).not.toContain('--tz');
    command.parse(['--tz', 'Europe/Berlin', '--min-sources', '2', '--threads'], { from: 'user' });
    expect(registryValues('subscribe', command.opts())).toEqual({ timezone: 'Europe/Berlin', 'min-sources': '2', threads: true });
    const twice = new Command('subscribe').exitOverride();
    for (const option of registryOptions('subscribe')) twice.addOption(option);
    twice.parse(['--tz', 'UTC', '--timezone', 'UTC'], { from: 'user' });
    expect(() => registryValues('subscribe', twice.opts())).toThrow('--timezone and --tz are the same option; give it once.');
  });

  it("are the handlers' checks: the limit Discord enforces is the one the handler enforces", async () => {
    const tooLong = 'summits,'.repeat(60).slice(0, OPTIONS.topics.maxLength + 1);
    const request: CommandRequest = { name: 'subscribe', options: { topics: tooLong } };
    const reply = await handleCommand(request, moderator, h.deps);
    expect(reply.lines[0]!.text).toBe(`The topics value is ${OPTIONS.topics.maxLength + 1} characters long; keep it to ${OPTIONS.topics.maxLength}.`);
    const badNumber = await handleCommand({ name: 'subscribe', options: { topics: 'summits', 'min-sources': '50' } }, moderator, h.deps);
    expect(badNumber.lines[0]!.text).toBe('min-sources: takes a whole number from 1 to 20.');
    const badBool = await handleCommand({ name: 'subscribe', options: { topics: 'summits', threads: 'maybe' } }, moderator, h.deps);
    expect(badBool.lines[0]!.text).toBe('threads: takes true or false.');
  });
});
