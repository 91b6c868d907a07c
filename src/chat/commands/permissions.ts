import { commandSpec, type Requirement } from './command-specs.js';
import { commandPath } from './request-path.js';
import type { Caller, CommandRequest } from './types.js';

/**
 * Which commands change shared state and what the caller must be allowed to do
 * (from the command descriptions). The facts come from the adapter (resolved
 * through the platform), never from anything the user typed.
 */
export function requiredPermission(request: CommandRequest): Requirement | null {
  return commandSpec(commandPath(request)).permission ?? null;
}

const REFUSALS: Record<Requirement, Record<Caller['platform'], string>> = {
  manageChannel: {
    discord: "You need the Manage Channels permission to change this channel's subscription; ask a moderator to run it.",
    slack: "Only workspace admins, owners or this channel's creator can change this channel's subscription; ask one of them to run it.",
    console: "You are not allowed to change this channel's subscription.",
  },
  manageFeeds: {
    discord: 'You need the Manage Server permission to add or remove feeds; ask a server administrator to run it.',
    slack: "Only workspace admins, owners or this channel's creator can add or remove feeds; ask one of them to run it.",
    console: 'You are not allowed to add or remove feeds.',
  },
};

/** The refusal sentence, or null when the caller may run the command. */
export function permissionRefusal(request: CommandRequest, caller: Caller): string | null {
  const requirement = requiredPermission(request);
  if (requirement === null) return null;
  const allowed = requirement === 'manageChannel' ? caller.canManageChannel : caller.canManageFeeds;
  return allowed ? null : REFUSALS[requirement][caller.platform];
}
