import { describeReason, explainArticle, type ArticleExplanation, type SubscriptionVerdict } from '../../schedule/index.js';
import { CommandError } from './errors.js';
import { OPTIONS } from './options.js';
import type { OptionReader } from './read.js';
import { formatWhen, infoReply } from './reply.js';
import type { Caller, CommandDeps, CommandReply, ReplyLine } from './types.js';
import { scopeOfCaller } from './workspace-feeds.js';

/**
 * /news why <article URL>: was it seen, how it was tagged, its story, and for
 * each subscription of this channel whether it was delivered or why not. Only
 * what this workspace may see is used: an article of another workspace's
 * feed is "not seen here".
 */
export async function why(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const url = read(OPTIONS.article)!;
  if (!/^https?:\/\//i.test(url)) throw new CommandError('Give the article address as a full URL, e.g. /news why https://example.org/news/summit.');
  const subscriptions = await deps.store.listSubscriptions({
    platform: caller.platform,
    channelId: caller.channelId,
    ...(caller.workspaceId === null ? {} : { workspaceId: caller.workspaceId }),
  });
  const timeZone = subscriptions[0]?.timezone ?? deps.defaults.timezone;
  const explanation = await explainArticle(
    { store: deps.store, taxonomy: deps.taxonomy, now: deps.now, maxStories: deps.defaults.maxStories ?? 10 },
    { url },
    subscriptions,
    scopeOfCaller(caller) ?? null,
  );
  return infoReply(
    'Why?',
    explanationLines(explanation, (date) => formatWhen(date, timeZone)),
  );
}

/** The explanation as reply lines (also used by the CLI's text output). */
export function explanationLines(explanation: ArticleExplanation, when: (date: Date) => string): ReplyLine[] {
  if (!explanation.found) {
    const lines: ReplyLine[] = [
      {
        text: 'Not seen: no stored article has this address.',
        detail: 'Articles arrive with the feeds of this workspace and the shared ones; /news feeds list shows them.',
      },
    ];
    for (const feed of explanation.feedsOnSameHost) {
      lines.push({
        text: `Feed #${feed.id} ${feed.name} is on the same site`,
        url: feed.url,
        detail: feed.enabled
          ? `enabled${feed.lastFetchedAt ? `, last fetched ${when(feed.lastFetchedAt)}` : ', not fetched yet'}`
          : `disabled${feed.lastFetchedAt ? ` since about ${when(feed.lastFetchedAt)}` : ''}: ${feed.disabledReason ?? 'no reason recorded'}`,
      });
    }
    return lines;
  }
  const { article, topics, story } = explanation;
  const feed = article.feed;
  const lines: ReplyLine[] = [
    {
      text: article.title,
      url: article.url,
      detail: [
        `seen ${when(article.firstSeenAt)}`,
        feed ? `feed #${feed.id} ${feed.name}${feed.enabled ? '' : ` (disabled: ${feed.disabledReason ?? 'no reason recorded'})`}` : article.source,
        `language ${article.language}`,
      ].join(' · '),
    },
    {
      text: 'Topics',
      detail:
        topics.length === 0
          ? 'none tagged'
          : topics
              .map((topic) =>
                topic.score === null
                  ? `${topic.id}: not tagged (needs ${topic.threshold})`
                  : `${topic.id} ${topic.score} ≥ ${topic.threshold}${topic.evidence.length ? ` (${topic.evidence.slice(0, 3).join(', ')})` : ''}`,
              )
              .join('; '),
    },
    story
      ? {
          text: `Story #${story.id}: ${story.title}`,
          detail: `${story.articles} article(s) from ${story.sources.join(', ')} · first seen ${when(story.firstSeenAt)}`,
        }
      : { text: 'Story: none yet', detail: 'stories are formed right after each poll' },
  ];
  if (explanation.subscriptions.length === 0) lines.push({ text: 'This channel has no subscription, so nothing is delivered here.' });
  for (const verdict of explanation.subscriptions) lines.push(verdictLine(verdict, when));
  return lines;
}

function verdictLine(verdict: SubscriptionVerdict, when: (date: Date) => string): ReplyLine {
  const who = `Subscription #${verdict.subscriptionId}`;
  switch (verdict.outcome) {
    case 'delivered':
      return {
        text: `${who}: delivered ${when(verdict.delivery!.at)}`,
        detail: `${verdict.mode === 'instant' ? 'instant post' : `digest ${verdict.delivery!.periodKey}`}; message ${verdict.delivery!.messageIds.join(', ') || 'id unknown'}`,
        channelId: verdict.channelId,
      };
    case 'pending':
      return {
        text: `${who}: recorded ${when(verdict.delivery!.at)}, ${verdict.delivery!.pendingParts} part(s) not posted yet`,
        detail: 'they are retried on the next run',
        channelId: verdict.channelId,
      };
    case 'upcoming':
      return {
        text: `${who}: not delivered yet`,
        detail: verdict.nextDigestAt ? `it is due in the next digest, ${when(verdict.nextDigestAt)}` : 'it is posted after the next poll',
        channelId: verdict.channelId,
      };
    case 'not-delivered':
      return { text: `${who}: not delivered`, detail: describeReason(verdict.reason!, when), channelId: verdict.channelId };
  }
}
