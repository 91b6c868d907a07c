/**
 * Names in so much of the news that sharing one says little about sharing an
 * event: the great powers and their capitals and leaders, the big
 * organisations, the places of the standing conflicts. A large batch finds
 * them by frequency; this list keeps small batches from taking them for
 * evidence.
 */
export const COMMON_ENTITIES: ReadonlySet<string> = new Set([
  'usa',
  'russia',
  'ukraine',
  'china',
  'germany',
  'france',
  'uk',
  'europe',
  // Continents: "in West Africa", "in Latin America" place no event.
  'africa',
  'asia',
  'america',
  'eu',
  'un',
  'nato',
  'g7',
  'g20',
  'israel',
  'gaza',
  'iran',
  'moscow',
  'washington',
  'kyiv',
  'beijing',
  'brussels',
  'berlin',
  'paris',
  'london',
  'trump',
  'putin',
  'biden',
  'zelensky',
  'xi',
  'white-house',
  'kremlin',
  'state-department',
  'pentagon',
  'eu-commission',
]);
