import { isAscii, isUtf8 as isUtf8Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Feed bodies arrive as bytes with unreliable labels: servers send the wrong
 * charset header, prologs lie, some declare nothing. Order of trust: byte
 * order mark, then the HTTP header, then the XML prolog, then sniffing. A
 * declared single-byte charset loses to bytes that are valid multi-byte UTF-8
 * (legacy text practically never is), and a declared UTF-8 that is not valid
 * UTF-8 falls back to the next label or windows-1252.
 */

export interface DecodedBody {
  text: string;
  /** The charset actually used. */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'prolog' | 'sniff' | 'utf8-override';
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomCharset(body: Buffer): { charset: string; length: number } | null {
  for (const [bytes, charset] of BOMS) {
    if (bytes.every((byte, index) => body[index] === byte)) return { charset, length: bytes.length };
  }
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ? match[1].toLowerCase() : null;
}

const PROLOG = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i;

export function charsetFromProlog(head: string): string | null {
  return PROLOG.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** `<meta charset="...">` or `<meta http-equiv="Content-Type" content="text/html; charset=...">` in an HTML page. */
export function charsetFromHtmlMeta(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** Names feeds use that iconv-lite knows under another name. */
const LABEL_ALIASES: Record<string, string> = {
  cp_is: 'cp861',
  maccentraleurope: 'maccenteuro',
  maclatin2: 'maccenteuro',
  'mac-centraleurope': 'maccenteuro',
};

/** Labels browsers treat as windows-1252 (WHATWG Encoding): its superset has €, „, “ where Latin-1 has C1 controls. */
function normaliseLabel(label: string): string {
  const lower = label.trim().toLowerCase().replace(/^x-/, '');
  if (/^(iso[-_ ]?8859[-_ ]?1|latin-?1|l1|us-ascii|ascii|cp1252|iso_8859-1:1987|cp819|ibm819)$/.test(lower)) return 'windows-1252';
  if (lower === 'utf8') return 'utf-8';
  return LABEL_ALIASES[lower] ?? lower;
}

function isUtf16(charset: string): boolean {
  return /^utf-?16/.test(charset);
}

function isUtf8(charset: string): boolean {
  return charset === 'utf-8';
}

export function isValidUtf8(body: Buffer): boolean {
  return isUtf8Buffer(body);
}

function hasNonAscii(body: Buffer): boolean {
  return !isAscii(body);
}

/** iconv-lite loads its encodings on the first look-up; see preloadFeedReaders. */
export function preloadCharsets(): void {
  iconv.encodingExists('windows-1252');
}

function usable(label: string | null): string | null {
  if (!label) return null;
  const charset = normaliseLabel(label);
  return iconv.encodingExists(charset) ? charset : null;
}

function decodeWith(body: Buffer, charset: string): string {
  return isUtf8(charset) ? body.toString('utf8') : iconv.decode(body, charset, { stripBOM: false });
}

/** Decodes a feed body to a JS string (no BOM). */
export function decodeBody(body: Buffer, contentType?: string | null): DecodedBody {
  const bom = bomCharset(body);
  if (bom) return { text: decodeWith(body.subarray(bom.length), bom.charset), charset: bom.charset, source: 'bom' };

  const head = body.subarray(0, 2048).toString('latin1');
  const labels: { charset: string; source: 'header' | 'prolog' }[] = [];
  const fromHeader = usable(charsetFromContentType(contentType));
  if (fromHeader) labels.push({ charset: fromHeader, source: 'header' });
  const fromProlog = usable(charsetFromProlog(head) ?? charsetFromHtmlMeta(head));
  if (fromProlog) labels.push({ charset: fromProlog, source: 'prolog' });

  const first = labels[0];
  if (first && isUtf16(first.charset)) return { text: decodeWith(body, first.charset), ...first };
  if (!hasNonAscii(body)) return { text: body.toString('latin1'), charset: first?.charset ?? 'utf-8', source: first?.source ?? 'sniff' };

  const validUtf8 = isValidUtf8(body);
  if (validUtf8) {
    const declaredUtf8 = first === undefined || isUtf8(first.charset);
    return {
      text: body.toString('utf8'),
      charset: 'utf-8',
      source: declaredUtf8 ? (first?.source ?? 'sniff') : 'utf8-override',
    };
  }
  const legacy = labels.find((label) => !isUtf8(label.charset) && !isUtf16(label.charset));
  if (legacy) return { text: decodeWith(body, legacy.charset), ...legacy };
  return { text: decodeWith(body, 'windows-1252'), charset: 'windows-1252', source: 'sniff' };
}

const PROLOG_ENCODING = /^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([^"']+)(["'])/i;

/**
 * The decoded text is UTF-8 now; a prolog still naming the old charset would
 * mislead the next reader. A prolog that already says UTF-8 (in any case) is
 * left alone: rewriting it would copy the whole document.
 */
export function rewritePrologEncoding(text: string): string {
  const prolog = PROLOG_ENCODING.exec(text);
  if (prolog === null || /^utf-8$/i.test(prolog[2]!)) return text;
  return text.replace(PROLOG_ENCODING, '$1utf-8$3');
}
