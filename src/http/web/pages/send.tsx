import type { Subscription } from '../../../core/index.js';
import { renderDigestText } from '../../../render/index.js';
import { DiscordPreview, SlackPreview } from '../../../render/html/index.js';
import type { RenderedPreview } from '../digest-preview.js';
import { plural } from '../format.js';
import { ActionForm, Notice } from '../layout.js';

/** "Send now", step one: the dry run. Nothing is recorded until the confirm button posts. */
export function SendPage(props: { subscription: Subscription; preview: RenderedPreview; csrf: string; canSend: boolean }) {
  const { subscription, preview } = props;
  const stories = preview.digest.sections.reduce((sum, s) => sum + s.stories.length, 0);
  return (
    <>
      <Notice kind="info">
        {`Dry run for subscription #${subscription.id} (${subscription.platform} ${subscription.channelId}): ${plural(stories, 'story', 'stories')}. Nothing has been sent or recorded.`}
      </Notice>
      {props.canSend ? (
        stories > 0 ? (
          <ActionForm
            action={`/subscriptions/${subscription.id}/send`}
            csrf={props.csrf}
            label={`Send ${plural(stories, 'story', 'stories')} now`}
            kind="danger"
          />
        ) : (
          <p>Nothing new to send.</p>
        )
      ) : (
        <p>This process has no sender for this platform; run the bot (news-digest run) with its credentials to send.</p>
      )}
      {subscription.platform === 'discord' ? <DiscordPreview messages={preview.discord} /> : null}
      {subscription.platform === 'slack' ? <SlackPreview messages={preview.slack} /> : null}
      {subscription.platform === 'console' ? <pre class="plain">{renderDigestText(preview.digest)}</pre> : null}
    </>
  );
}
