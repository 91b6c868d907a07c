/**
 * The dashboard's only stylesheet, served from the package at /assets/app.css
 * (kept in TypeScript so the build carries it). Colours meet WCAG AA contrast;
 * the layout works from 320 px up; focus is always visible.
 */
export const APP_CSS = String.raw`
@font-face { font-family: Inter; font-weight: 400; font-display: swap; src: url(/assets/inter-400.ttf) format('truetype'); }
@font-face { font-family: Inter; font-weight: 700; font-display: swap; src: url(/assets/inter-700.ttf) format('truetype'); }
:root { --fg: #18181b; --muted: #52525b; --bg: #fafafa; --card: #fff; --line: #d4d4d8; --accent: #1d4ed8; --ok: #166534; --okbg: #dcfce7; --warn: #854d0e; --warnbg: #fef9c3; --bad: #991b1b; --badbg: #fee2e2; }
* { box-sizing: border-box; }
html { font-family: Inter, system-ui, sans-serif; font-size: 15px; line-height: 1.5; color: var(--fg); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1rem; background: #1e293b; color: #f8fafc; }
header.top .brand { font-weight: 700; }
header.top nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
header.top nav a { color: #e2e8f0; text-decoration: none; padding: .2rem 0; }
header.top nav a[aria-current='page'] { color: #fff; border-bottom: 2px solid #fbbf24; }
header.top .logout { margin-left: auto; }
header.top .logout button { background: transparent; color: #f8fafc; border-color: #94a3b8; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: .75rem 0 .25rem; }
.sub { display: block; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.reason { display: block; color: var(--muted); font-size: .85rem; max-width: 36ch; overflow-wrap: anywhere; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .75rem; padding: .5rem .75rem .75rem; min-width: 0; }
select { text-overflow: ellipsis; }
legend { font-weight: 700; padding: 0 .25rem; }
label { display: block; font-weight: 600; font-size: .9rem; margin: .25rem 0; }
.checks label, .checks { font-weight: 400; }
.checks { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.checks label { display: inline-flex; gap: .35rem; align-items: center; }
.row { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: .5rem 0; }
.row .grow { flex: 1 1 16rem; }
input, select, button { font: inherit; color: inherit; }
input, select { border: 1px solid #71717a; border-radius: 4px; padding: .35rem .5rem; background: #fff; max-width: 100%; }
input[type='search'], input[type='url'], #why { width: 100%; }
small { display: block; color: var(--muted); font-size: .8rem; }
button { border: 1px solid #71717a; background: #fff; border-radius: 4px; padding: .35rem .8rem; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.danger { background: var(--bad); border-color: var(--bad); color: #fff; }
form.inline { display: inline-block; margin: 0 .25rem .25rem 0; }
.actions a { display: inline-block; margin: 0 .5rem .25rem 0; }
.scroll { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; background: var(--card); font-size: .9rem; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
table.data thead th { background: #f4f4f5; }
table caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 700; }
.badge.ok { background: var(--okbg); color: var(--ok); }
.badge.warn { background: var(--warnbg); color: var(--warn); }
.badge.bad { background: var(--badbg); color: var(--bad); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; list-style: none; padding: 0; margin: 0; }
.stats li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
.stats strong { display: block; font-size: 1.15rem; }
.stats span { color: var(--muted); }
.notice { border-radius: 6px; padding: .6rem .8rem; }
.notice.ok { background: var(--okbg); color: var(--ok); }
.notice.error { background: var(--badbg); color: var(--bad); }
.notice.info { background: #e0e7ff; color: #1e3a8a; }
.platforms { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem; }
.limits table { font-size: .8rem; border-collapse: collapse; margin-top: .5rem; }
.limits th, .limits td { padding: .1rem .5rem .1rem 0; text-align: left; }
.limits tr.over td, .violations { color: #fca5a5; }
.within { font-size: .8rem; margin: .25rem 0 0; }
/* Discord look-alike (dark theme). */
.dc-channel { background: #313338; color: #dbdee1; border-radius: 8px; padding: .75rem; font-size: .95rem; }
.dc-message { padding: .5rem 0; border-bottom: 1px solid #3f4147; }
.dc-message:last-child { border-bottom: 0; }
.dc-head { margin-bottom: .25rem; }
.dc-name { color: #f2f3f5; font-weight: 700; }
.dc-app { background: #5865f2; color: #fff; font-size: .65rem; font-weight: 700; border-radius: 3px; padding: 0 .3rem; margin-left: .35rem; vertical-align: middle; }
.dc-content { white-space: normal; overflow-wrap: anywhere; }
.dc-embed { display: flex; background: #2b2d31; border-radius: 4px; margin: .4rem 0; max-width: 520px; overflow: hidden; }
.dc-bar { flex: 0 0 4px; width: 4px; height: auto; }
.dc-embed-body { padding: .5rem .75rem .6rem; min-width: 0; overflow-wrap: anywhere; }
.dc-author { font-size: .8rem; font-weight: 700; color: #f2f3f5; }
.dc-title { font-weight: 700; color: #f2f3f5; margin: .15rem 0; }
.dc-channel a { color: #00a8fc; }
.dc-description { font-size: .88rem; }
.dc-footer { font-size: .75rem; color: #b5bac1; margin-top: .4rem; }
.dc-channel blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 4px solid #4e5058; }
.dc-channel code { background: #1e1f22; border-radius: 3px; padding: 0 .2rem; }
.dc-channel .limits caption, .dc-channel .limits th, .dc-channel .limits td, .dc-channel .within { color: #b5bac1; }
.md-mention { background: rgba(88, 101, 242, .3); color: #dee0fc; border-radius: 3px; padding: 0 .15rem; }
.md-spoiler { background: #1e1f22; }
/* Slack look-alike (light theme). */
.sl-channel { background: #fff; color: #1d1c1d; border: 1px solid var(--line); border-radius: 8px; padding: .75rem; font-size: .95rem; }
.sl-message { padding: .5rem 0; border-bottom: 1px solid #e8e8e8; }
.sl-message:last-child { border-bottom: 0; }
.sl-name { font-weight: 900; }
.sl-app { background: #e8e8e8; color: #4a4a4a; font-size: .65rem; font-weight: 700; border-radius: 3px; padding: 0 .3rem; margin-left: .35rem; }
.sl-header { font-weight: 900; font-size: 1.1rem; margin: .35rem 0; }
.sl-section { margin: .35rem 0; overflow-wrap: anywhere; }
.sl-context { color: #616061; font-size: .8rem; display: flex; flex-wrap: wrap; gap: .25rem .6rem; }
.sl-channel a { color: #1264a3; }
.sl-channel blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 4px solid #ddd; }
.sl-channel code { background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px; padding: 0 .2rem; color: #c01343; }
.sl-channel .md-mention { background: #fff4d4; color: #7a5800; }
.sl-channel .limits tr.over td, .sl-channel .violations { color: var(--bad); }
.sl-fallback { font-size: .85rem; color: #454245; }
pre.plain { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--card); border: 1px solid var(--line); padding: .75rem; }
/* Stories. */
.hits { padding-left: 1.25rem; }
.hit { margin-bottom: 1rem; }
.matches { margin: .25rem 0; padding-left: 1.1rem; color: var(--muted); }
blockquote { margin: .4rem 0; padding-left: .75rem; border-left: 4px solid #a1a1aa; }
blockquote footer { color: var(--muted); font-size: .85rem; }
mark { background: #fde68a; color: #18181b; padding: 0 .1rem; }
.source { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem .75rem; margin: .75rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; font-size: .9rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.topic { display: block; }
.tags { padding-left: 1.1rem; }
.quotes { list-style: none; padding: 0; }
.body { white-space: pre-line; }
/* Charts: server-side SVG scales to the column. */
figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); margin-top: .25rem; }
.speakers { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.login { max-width: 26rem; margin: 2rem auto; }
.login input { width: 100%; }
@media (max-width: 600px) { html { font-size: 14px; } main { padding: .6rem; } table.data th, table.data td { padding: .3rem; } }
`;
