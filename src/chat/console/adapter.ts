import type { ChatAdapter } from '../adapter.js';

/** The console: digests printed as plain text (demo, CLI); needs nothing and receives no commands. */
export const consoleAdapter: ChatAdapter = {
  platform: 'console',
  label: 'Console',
  tokenVariable: null,
  plan: () => ({ enabled: true, summary: 'on (prints to stdout)', problems: [] }),
  async sender(_env, _logger, out) {
    const { createConsoleSender } = await import('./sender.js');
    return { sender: createConsoleSender(out), close: () => undefined };
  },
};
