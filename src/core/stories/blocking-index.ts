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
    const at = upperBound(list.times, time);
    list.times.splice(at, 0, time);
    list.members.splice(at, 0, member);
  }

  /** Members under `key` published within [from, to], nearest to `around` first, at most `cap`. */
  within(key: number, from: number, to: number, around: number, cap: number): number[] {
    const list = this.postings.get(key);
    if (!list) return [];
    const start = lowerBound(list.times, from);
    const end = upperBound(list.times, to);
    if (end - start <= cap) return list.members.slice(start, end);
    // Too many: take those closest in time, expanding from the pivot.
    let left = upperBound(list.times, around) - 1;
    let right = left + 1;
    const picked: number[] = [];
    while (picked.length < cap && (left >= start || right < end)) {
      const takeLeft = right >= end || (left >= start && around - list.times[left]! <= list.times[right]! - around);
      if (takeLeft) picked.push(list.members[left--]!);
      else picked.push(list.members[right++]!);
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
