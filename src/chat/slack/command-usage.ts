import { COMMANDS, OPTIONS, optionsOn, surfacesOf, type CommandPath, type CommandSpec } from '../commands/index.js';

/**
 * Usage lines for the /news text grammar, generated from the command and
 * option descriptions (so a new option shows up here by being described).
 */

const slackCommands = (): CommandSpec[] => COMMANDS.filter((spec) => surfacesOf(spec).includes('slack'));

/** "<topics|feeds> [schedule] [zone] [digest|instant] … [include:words]" */
function synopsis(spec: CommandSpec): string {
  const uses = optionsOn(spec, 'slack');
  const parts: string[] = [];
  const shown = new Set<string>();
  const rule = spec.positional;
  if (rule?.first) {
    const required = uses.some((use) => use.required && (use.name === rule.first || (rule.first === 'topics-or-feeds' && use.name === 'topics')));
    const label = rule.first === 'topics-or-feeds' ? 'topics|feed URL' : rule.first;
    parts.push(required ? `<${label}>` : `[${label}]`);
    if (rule.first === 'topics-or-feeds') shown.add('topics');
    else shown.add(rule.first);
  }
  if (rule?.rest) {
    const required = uses.some((use) => use.required && use.name === rule.rest);
    parts.push(required ? `<${rule.rest}…>` : `[${rule.rest}…]`);
    shown.add(rule.rest);
  }
  for (const use of uses) if (!shown.has(use.name)) parts.push(`[${use.name}:${OPTIONS[use.name].placeholder}]`);
  return parts.join(' ');
}

export function usageOf(path: CommandPath): string {
  const spec = slackCommands().find((candidate) => candidate.path === path);
  if (!spec) return fullUsage();
  const line = `/news ${spec.path}${synopsis(spec) ? ` ${synopsis(spec)}` : ''} — ${spec.help}`;
  return spec.example === `/news ${spec.path}` ? line : `${line}. E.g. ${spec.example}`;
}

export function fullUsage(): string {
  const lines = slackCommands().map((spec) => `• /news ${spec.path}${synopsis(spec) ? ` ${synopsis(spec)}` : ''}`);
  return [
    'Usage (options as key:value, e.g. topics:summits,arms-control schedule:daily 08:00 timezone:Europe/Berlin; a time zone, digest/instant or a language also work without their key; /news help subscribe explains one command):',
    ...lines,
  ].join('\n');
}
