import { Parser as ForgivingParser } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { TreeBuilder, type TreeLimits, type XNode } from './xml-tree.js';
import { CodedError } from '../core/errors.js';

/**
 * Strict first, forgiving second. The strict parser (saxes, a conformant
 * XML 1.0 parser) decides whether the document is well-formed; when it is
 * not, htmlparser2 in XML mode reads it again the way browsers read broken
 * markup: unclosed elements end with their parent, stray end tags are
 * ignored, and whatever the document had before a cut-off stays readable.
 */

export interface XmlTree {
  root: XNode;
  /** item/entry elements in the document, including those past the cap. */
  records: number;
}

/** A well-formedness error, with where it is, in one line. */
export class XmlSyntaxError extends CodedError {
  constructor(message: string) {
    super('feed.xml_syntax', message);
  }
}

function describeSaxesError(error: Error): string {
  const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(error.message);
  if (!match) return error.message.split('\n')[0]!;
  return `line ${match[1]}, column ${match[2]}: ${match[3]!.split('\n')[0]!.replace(/\.$/, '')}`;
}

/**
 * Characters saxes passes through CDATA as they are, in XML 1.0 and 1.1: no
 * line ending to normalise (CR, NEL, LS), no control but tab and newline, no
 * surrogate (pairs are checked one by one).
 */
const NOT_PLAIN = /[^\t\n\x20-\x7e\xa0-\u2027\u2029-\ud7ff\ue000-\ufffd]/g;

function isPlainCharacterData(content: string): boolean {
  NOT_PLAIN.lastIndex = 0;
  for (let match = NOT_PLAIN.exec(content); match !== null; match = NOT_PLAIN.exec(content)) {
    const high = content.charCodeAt(match.index);
    const low = content.charCodeAt(match.index + 1);
    if (high < 0xd800 || high > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return false;
    NOT_PLAIN.lastIndex = match.index + 2;
  }
  return true;
}

interface Section {
  /** Where the content starts (after `<![CDATA[`) and ends (at `]]>`). */
  start: number;
  end: number;
}

/** Every `<![CDATA[` … `]]>` in the document, when each holds plain character data (otherwise null: saxes reads it all). */
function plainCdataSections(text: string): Section[] | null {
  const sections: Section[] = [];
  for (let open = text.indexOf('<![CDATA['); open !== -1;) {
    const start = open + 9;
    const end = text.indexOf(']]>', start);
    if (end === -1 || !isPlainCharacterData(text.slice(start, end))) return null;
    sections.push({ start, end });
    open = text.indexOf('<![CDATA[', end + 3);
  }
  return sections.length === 0 ? null : sections;
}

/**
 * One strict reading. With `sections`, saxes is given the document without
 * the contents of its CDATA sections (most of a large feed: item HTML), which
 * it would only scan for `]]>`; each content goes to the tree as the section's
 * text instead. Returns null when that shortcut cannot be trusted to give what
 * a whole reading gives: a section saxes did not read as CDATA (it stood in a
 * comment) or any syntax error (whose line and column only a whole reading
 * reports).
 */
function readStrict(text: string, limits: TreeLimits, documentUrl: string, sections: Section[] | null): XmlTree | null {
  const builder = new TreeBuilder(limits, documentUrl, false);
  const parser = new SaxesParser({ position: true });
  let failure: Error | null = null;
  let content: string | null = null;
  parser.on('error', (error) => {
    failure ??= error;
    throw error;
  });
  parser.on('opentag', (tag) => builder.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => builder.close(tag.name));
  parser.on('text', (value) => builder.text(value));
  parser.on('cdata', (value) => {
    builder.text(content ?? value);
    content = null;
  });
  try {
    let from = 0;
    for (const section of sections ?? []) {
      parser.write(text.slice(from, section.start));
      content = text.slice(section.start, section.end);
      parser.write(']]>');
      if (content !== null) return null;
      from = section.end + 3;
    }
    parser.write(from === 0 ? text : text.slice(from)).close();
  } catch (error) {
    if (failure !== null && error === failure) {
      if (sections !== null) return null;
      throw new XmlSyntaxError(describeSaxesError(failure));
    }
    throw error;
  }
  return { root: builder.root, records: builder.records };
}

/** Parses a well-formed document or throws XmlSyntaxError at the first error (FeedErrors from the limits pass through). */
export function parseStrictXml(text: string, limits: TreeLimits, documentUrl: string): XmlTree {
  const sections = plainCdataSections(text);
  return (sections && readStrict(text, limits, documentUrl, sections)) ?? readStrict(text, limits, documentUrl, null)!;
}

/** Reads any markup into a tree; never fails on syntax. Tag and attribute names come back in lower case. */
export function parseForgivingXml(text: string, limits: TreeLimits, documentUrl: string): XmlTree {
  const builder = new TreeBuilder(limits, documentUrl, true);
  let ending = false;
  const parser = new ForgivingParser(
    {
      onopentag: (name, attributes) => builder.open(name, attributes),
      onclosetag: (name, isImplied) => builder.close(name, ending && isImplied),
      ontext: (value) => builder.text(value),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  ending = true;
  parser.end();
  builder.finish();
  return { root: builder.root, records: builder.records };
}
