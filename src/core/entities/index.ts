export { extractEntities, entitiesOfTable, entitiesOfDocument } from './extract.js';
export { ACRONYM_IN_BRACKETS, speakerAliasKey, speakerKey } from './speaker-key.js';
export { foldName, foldNameOf } from './name-key.js';
export { matchGazetteer, matchGazetteerAt, matchGazetteerIn, matchGazetteerNameIn, gazetteerEntry, cityCountry, type GazetteerMatch } from './gazetteer.js';
export { CAPITAL_GOVERNMENTS, type GazetteerEntry } from './gazetteer-data.js';
export { GEOGRAPHIC_FEATURES } from './geographic-words.js';
export { GERMAN_PLACE_KIND_NOUNS } from './place-kind-nouns.js';
export { DEMONYMS, type Demonym } from './demonyms.js';
