import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string, text: string): string | null | undefined =>
  extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker;

describe('verbs of feeling used as verbs of saying', () => {
  it('gives the quote to the person the verb of feeling names after it', () => {
    expect(speakerOf('“The harbour has never looked so busy,” enthused Carla Benz, who runs the ferry office.', 'en', 'harbour has never')).toBe('Carla Benz');
    expect(speakerOf('„Der Hafen war nie so voll“, schwärmt Carla Benz, die das Fährbüro leitet.', 'de', 'Hafen war nie')).toBe('Carla Benz');
    expect(speakerOf('« Le port n’a jamais été aussi animé », s’enthousiasme Carla Benz, qui dirige le bureau des ferries.', 'fr', 'port n’a jamais')).toBe(
      'Carla Benz',
    );
    expect(speakerOf('« Le port n’a jamais été aussi animé », sourit Carla Benz, qui dirige le bureau des ferries.', 'fr', 'port n’a jamais')).toBe(
      'Carla Benz',
    );
    expect(speakerOf('«El puerto nunca ha estado tan animado», bromeó Carla Benz, que dirige la oficina de los ferris.', 'es', 'puerto nunca')).toBe(
      'Carla Benz',
    );
  });

  it('gives nobody a pupil’s words after the pupil is brought in, not a person named before', () => {
    const french =
      'Douze accusés furent condamnés, dont Hermann Roth.\n\nParmi les visiteurs, une lycéenne venue de Metz avec sa classe s’arrête devant une photo. « Je ne savais pas que le procès avait duré si longtemps », s’étonne-t-elle.';
    expect(speakerOf(french, 'fr', 'procès avait duré')).toBeNull();
    const english =
      'Twelve defendants were sentenced, among them Hermann Roth.\n\nAmong the visitors, a schoolgirl from Leeds stops in front of a photo. "I did not know the trial lasted so long," she sighed.';
    expect(speakerOf(english, 'en', 'trial lasted')).toBeNull();
  });
});
