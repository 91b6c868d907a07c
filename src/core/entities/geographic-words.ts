/**
 * Words that make a name a geographic feature — a sea, a strait, a river, an island — in de/en/fr/es:
 * "Korea Strait", "Persian Gulf", "Mer Noire", "Estrecho de Ormuz". Such a name is no person (quotes) and no place
 * where an event happens (story leads); each reader adds the words only it needs.
 */
export const GEOGRAPHIC_FEATURES: readonly string[] = [
  'sea',
  'ocean',
  'gulf',
  'strait',
  'straits',
  'river',
  'bay',
  'channel',
  'mountains',
  'peninsula',
  'island',
  'islands',
  'meer',
  'meerenge',
  'mer',
  'océan',
  'golfe',
  'détroit',
  'mar',
  'océano',
  'golfo',
  'estrecho',
];
