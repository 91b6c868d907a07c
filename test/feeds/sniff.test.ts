import { describe, expect, it } from 'vitest';
import { sniffDocument } from '../../src/feeds/index.js';

describe('sniffDocument', () => {
  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss', 'RSS 2.0'],
    ['<rss><channel/></rss>', 'rss', 'RSS (no version)'],
    ['<rss version="0.92"><channel/></rss>', 'rss', 'RSS 0.92'],
    [
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"/>',
      'rss',
      'RSS 0.91 (Netscape)',
    ],
    ['<rss version="0.91"><channel/></rss>', 'rss', 'RSS 0.91 (UserLand)'],
    ['<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"/>', 'rss', 'RSS 2.0'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>', 'rdf', 'RSS 1.0'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"/>', 'rdf', 'RSS 0.90'],
    ['<rdf:RDF xmlns:rdf="x" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel/></rdf:RDF>', 'rdf', 'RSS 1.0'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"/>', 'atom', 'Atom 1.0'],
    ['<feed version="0.3" xmlns="http://purl.org/atom/ns#"/>', 'atom', 'Atom 0.3'],
    ['<a:feed xmlns:a="http://www.w3.org/2005/Atom"/>', 'atom', 'Atom 1.0'],
    ['<CHANNEL HREF="http://example.com/"><TITLE>x</TITLE></CHANNEL>', 'cdf', 'CDF'],
    ['<channel><title>x</title></channel>', 'rss', 'RSS (no <rss> element)'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'json-feed', 'JSON Feed 1.1'],
    ['  {"version":"https://jsonfeed.org/version/1","title":"t","items":[]}', 'json-feed', 'JSON Feed 1'],
  ])('%s', (text, kind, dialect) => {
    const sniffed = sniffDocument(text);
    expect(sniffed).toMatchObject({ kind, dialect, isFeed: true });
  });

  it('looks past a BOM, whitespace, comments, processing instructions and a DOCTYPE (with an internal subset) to the root', () => {
    const text =
      '\uFEFF \n<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="a.xsl"?>\n<!DOCTYPE rss [ <!ELEMENT rss ANY> ]>\n<!-- again -->\n<rss version="2.0"/>';
    expect(sniffDocument(text)).toMatchObject({ kind: 'rss', dialect: 'RSS 2.0', root: 'rss' });
    // An HTML DOCTYPE in front of a feed does not make it a page.
    expect(sniffDocument('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><rss><channel/></rss>').kind).toBe('rss');
  });

  it('recognises HTML pages, other XML, JSON and text as what they are', () => {
    expect(sniffDocument('<!doctype html><html><head><title>x</title></head></html>')).toMatchObject({ kind: 'html', isFeed: false });
    expect(sniffDocument('<!DOCTYPE html>\n<title>No html element</title>')).toMatchObject({ kind: 'html' });
    expect(sniffDocument('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toMatchObject({ kind: 'html' });
    expect(sniffDocument('<?xml version="1.0"?><note><to>Tove</to></note>')).toMatchObject({ kind: 'xml', root: 'note', isFeed: false });
    expect(sniffDocument('{"name": "not a feed"}')).toMatchObject({ kind: 'json', isFeed: false });
    expect(sniffDocument('<!-- only a comment')).toMatchObject({ kind: 'xml', isFeed: false });
    expect(sniffDocument('Putin und Trump telefonieren\n\nDer Kreml teilte mit …')).toMatchObject({ kind: 'text', isFeed: false });
    expect(sniffDocument('Just words', 'text/html; charset=utf-8').kind).toBe('html');
  });

  it('finds a feed behind the warning a broken server printed first', () => {
    const text = 'Warning: Undefined variable in feed.php on line 3\n<?xml version="1.0"?><rss version="2.0"><channel/></rss>';
    const sniffed = sniffDocument(text);
    expect(sniffed).toMatchObject({ kind: 'rss', junkBefore: true });
    expect(text.slice(sniffed.start).startsWith('<?xml')).toBe(true);
    const html = '<br />\n<b>Notice</b>: in <b>/var/www/rss.php</b><br />\n<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>';
    expect(sniffDocument(html)).toMatchObject({ kind: 'atom', junkBefore: true });
  });
});
