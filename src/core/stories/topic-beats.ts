/**
 * Topics that two desks give one event: a state visit is a summit to one and
 * diplomacy to the other, new duties are trade or sanctions. Data, not rules:
 * each line a beat, its topic ids; a topic on no line is its own beat.
 */
const BEATS: ReadonlyArray<readonly string[]> = [
  ['summits', 'diplomacy'],
  ['sanctions', 'trade'],
];

const BEAT_OF = new Map<string, string>();
for (const beat of BEATS) for (const topic of beat) BEAT_OF.set(topic, beat[0]!);

/** The beat a topic id belongs to: disjoint beats, not merely different topics, mean different events. */
export function topicBeat(topic: string): string {
  return BEAT_OF.get(topic) ?? topic;
}
