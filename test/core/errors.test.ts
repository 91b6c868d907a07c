import { describe, expect, it } from 'vitest';
import { CodedError, errorLine } from '../../src/core/index.js';
import { ConfigError } from '../../src/config/index.js';
import { FeedError } from '../../src/feeds/index.js';
import { StoreError } from '../../src/store/index.js';
import { CommandError } from '../../src/chat/commands/errors.js';
import { ChatDeliveryError } from '../../src/schedule/index.js';
import { UsageError } from '../../src/cli/errors.js';

describe('coded errors', () => {
  it('give every layer one error type with a stable code', () => {
    const cases: [CodedError, string][] = [
      [new FeedError('timeout', 'the server did not answer within 20 s; raise fetch.timeoutSeconds or try later'), 'feed.timeout'],
      [new ConfigError(['http.port: must be a number (got the string "8080")'], 'news-digest.config.yaml'), 'config.invalid'],
      [new StoreError('Storage error: the disk is full; free disk space.', 'full', 'SQLITE_FULL'), 'store.full'],
      [new CommandError('No feed "x" here; /news feeds list shows the feeds you can use.', 'not_found'), 'command.not_found'],
      [new ChatDeliveryError('Discord refused the post: Missing Access.', true, 50001), 'chat.permanent'],
      [new ChatDeliveryError('Discord answered 503; will retry.', false, 503), 'chat.transient'],
      [new UsageError('--limit must be a positive whole number, not "x".'), 'cli.usage'],
    ];
    for (const [error, code] of cases) {
      expect(error).toBeInstanceOf(CodedError);
      expect(error.code).toBe(code);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(new ChatDeliveryError('x', true, 50001).platformCode).toBe(50001);
  });

  it('turn any error into the line a person sees: the sentence as written, else the first line, never a stack', () => {
    expect(errorLine(new FeedError('parse', 'the document is neither XML nor JSON, so it is not a feed'))).toBe(
      'the document is neither XML nor JSON, so it is not a feed',
    );
    const config = new ConfigError(['a: is required', 'b: must be a number (got the string "x")'], 'config.yaml');
    expect(errorLine(config)).toBe('config.yaml has 2 problems:\n  - a: is required\n  - b: must be a number (got the string "x")');
    const unexpected = new TypeError('Cannot read properties of undefined (reading "id")\n    at somewhere (file.ts:1:1)');
    expect(errorLine(unexpected)).toBe('Cannot read properties of undefined (reading "id")');
    expect(errorLine('plain text')).toBe('plain text');
    expect(errorLine(new Error(''))).toBe('Error');
    expect(errorLine(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});
