import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/index.js';

describe('htmlToText', () => {
  it('keeps paragraphs, decodes entities and drops scripts, styles and navigation', () => {
    const html = `<html><head><title>Site</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Gipfel in Sicht</h1><p>Putin &amp; Trump erw&auml;gen ein &bdquo;Gipfeltreffen&ldquo;.</p>
      <script>window.x = "<p>not text</p>";</script>
      <p>Zweiter <b>Absatz</b> mit&nbsp;Text.</p></article>
      <footer>© 2018 Verlag</footer></body></html>`;
    expect(htmlToText(html)).toBe('Gipfel in Sicht\n\nPutin & Trump erwägen ein „Gipfeltreffen“.\n\nZweiter Absatz mit Text.');
  });

  it('drops sharing bars, cookie banners and related-article boxes by their class or role', () => {
    const html =
      '<div class="article-body"><p>Real text.</p></div><div class="social-share"><p>Share on X</p></div><div id="cookie-consent"><p>We use cookies</p></div><aside><p>Related</p></aside><div role="navigation"><p>Menu</p></div>';
    expect(htmlToText(html)).toBe('Real text.');
  });

  it('turns line breaks into spaces inside a paragraph and survives empty or broken markup', () => {
    expect(htmlToText('<p>one<br>two</p>')).toBe('one two');
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p>unclosed <b>bold')).toBe('unclosed bold');
  });
});
