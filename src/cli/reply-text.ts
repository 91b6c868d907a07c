import type { CommandReply, ReplyLine } from '../chat/command-handlers.js';
import { UsageError } from './errors.js';
import { printJsonLines } from './output.js';

/** A /news reply as terminal text: the title, then each line with its link, detail and quote; an error reply exits 2 with its sentence. */
export function printReply(reply: CommandReply, options: { json?: boolean } = {}, out: NodeJS.WritableStream = process.stdout): void {
  if (reply.error) throw new UsageError(reply.lines.map((line) => line.text).join(' '));
  if (options.json) {
    printJsonLines(reply.lines.map(jsonLine), out);
    return;
  }
  const text = [reply.title ?? '', ...reply.lines.map(textLine)].filter((part) => part !== '').join('\n');
  out.write(`${text}\n`);
}

function textLine(line: ReplyLine): string {
  const parts = [`- ${line.text}${line.url ? ` <${line.url}>` : ''}`];
  if (line.quote) parts.push(`  > ${line.quote}`);
  if (line.detail) parts.push(`  ${line.detail}`);
  return parts.join('\n');
}

const jsonLine = (line: ReplyLine) => ({
  text: line.text,
  ...(line.url ? { url: line.url } : {}),
  ...(line.detail ? { detail: line.detail } : {}),
  ...(line.quote ? { quote: line.quote } : {}),
  ...(line.channelId ? { channelId: line.channelId } : {}),
});
