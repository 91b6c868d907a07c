/**
 * Inverted index from blocking key to articles, each posting list sorted by
 * time, so candidates come from shared keys within the time window instead of
 * comparing every pair.
 */
export class BlockingIndex {
  private readonly postings = new Map<number, { times: number[]; members: number[] }>();

  add(key: number, time: number, member: number): void {
    let list = this.postings.get(key);
    if (!list) {
      list = { times: [], members: [] };
      this.postings.set(key, list);
    }
    // Articles mostly come in time order: appending is the common case.
    const last = list.times.length - 1;
    if (last < 0 || list.times[last]! <= time) {
      list.times.push(time);
      list.members.push(member);
      return;
    }
    const at = upperBound(list.times, time);
    list.times.splice(at, 0, time);
    list.members.splice(at, 0, member);
  }

  /**
   * Writes into `into` the members under `key` published within [from, to],
   * nearest to `around` first, at most `cap` (the length `into` needs); returns how many.
   */
  within(key: number, from: number, to: number, around: number, cap: number, into: Int32Array): number {
    const list = this.postings.get(key);
    if (!list) return 0;
    const start = lowerBound(list.times, from);
    const end = upperBound(list.times, to);
    if (end - start <= cap) {
      for (let i = start; i < end; i++) into[i - start] = list.members[i]!;
      return end - start;
    }
    // Too many: take those closest in time, expanding from the pivot.
    let left = upperBound(list.times, around) - 1;
    let right = left + 1;
    let picked = 0;
    while (picked < cap && (left >= start || right < end)) {
      const takeLeft = right >= end || (left >= start && around - list.times[left]! <= list.times[right]! - around);
      if (takeLeft) into[picked++] = list.members[left--]!;
      else into[picked++] = list.members[right++]!;
    }
    return picked;
  }
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
