import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandRegistrationError, registerCommands } from '../../../src/chat/index.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../../fakes/discord-server.js';

let fake: FakeDiscordServer;
beforeEach(async () => {
  fake = await startFakeDiscordServer();
});
afterEach(async () => {
  await fake.close();
});

interface RegisteredOption {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  options?: RegisteredOption[];
}

describe('registerCommands', () => {
  it('registers /news in one guild for development', async () => {
    const result = await registerCommands({ token: 'bot-token', applicationId: fake.applicationId, guildId: '800000000000000001', apiBase: fake.url });
    expect(result).toEqual({ scope: 'guild', commandNames: ['news'] });
    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/800000000000000001/commands`);
    expect(put?.headers.authorization).toBe('Bot bot-token');
    expect(fake.commands()).toEqual([]);
    const [command] = fake.commands('800000000000000001') as {
      name: string;
      default_member_permissions: string;
      contexts: number[];
      options: RegisteredOption[];
    }[];
    // Manage Channels (1 << 4) by default; the handlers check again per subcommand.
    expect(command!.default_member_permissions).toBe('16');
    expect(command!.contexts).toEqual([0]);
    const names = command!.options.map((option) => option.name);
    expect(names).toEqual(['subscribe', 'unsubscribe', 'subscriptions', 'digest', 'preview', 'search', 'quotes', 'why', 'topics', 'feeds']);
    const feeds = command!.options.find((option) => option.name === 'feeds')!;
    expect(feeds.type).toBe(2);
    expect(feeds.options!.map((option) => option.name)).toEqual(['list', 'add', 'remove', 'enable', 'import']);
    const subscribe = command!.options.find((option) => option.name === 'subscribe')!;
    expect(subscribe.options!.find((option) => option.name === 'topics')?.autocomplete).toBe(true);
    // Option types from the descriptions: text 3, integer 4, boolean 5, channel 7, role 8; attachment 11.
    expect(Object.fromEntries(subscribe.options!.map((option) => [option.name, option.type]))).toMatchObject({
      topics: 3,
      feeds: 3,
      timezone: 3,
      'min-sources': 4,
      threads: 5,
      channel: 7,
      mention: 8,
    });
    const importFeeds = feeds.options!.find((option) => option.name === 'import')!;
    expect(importFeeds.options).toMatchObject([{ name: 'file', type: 11, required: true }]);
    expect(fake.schemaViolations).toEqual([]);
  });

  it('registers globally for production, replacing what was there', async () => {
    await registerCommands({ token: 'bot-token', applicationId: fake.applicationId, apiBase: fake.url });
    const second = await registerCommands({ token: 'bot-token', applicationId: fake.applicationId, apiBase: fake.url });
    expect(second.scope).toBe('global');
    expect(fake.requests.filter((request) => request.method === 'PUT').map((request) => request.path)).toEqual([
      `/applications/${fake.applicationId}/commands`,
      `/applications/${fake.applicationId}/commands`,
    ]);
    expect(fake.commands()).toHaveLength(1);
  });

  it('turns an unreachable API into one sentence', async () => {
    const closedBase = fake.url;
    await fake.close();
    fake = await startFakeDiscordServer();
    const error = await registerCommands({ token: 'bot-token', applicationId: '1', apiBase: closedBase }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommandRegistrationError);
    expect((error as Error).message).toMatch(/^Could not reach Discord to register commands: /);
  });
});
