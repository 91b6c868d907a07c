/**
 * Words of the lead about where and with whom, beyond lead-words.ts: kinds of place, nearness, counterparts.
 * Data, not rules: add a language's words here.
 */

/**
 * Nouns for a kind of place before its name, after "of"/"de": "the town of Bakhmut", "la localité de Eteringbang",
 * "la localidad de Eteringbang", "el puesto fronterizo de …" (German puts the name right after the noun: see
 * GERMAN_PLACE_KIND_NOUNS). The name is where the event is, as after "in". Ports are left out: "the port of Antwerp"
 * names a landmark as often as the city. Data, not rules.
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  // en
  'town',
  'city',
  'village',
  'outpost',
  'region',
  'province',
  'district',
  'island',
  'settlement',
  'hamlet',
  // fr
  'ville',
  'localité',
  'commune',
  'région',
  'province',
  'poste',
  'île',
  'bourg',
  'bourgade',
  // es
  'ciudad',
  'localidad',
  'pueblo',
  'población',
  'municipio',
  'región',
  'provincia',
  'puesto',
  'isla',
  'aldea',
  'fronterizo',
]);

/** Words between a kind of place and its name: "the town of", "la ville de", "la localidad de". */
export const PLACE_KIND_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del']);

/** Words of nearness that place an event like "in" or "near": "nahe Eteringbang", "unweit von", "cerca de", "près de". */
export const NEAR_WORDS: ReadonlySet<string> = new Set(['nahe', 'unweit', 'cerca', 'près', 'proche', 'junto']);

/** Words for the counterpart of a visit, whose nationality names the host: "his Vietnamese counterpart", "son homologue philippin". Data, not rules. */
export const COUNTERPART_WORDS: ReadonlySet<string> = new Set([
  'counterpart',
  'counterparts',
  'amtskollege',
  'amtskollegin',
  'amtskollegen',
  'homologue',
  'homologues',
  'homólogo',
  'homóloga',
  'homólogos',
]);
