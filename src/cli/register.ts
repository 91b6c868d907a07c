import { loadEnv } from '../config/index.js';
import { registerCommands } from '../chat/index.js';
import type { GlobalOptions } from './context.js';
import { UsageError } from './errors.js';

/** `register-commands`: per guild for development (instant), globally for production (up to an hour to appear). */
export async function registerSlashCommands(_globals: GlobalOptions, options: { guild?: string; global?: boolean }): Promise<void> {
  const env = loadEnv();
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    throw new UsageError('register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID in the environment (see .env.example and docs/discord.md).');
  }
  const guildId = options.global ? null : (options.guild ?? env.DISCORD_DEV_GUILD_ID ?? null);
  const result = await registerCommands({
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId,
    apiBase: env.DISCORD_API_BASE ?? null,
  });
  process.stdout.write(
    result.scope === 'guild'
      ? `Registered /${result.commandNames.join(', /')} in guild ${guildId} (available now).\n`
      : `Registered /${result.commandNames.join(', /')} globally (Discord may take up to an hour to show them everywhere).\n`,
  );
}
