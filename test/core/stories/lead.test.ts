import { expect, it } from 'vitest';
import { clusterArticles } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

it('"the situation in Syria" and "the Black Sea" do not make two trips of one minister the same event', () => {
  const riyadh = analysedCandidate(
    1,
    'Jaishankar in Riyadh for talks on the Red Sea and Syria',
    'RIYADH — Indian External Affairs Minister Subrahmanyam Jaishankar held talks with his Saudi counterpart Faisal bin Farhan in Riyadh on Monday, focusing on shipping in the Red Sea and the situation in Syria, the two ministries said.\n\nThe two ministers also discussed a visit by Prime Minister Narendra Modi.',
    '2024-05-06T10:00:00Z',
  );
  const abuDhabi = analysedCandidate(
    2,
    'Jaishankar in Abu Dhabi for talks on the Red Sea and Syria',
    'ABU DHABI — Indian External Affairs Minister Subrahmanyam Jaishankar held talks with his Emirati counterpart Abdullah bin Zayed in Abu Dhabi on Tuesday, focusing on shipping in the Red Sea and the situation in Syria, the two ministries said.\n\nThe two ministers also discussed a visit by Prime Minister Narendra Modi.',
    '2024-05-07T11:00:00Z',
  );
  const [a, b] = clusterArticles([riyadh, abuDhabi]);
  expect(a!.key).not.toBe(b!.key);
});
