/**
 * `analyze` reads feeds, HTML and plain text. Anything else is refused with one
 * sentence naming what it looks like, from the magic numbers at its start.
 */
type Signature = { name: string; offset?: number; bytes: number[] | string };

const SIGNATURES: Signature[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: 'GIF87a' },
  { name: 'a GIF image', bytes: 'GIF89a' },
  { name: 'a WebP image', offset: 8, bytes: 'WEBP' },
  { name: 'a WAV audio file', offset: 8, bytes: 'WAVE' },
  { name: 'an AVI video', offset: 8, bytes: 'AVI ' },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'an ICO icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'a PDF document', bytes: '%PDF-' },
  { name: 'a ZIP archive (or a Word/Excel/EPUB file, which are ZIP inside)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
  { name: 'a bzip2-compressed file', offset: 4, bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'an xz-compressed file', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a Zstandard-compressed file', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: 'Rar!\u001a\u0007' },
  { name: 'a tar archive', offset: 257, bytes: 'ustar' },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'a Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'a Java class file or Mach-O binary', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'an SQLite database', bytes: 'SQLite format 3\u0000' },
  { name: 'an MP3 audio file', bytes: 'ID3' },
  { name: 'an MP4 or QuickTime video', offset: 4, bytes: 'ftyp' },
  { name: 'an Ogg media file', bytes: 'OggS' },
  { name: 'a FLAC audio file', bytes: 'fLaC' },
  { name: 'a Matroska or WebM video', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
];

const BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

const startsWith = (body: Buffer, signature: Signature): boolean => {
  const bytes = typeof signature.bytes === 'string' ? Buffer.from(signature.bytes, 'latin1') : Buffer.from(signature.bytes);
  const offset = signature.offset ?? 0;
  return body.length >= offset + bytes.length && body.subarray(offset, offset + bytes.length).equals(bytes);
};

/** Bytes that never occur in text: NUL, and C0 controls other than tab, line breaks, form feed and escape. */
const isControl = (byte: number): boolean => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b;

/** What a non-text input looks like ("a PNG image", "binary data"), or null when it reads as text. */
export function describeNonText(body: Buffer): string | null {
  if (BOMS.some((bom) => body.subarray(0, bom.length).equals(Buffer.from(bom)))) return null;
  const known = SIGNATURES.find((signature) => startsWith(body, signature));
  if (known) return known.name;
  const head = body.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary data';
    if (isControl(byte)) controls += 1;
  }
  return head.length > 0 && controls / head.length > 0.02 ? 'binary data' : null;
}

/** One sentence for input `analyze` cannot read as an article, or null. */
export function inputProblem(target: string, body: Buffer): string | null {
  if (body.length === 0) return `${target} is empty: nothing to analyse.`;
  const kind = describeNonText(body);
  if (kind) return `${target} is not text: it looks like ${kind}; analyze reads feed files, HTML pages and plain-text articles.`;
  if (onlyWhiteSpace(body)) return `${target} holds only white space: nothing to analyse.`;
  return null;
}

/**
 * True when the text is white space only. An ASCII character other than white space settles it at once (a
 * feed of megabytes is not decoded for this); a byte beyond ASCII may be Unicode white space, so the text is decoded.
 */
function onlyWhiteSpace(body: Buffer): boolean {
  for (let at = 0; at < body.length; at += 1) {
    const byte = body[at]!;
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) continue;
    if (byte < 0x80) return false;
    return (
      body
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim() === ''
    );
  }
  return true;
}
