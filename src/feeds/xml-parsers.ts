import { Parser as ForgivingParser } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { TreeBuilder, type TreeLimits, type XNode } from './xml-tree.js';

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
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

function describeSaxesError(error: Error): string {
  const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(error.message);
  if (!match) return error.message.split('\n')[0]!;
  return `line ${match[1]}, column ${match[2]}: ${match[3]!.split('\n')[0]!.replace(/\.$/, '')}`;
}

/** Parses a well-formed document or throws XmlSyntaxError at the first error (FeedErrors from the limits pass through). */
export function parseStrictXml(text: string, limits: TreeLimits, documentUrl: string): XmlTree {
  const builder = new TreeBuilder(limits, documentUrl, false);
  const parser = new SaxesParser({ position: true });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
    throw error;
  });
  parser.on('opentag', (tag) => builder.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => builder.close(tag.name));
  parser.on('text', (value) => builder.text(value));
  parser.on('cdata', (value) => builder.text(value));
  try {
    parser.write(text).close();
  } catch (error) {
    if (failure !== null && error === failure) throw new XmlSyntaxError(describeSaxesError(failure));
    throw error;
  }
  return { root: builder.root, records: builder.records };
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
