import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * Two terms of a topic that overlap in the text ("free trade" and "trade agreement" in "free trade agreement") are one
 * mention, not two: a closing sentence that names a trade agreement is an aside. (The catalogue's German, French and
 * Spanish terms have no such overlapping pairs: "Freihandelsabkommen", "accord de libre-échange", "acuerdo de libre comercio".)
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string): string[] => classifyTopics({ title, body, language: 'en' }, taxonomy).map((topic) => topic.id);

const visit = [
  'The foreign minister met her counterpart in Riyadh on Wednesday and urged the Gulf states to fund the rebuilding of Gaza.',
  'The two ministers discussed the future governance of the territory, a diplomat said.',
  'She also raised the case of a citizen detained in the kingdom and asked for consular access.',
  'The kingdom will not normalise relations with Israel before a Palestinian state is established, her counterpart said.',
  '"There can be no lasting stability without a credible path to a Palestinian state," she said before flying on to Doha.',
  'It was her third visit to the region this year.',
  'Officials said the two governments had also agreed to resume negotiations on a free trade agreement.',
].join('\n\n');

describe('classifyTopics: overlapping terms of one topic', () => {
  it('a free trade agreement named in the last line of a visit story is an aside', () => {
    const topics = topicsOf('Foreign minister presses Gulf states on Gaza during Riyadh visit', visit);
    expect(topics).toContain('diplomacy');
    expect(topics).not.toContain('trade');
  });

  it('the same agreement in the title is the subject', () => {
    expect(topicsOf('Britain and Gulf states resume free trade agreement talks', visit)).toContain('trade');
  });
});
