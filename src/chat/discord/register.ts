import { DiscordAPIError, Routes } from 'discord.js';
import { newsCommandDefinitions } from './commands.js';
import { createDiscordRest } from './rest.js';
import { CodedError } from '../../core/index.js';

export interface RegisterCommandsOptions {
  token: string;
  applicationId: string;
  /** Register in one guild (instant, for development); without it, globally (for production). */
  guildId?: string | null;
  /** DISCORD_API_BASE; default Discord's own. */
  apiBase?: string | null;
}

export interface RegisterCommandsResult {
  scope: 'guild' | 'global';
  commandNames: string[];
}

/** Registration failed; the message is one sentence saying what to fix. */
export class CommandRegistrationError extends CodedError {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super('discord.registration', message);
  }
}

/** Overwrites the application's commands (bulk PUT), so re-running it is safe and removes stale ones. */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const rest = createDiscordRest({ token: options.token, apiBase: options.apiBase ?? null, retries: 2 });
  const guildId = options.guildId ?? null;
  const route = guildId ? Routes.applicationGuildCommands(options.applicationId, guildId) : Routes.applicationCommands(options.applicationId);
  const body = newsCommandDefinitions();
  try {
    await rest.put(route, { body });
  } catch (error) {
    throw registrationError(error, options.applicationId, guildId);
  }
  return { scope: guildId ? 'guild' : 'global', commandNames: body.map((command) => command.name) };
}

function registrationError(error: unknown, applicationId: string, guildId: string | null): CommandRegistrationError {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return new CommandRegistrationError('Discord rejected the bot token (401); check DISCORD_TOKEN.', 401);
    if (error.status === 403 && guildId) {
      return new CommandRegistrationError(
        `Discord refused access to guild ${guildId} (403); invite the bot there with the "bot applications.commands" scopes first.`,
        403,
      );
    }
    if (error.status === 404) {
      return new CommandRegistrationError(`Discord does not know application ${applicationId} (404); check DISCORD_APPLICATION_ID.`, 404);
    }
    return new CommandRegistrationError(`Discord refused the command registration (${error.status}): ${error.message}.`, error.status);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new CommandRegistrationError(`Could not reach Discord to register commands: ${reason}.`, null);
}
