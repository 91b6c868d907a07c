/**
 * At most `perHost` requests in flight per host and `total` overall, so a poll
 * cycle is polite to each site and memory stays bounded (each body may be up
 * to fetch.maxBytes).
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting: { host: string; start: () => void }[] = [];
  private running = 0;

  constructor(
    private readonly perHost: number,
    private readonly total: number,
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push({ host, start });
      this.drain();
    });
    try {
      return await task();
    } finally {
      this.running--;
      this.active.set(host, (this.active.get(host) ?? 1) - 1);
      this.drain();
    }
  }

  private drain(): void {
    for (let index = 0; index < this.waiting.length && this.running < this.total;) {
      const next = this.waiting[index]!;
      if ((this.active.get(next.host) ?? 0) >= this.perHost) {
        index++;
        continue;
      }
      this.waiting.splice(index, 1);
      this.running++;
      this.active.set(next.host, (this.active.get(next.host) ?? 0) + 1);
      next.start();
    }
  }
}
