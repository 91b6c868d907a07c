/**
 * One pass over a text: every word with its offsets and its shared Word, and
 * what separates it from the word before (a full stop, a comma, a quote mark,
 * a line break). Every stage of the analysis reads this table instead of
 * tokenising the text again.
 */
import { HASH_SEED, beginText, hashStep, internId, wordById, type Word } from './vocabulary.js';

/** Flags of the characters between a token and the one before it. */
export const GAP_STOP = 1; // . ! ? … ;
export const GAP_NEWLINE = 2;
export const GAP_COMMA = 4; // , : ( ) – — and other clause marks
export const GAP_QUOTE = 8; // any quotation mark
export const GAP_HYPHEN = 16; // a hyphen or slash joins the tokens ("G20-Gipfel", "US-Präsident")

export interface TokenTable {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: Word[];
  /** The words' vocabulary ids, for the per-word typed arrays (WordInts, WORD_SHAPE). */
  readonly ids: Int32Array;
  /** Gap flags before each token (the first token's gap is what precedes it in the text). */
  readonly gaps: Uint8Array;
}

/**
 * Letters of the scripts the product reads (Latin with its extensions, Greek,
 * Cyrillic) and digits: 1 for a word character, by code unit.
 */
const WORD_LIMIT = 0x1f00;
const WORD_CHAR = (() => {
  const table = new Uint8Array(WORD_LIMIT);
  const ranges: [number, number][] = [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xaa, 0xaa],
    [0xb5, 0xb5],
    [0xba, 0xba],
    [0xc0, 0xd6],
    [0xd8, 0xf6],
    [0xf8, 0x24f],
    [0x370, 0x3ff],
    [0x400, 0x52f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) table.fill(1, from, Math.min(to + 1, WORD_LIMIT));
  return table;
})();

export function isWordCode(code: number): boolean {
  return code < WORD_LIMIT ? WORD_CHAR[code] === 1 : false;
}

function gapFlag(code: number): number {
  switch (code) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 59: // ;
    case 0x2026: // …
      return GAP_STOP;
    case 10:
      return GAP_NEWLINE;
    case 44: // ,
    case 58: // :
    case 40: // (
    case 41: // )
    case 0x2013: // –
    case 0x2014: // —
      return GAP_COMMA;
    case 34: // "
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x00ab:
    case 0x00bb:
    case 0x2018:
    case 0x2019:
    case 0x201a:
      return GAP_QUOTE;
    case 45: // -
    case 47: // /
      return GAP_HYPHEN;
    default:
      return 0;
  }
}

const EMPTY_INTS = new Int32Array(0);
const EMPTY_BYTES = new Uint8Array(0);

/**
 * A table's arrays are views into one shared slab: a typed array of its own
 * costs a backing-store allocation each, and four per text were a large part
 * of tokenising (and of the garbage collector's work).
 */
const SLAB_BYTES = 1 << 16;
const PADDING = 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** Byte offset of `bytes` fresh bytes (a multiple of 4) in the current slab. */
function slabSpace(bytes: number): number {
  if (slabUsed + bytes > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += (bytes + 3) & ~3;
  return offset;
}

/** The scan writes here; the table gets exact-size copies. */
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
let scratchIds = new Int32Array(1024);
let scratchGaps = new Uint8Array(1024);

/** A typed array twice as long holding the same values at the start. */
function doubled<T extends Int32Array | Uint8Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

function growScratch(): void {
  scratchStarts = doubled(scratchStarts);
  scratchEnds = doubled(scratchEnds);
  scratchIds = doubled(scratchIds);
  scratchGaps = doubled(scratchGaps);
}

/**
 * The tokens of a text: runs of letters and digits, one apostrophe part
 * allowed inside a word ("l’Élysée", "don't"). Linear, one allocation per
 * new spelling only.
 */
export function tokenTable(text: string): TokenTable {
  beginText();
  const length = text.length;
  if (length === 0) return { text, count: 0, starts: EMPTY_INTS, ends: EMPTY_INTS, words: [], ids: EMPTY_INTS, gaps: EMPTY_BYTES };
  let starts = scratchStarts;
  let ends = scratchEnds;
  let ids = scratchIds;
  let gaps = scratchGaps;
  const words: Word[] = [];
  let count = 0;
  let gap = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code >= WORD_LIMIT || WORD_CHAR[code] === 0) {
      if (code !== 32) gap |= gapFlag(code);
      i += 1;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    let apostrophe = false;
    for (;;) {
      hash = hashStep(hash, code);
      i += 1;
      if (i >= length) break;
      code = text.charCodeAt(i);
      if (code < WORD_LIMIT && WORD_CHAR[code] === 1) continue;
      // One apostrophe part: "l’Élysée", "don't"; a second apostrophe ends the word.
      if ((code === 39 || code === 0x2019) && !apostrophe && i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        if (next < WORD_LIMIT && WORD_CHAR[next] === 1) {
          apostrophe = true;
          continue;
        }
      }
      break;
    }
    if (count === starts.length) {
      growScratch();
      starts = scratchStarts;
      ends = scratchEnds;
      ids = scratchIds;
      gaps = scratchGaps;
    }
    starts[count] = start;
    ends[count] = i;
    gaps[count] = gap;
    const id = internId(text, start, i, hash);
    words.push(wordById(id));
    ids[count] = id;
    count += 1;
    gap = 0;
  }
  // Zeros after the last token, as a table of its own length had: a reader one past the end sees 0, not undefined.
  const room = count + PADDING;
  const ints = room * 4;
  const at = slabSpace(3 * ints + room);
  const table = {
    text,
    count,
    starts: new Int32Array(slab, at, room),
    ends: new Int32Array(slab, at + ints, room),
    words,
    ids: new Int32Array(slab, at + 2 * ints, room),
    gaps: new Uint8Array(slab, at + 3 * ints, room),
  };
  // Plain loops: subarray() would allocate a view per array.
  const { starts: tableStarts, ends: tableEnds, ids: tableIds, gaps: tableGaps } = table;
  for (let k = 0; k < count; k += 1) {
    tableStarts[k] = starts[k]!;
    tableEnds[k] = ends[k]!;
    tableIds[k] = ids[k]!;
    tableGaps[k] = gaps[k]!;
  }
  return table;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenIndexAt(table: TokenTable, offset: number): number {
  let lo = 0;
  let hi = table.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether tokens i-1 and i are written together with at most one joining character ("G20-Gipfel", "Kim Jong Un"). */
export function adjacent(table: TokenTable, i: number): boolean {
  return i > 0 && table.starts[i]! - table.ends[i - 1]! <= 1;
}
