import { Notice, Page } from '../layout.js';

export function LoginPage(props: { token: string; problem?: string | null }) {
  return (
    <Page title="Log in">
      <form method="post" action="/login" class="panel login">
        {props.problem ? <Notice kind="error">{props.problem}</Notice> : null}
        <input type="hidden" name="_csrf" value={props.token} />
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required maxlength={512} aria-describedby="token-hint" />
        <small id="token-hint">The value of NEWS_DIGEST_ADMIN_TOKEN on the server.</small>
        <p>
          <button type="submit" class="primary">
            Log in
          </button>
        </p>
      </form>
    </Page>
  );
}
