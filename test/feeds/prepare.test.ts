import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/index.js';
import { rewritePrologEncoding } from '../../src/feeds/charset.js';
import { readDeclaredEntities } from '../../src/feeds/doctype.js';
import { foldWhitespace } from '../../src/feeds/plain-text.js';
import { parseFeedDate } from '../../src/feeds/index.js';
import { MAX_ENTITY_EXPANSION_CHARS, repairXmlEntities } from '../../src/feeds/xml-guard.js';
import { parseStrictXml, XmlSyntaxError } from '../../src/feeds/xml-parsers.js';
import { textContent } from '../../src/feeds/xml-tree.js';

/**
 * The passes every XML document goes through before a parser sees it, and the
 * per-item text and date readers, on the cases their fast paths must not change.
 */

describe('repairXmlEntities', () => {
  it('repairs HTML entities and bare ampersands outside CDATA sections and comments only', () => {
    const text =
      '<t>Tom & Jerry&nbsp;&ndash; &amp; &#233; &#xE9; &unknown; &a.b;</t><![CDATA[& &nbsp; stays]]><!-- & &nbsp; stays --><u>&copy;&</u><![CDATA[never closed & &nbsp;';
    expect(repairXmlEntities(text)).toBe(
      '<t>Tom &amp; Jerry&#160;&#8211; &amp; &#233; &#xE9; &amp;unknown; &amp;a.b;</t><![CDATA[& &nbsp; stays]]><!-- & &nbsp; stays --><u>&#169;&amp;</u><![CDATA[never closed & &nbsp;',
    );
  });

  it('reads a comment inside CDATA and CDATA inside a comment as the literal text they are', () => {
    expect(repairXmlEntities('<![CDATA[<!-- & ]]>&<!-- <![CDATA[ & -->&')).toBe('<![CDATA[<!-- & ]]>&amp;<!-- <![CDATA[ & -->&amp;');
  });

  it('leaves a document that needs no repair as it is, CDATA with ampersands included', () => {
    const text = `<rss><title>A &amp; B &lt;3 &#8220;x&#8221;</title>${'<item><![CDATA[<p>Tom & Jerry&nbsp;</p>]]></item>'.repeat(100)}</rss>`;
    expect(repairXmlEntities(text)).toBe(text);
    expect(repairXmlEntities('<rss/>')).toBe('<rss/>');
  });

  it('expands declared entities within the budget and refuses more', () => {
    const entities = new Map([['brand', 'Café']]);
    expect(repairXmlEntities('<t>&brand; &brand;</t>', entities)).toBe('<t>Café Café</t>');
    const wide = new Map([['w', 'w'.repeat(10_000)]]);
    expect(() => repairXmlEntities('&w;'.repeat(MAX_ENTITY_EXPANSION_CHARS / 10_000 + 1), wide)).toThrow(/expand to more than/);
  });
});

describe('readDeclaredEntities and rewritePrologEncoding', () => {
  it('finds the DOCTYPE after other markup declarations, in any case', () => {
    const declared = readDeclaredEntities('<?xml version="1.0"?><!-- c --><!doctype rss [ <!ENTITY x "y"> ]><rss/>');
    expect([...declared.entities]).toEqual([['x', 'y']]);
    expect(declared.text).toBe('<?xml version="1.0"?><!-- c --><!doctype rss ><rss/>');
    expect(readDeclaredEntities('<rss><![CDATA[x]]></rss>').entities.size).toBe(0);
  });

  it('names UTF-8 in a prolog that names another charset, and leaves a UTF-8 prolog as it is', () => {
    expect(rewritePrologEncoding('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')).toBe('<?xml version="1.0" encoding="utf-8"?><rss/>');
    expect(rewritePrologEncoding("<?xml version='1.0' encoding='latin 1'?><rss/>")).toBe("<?xml version='1.0' encoding='utf-8'?><rss/>");
    const utf8 = '<?xml version="1.0" encoding="UTF-8"?><rss/>';
    expect(rewritePrologEncoding(utf8)).toBe(utf8);
    expect(rewritePrologEncoding('<rss/>')).toBe('<rss/>');
  });
});

