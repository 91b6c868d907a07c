import { foldWhitespace, isDropped, plainText, textAsHtml, WORD_BREAKS, type TextMode } from './plain-text.js';
import { hasElementChildren, innerHtml, textContent, type XNode } from './xml-tree.js';

/**
 * Atom text constructs (type="text" | "html" | "xhtml", Atom 0.3's MIME types
 * and mode="escaped" | "base64" | "xml") and the untyped text of RSS, read
 * as plain text (titles) or as HTML (content).
 */

export function attr(node: XNode, name: string): string | undefined {
  const direct = node.attrs[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const key in node.attrs) if (key.toLowerCase() === lower) return node.attrs[key];
  return undefined;
}

type Declared = 'text' | 'html' | 'xhtml' | 'other' | 'none';

function declaredType(node: XNode): Declared {
  const type = attr(node, 'type')?.trim().toLowerCase();
  const mode = attr(node, 'mode')?.trim().toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return 'html';
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === undefined || type === '') return 'none';
  return 'other';
}

function decodeBase64(node: XNode): string | null {
  const raw = textContent(node).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw)) return null;
  return Buffer.from(raw, 'base64').toString('utf8');
}

function isBase64(node: XNode): boolean {
  return attr(node, 'mode')?.trim().toLowerCase() === 'base64';
}

/** Text of inline markup, without script/style/iframe/object contents, words kept apart at block edges. */
function markupText(node: XNode): string {
  let text = '';
  for (const child of node.children) {
    if (typeof child === 'string') text += child;
    else if (!isDropped(child.local)) {
      const inner = markupText(child);
      text += WORD_BREAKS.has(child.local) ? ` ${inner} ` : inner;
    }
  }
  return text;
}

/** A title-like element (title, feed name, author name) as plain text. */
export function constructText(node: XNode | undefined): string {
  if (!node) return '';
  const declared = declaredType(node);
  if (isBase64(node)) {
    const decoded = decodeBase64(node);
    if (decoded === null) return '';
    return plainText(decoded, declared === 'html' || declared === 'xhtml' ? 'html' : declared === 'text' ? 'text' : 'auto');
  }
  if (hasElementChildren(node)) {
    const text = foldWhitespace(markupText(node));
    return declared === 'html' ? plainText(text, 'html') : text;
  }
  const mode: TextMode = declared === 'html' || declared === 'xhtml' ? 'html' : declared === 'text' ? 'text' : 'auto';
  return plainText(textContent(node), mode);
}

/** A content-like element (content, summary, description) as HTML, or null when it holds none (out-of-line `src`, media types). */
export function constructHtml(node: XNode | undefined): string | null {
  if (!node) return null;
  if (attr(node, 'src') !== undefined && !hasElementChildren(node) && textContent(node).trim() === '') return null;
  const declared = declaredType(node);
  if (isBase64(node)) {
    const decoded = decodeBase64(node);
    if (decoded === null) return null;
    return declared === 'html' || declared === 'xhtml' ? decoded : textAsHtml(decoded);
  }
  if (hasElementChildren(node)) return innerHtml(node);
  const text = textContent(node);
  if (text.trim() === '') return null;
  if (declared === 'text') return textAsHtml(text);
  if (declared === 'other') return /^text\//.test(attr(node, 'type')!.trim().toLowerCase()) ? textAsHtml(text) : null;
  return text;
}
