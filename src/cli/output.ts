/** Output for listing commands: JSON Lines with --json, aligned text otherwise. */
export function printJsonLines(rows: unknown[], out: NodeJS.WritableStream = process.stdout): void {
  for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
}

export function printLines(lines: string[], out: NodeJS.WritableStream = process.stdout): void {
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
}

export const isoOrNone = (date: Date | null): string => (date ? date.toISOString() : '—');