describe('item text and dates', () => {
  it('folds white space of every kind inside a paragraph, and leaves single spaces as they are', () => {
    expect(htmlToText('<p> one two </p><p>a\tb\u00a0c  d\r\ne</p><p>x <b> y</b></p><p> </p>')).toBe('one two\n\na b c d e\n\nx y');
  });

  it('folds a title\u2019s white space and zero-width spaces, and only trims a title that has single spaces alone', () => {
    expect(foldWhitespace(' Gipfel in Genf ')).toBe('Gipfel in Genf');
    expect(foldWhitespace('Gipfel\u200bin\tGenf  \u00a0heute\n')).toBe('Gipfel in Genf heute');
    expect(foldWhitespace('\u200bGipfel\u200b')).toBe('Gipfel');
  });

  it.each([
    ['Sat, 01 Jun 2024 10:27:00 GMT', '2024-06-01T10:27:00.000Z'],
    ['1 Jun 2024 10:27:00 +0200', '2024-06-01T08:27:00.000Z'],
    ['Sat, 01 Jun 2024 10:27:00 +1500', '2024-06-01T10:27:00.000Z'],
    ['Mon, 31 Feb 2025 10:27:00 -0130', '2025-03-03T11:57:00.000Z'],
    ['Sat, 01 Jun 2024 24:00:00 GMT', '2024-06-02T00:00:00.000Z'],
    ['Sat, 01 Jun 2024 10:60:00 GMT', null],
  ])('reads the usual RFC 822 date %s as the general reader does', (raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString() ?? null).toBe(iso);
    // The same date written so that only the general, token-by-token reader reads it.
    expect(parseFeedDate(raw.replace(',', ' ,'))?.toISOString() ?? null).toBe(iso);
  });
});

describe('parseStrictXml and CDATA sections', () => {
  const limits = { maxDepth: 64, maxRecords: 100 };
  const read = (xml: string): string => textContent(parseStrictXml(xml, limits, 'https://example.org/').root);
  const failure = (xml: string): string => {
    try {
      parseStrictXml(xml, limits, 'https://example.org/');
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError);
      return (error as Error).message;
    }
    throw new Error('expected a syntax error');
  };

  it('keeps every section’s content in its place among the text around it', () => {
    expect(read('<d>x<![CDATA[<p>a & b</p>]]>y<![CDATA[]]>z<e><![CDATA[a]]]></e></d>')).toBe('x<p>a & b</p>yza]');
    expect(read('<d><![CDATA[Gipfel „heute“ 😀 \u00a0]]></d>')).toBe('Gipfel „heute“ 😀 \u00a0');
  });

  it('normalises line endings inside a section as XML says', () => {
    expect(read('<d><![CDATA[a\r\nb\rc]]></d>')).toBe('a\nb\nc');
    expect(read('<?xml version="1.1"?><d><![CDATA[a\u0085b\u2028c]]></d>')).toBe('a\nb\nc');
  });

  it('reads characters outside the plain set as saxes does: a control refused, a lone surrogate kept', () => {
    expect(failure('<d><![CDATA[a\u0001b]]></d>')).toMatch(/disallowed character/);
    expect(read('<d><![CDATA[a\ud800b]]></d>')).toBe('a\ud800b');
  });

  it('reports an error after a section at its line and column in the whole document', () => {
    expect(failure('<rss>\n<a><![CDATA[x\ny\nz]]></a>\n<b></c></rss>')).toMatch(/^line 5, column 7: /);
  });

  it('reads "<![CDATA[" inside a comment as part of the comment', () => {
    expect(read('<d><!-- <![CDATA[ ]]> -->x</d>')).toBe('x');
    expect(failure('<d><!-- <![CDATA[ -- ]]> -->x</d>')).toMatch(/malformed comment/);
  });
});
