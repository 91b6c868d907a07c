/**
 * Topics that two desks give one event: a state visit is a summit to one and
 * diplomacy to the other, new duties are trade or sanctions, a trade
 * commissioner's memoranda are trade to one and diplomacy to the other. Data,
 * not rules: each line a beat, its topic ids; a topic may be on several lines,
 * and a topic on none is its own beat.
 */
const BEATS: ReadonlyArray<readonly string[]> = [
  ['summits', 'diplomacy'],
  ['sanctions', 'trade'],
  ['diplomacy', 'trade'],
];

const BEATS_OF = new Map<string, string[]>();
for (const [index, beat] of BEATS.entries()) for (const topic of beat) BEATS_OF.set(topic, [...(BEATS_OF.get(topic) ?? []), `beat:${index}`]);

/** The beats a topic belongs to: two topics that share none mean different events. */
export function topicBeats(topic: string): readonly string[] {
  return BEATS_OF.get(topic) ?? [topic];
}

/**
 * Topics of an event and of another side's reaction to it: a border shooting is armed conflict to the host's press and
 * diplomacy to a neighbour that calls for calm; an attack is terrorism, and the condolences diplomacy. Unlike a beat,
 * they agree only where a name beyond the place ties the reports (see pair-score.ts). Data, not rules.
 */
const REACTIONS: ReadonlyArray<readonly string[]> = [
  ['armed-conflict', 'diplomacy'],
  ['terrorism', 'diplomacy'],
];

const REACTIONS_OF = new Map<string, string[]>();
for (const [index, pair] of REACTIONS.entries()) for (const topic of pair) REACTIONS_OF.set(topic, [...(REACTIONS_OF.get(topic) ?? []), `reaction:${index}`]);

/** The event-and-reaction pairs a topic belongs to. */
export function topicReactions(topic: string): readonly string[] {
  return REACTIONS_OF.get(topic) ?? [];
}
