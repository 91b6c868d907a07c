import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/feeds/index.js';

describe('plainText', () => {
  it.each([
    // Untyped (RSS, JSON Feed): HTML only when it looks like HTML.
    ['Tom & Jerry', 'auto', 'Tom & Jerry'],
    ['1 < 2 and 3 > 2', 'auto', '1 < 2 and 3 > 2'],
    ['Why <div> is bad', 'auto', 'Why <div> is bad'],
    ['List<String> generics', 'auto', 'List<String> generics'],
    ['<b>Breaking</b>: news', 'auto', 'Breaking: news'],
    ['Caf&eacute; &amp; Bar', 'auto', 'Café & Bar'],
    ['&lt;i&gt;Escaped twice&lt;/i&gt;', 'auto', 'Escaped twice'],
    ['Line<br>break', 'auto', 'Line break'],
    ['<p>One</p><p>Two</p>', 'auto', 'One Two'],
    ['Hi<script>alert(1)</script> there', 'auto', 'Hi there'],
    ['a<style>p{}</style>b<iframe src="x">c</iframe>d<object>e</object>f', 'auto', 'abdf'],
    ['  spaced \n\t out\u00a0 ', 'auto', 'spaced out'],
    // type="html"
    // Escaped once more than type="html" needs: still reduced to text.
    ['Talks &lt;i&gt;resume&lt;/i&gt;', 'html', 'Talks resume'],
    ['Talks <i>resume</i>', 'html', 'Talks resume'],
    ['Fish &amp; chips', 'html', 'Fish & chips'],
    ['x < y', 'html', 'x < y'],
    // type="text": entities of a double escape decoded, angle brackets kept.
    ['Use <b> for bold', 'text', 'Use <b> for bold'],
    ['&quot;quoted&quot;', 'text', '"quoted"'],
  ] as const)('%s (%s)', (input, mode, expected) => {
    expect(plainText(input, mode)).toBe(expected);
  });

  it('returns an empty string for nothing', () => {
    expect(plainText(null)).toBe('');
    expect(plainText('')).toBe('');
  });
});
