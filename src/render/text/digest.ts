import type { Digest } from '../../core/index.js';
import { chromeFor, singleLine, storyCount } from '../i18n/index.js';
import { renderStoryText } from './story.js';

/**
 * The plain-text digest (console sink, --dry-run, Slack's notification text):
 * a header line, topic sections with counts, stories separated by blank lines,
 * and "… and N more stories: <hint>". Nothing is escaped: it is not markup.
 */
export function renderDigestText(digest: Digest): string {
  const chrome = chromeFor(digest);
  const sections = digest.sections.filter((section) => section.stories.length > 0);
  const total = storyCount(sections);
  const blocks: string[] = [];

  if (digest.mode === 'instant') {
    for (const section of sections) {
      for (const story of section.stories) {
        blocks.push(`${chrome.instantLabel} · ${singleLine(section.topicLabel)}\n${renderStoryText(story, { ...digest, chrome, sections })}`);
      }
    }
  } else {
    blocks.push(
      chrome.header(
        total,
        sections.map((section) => singleLine(section.topicLabel)),
      ),
    );
    if (total === 0) blocks.push(chrome.nothingNew);
    for (const section of sections) {
      blocks.push(chrome.sectionHeading(singleLine(section.topicLabel), section.stories.length));
      for (const story of section.stories) blocks.push(renderStoryText(story, { ...digest, chrome, sections }));
    }
  }
  if (digest.moreCount > 0) {
    const hint = digest.moreHint ? `: ${singleLine(digest.moreHint)}` : '';
    blocks.push(`${chrome.moreStories(digest.moreCount)}${hint}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
