import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, VOID_ELEMENTS } from './html-elements.js';

/** Elements whose whole subtree is never article text. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'svg',
  'canvas',
  'select',
  'textarea',
  'head',
  'title',
  'object',
  'embed',
  'video',
  'audio',
]);

/** class/id/role values that mark sharing bars, cookie banners, teasers and other page furniture. */
const BOILERPLATE_MARKER =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|related|advert|ads?|cookie|consent|comments?|promo|subscribe|paywall|breadcrumbs?|banner|sidebar|teaser-list|navigation|menu)(?:$|[\s_-])/i;

function isBoilerplate(attributes: Record<string, string>): boolean {
  // Most elements carry none of the attributes that mark furniture.
  if (attributes.class === undefined && attributes.id === undefined && attributes.role === undefined && attributes['aria-hidden'] === undefined) return false;
  const marker = `${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role ?? ''}`;
  if (attributes['aria-hidden'] === 'true') return true;
  if (/\b(?:navigation|banner|complementary|contentinfo)\b/i.test(attributes.role ?? '')) return true;
  return marker.trim() !== '' && BOILERPLATE_MARKER.test(marker);
}

/** White space other than single spaces: only then does folding change more than the ends (trim removes the same characters \s matches). */
const NEEDS_FOLD = /[^\S ]| {2}/;

/**
 * Feed items and fetched pages carry HTML; the core works on plain text with
 * paragraphs separated by a blank line, entities decoded and furniture dropped.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = (): void => {
    const text = (NEEDS_FOLD.test(current) ? current.replace(/\s+/g, ' ') : current).trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0) {
          if (!VOID_ELEMENTS.has(name)) skipDepth += 1;
          return;
        }
        if (DROPPED_ELEMENTS.has(name) || (!VOID_ELEMENTS.has(name) && isBoilerplate(attributes))) {
          if (!VOID_ELEMENTS.has(name)) skipDepth = 1;
          return;
        }
        if (name === 'br') current += '\n';
        else if (BLOCK_ELEMENTS.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
      onclosetag(name, isImplied) {
        if (skipDepth > 0) {
          if (!VOID_ELEMENTS.has(name)) skipDepth -= 1;
          return;
        }
        if (BLOCK_ELEMENTS.has(name) && !(isImplied && VOID_ELEMENTS.has(name))) flush();
      },
    },
    // Without an ampersand there is nothing to decode, and the tokenizer skips through text instead of checking each character for one.
    { decodeEntities: html.includes('&'), lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}
