/**
 * Keeps posts to one channel at least `intervalMs` apart (Slack's
 * chat.postMessage allows about one message per second per channel), without
 * slowing posts to other channels.
 */
export class ChannelPacer {
  private readonly next = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  async wait(channelId: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.next.get(channelId) ?? 0);
    this.next.set(channelId, slot + this.intervalMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
