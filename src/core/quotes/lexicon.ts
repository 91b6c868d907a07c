import type { LanguageCode } from '../types.js';

/**
 * Words that introduce reported speech, per language, as they appear in text
 * (inflected forms listed, since attribution is found by exact word).
 */
export const SPEECH_VERBS: Record<string, ReadonlySet<string>> = {
  de: new Set(['sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte', 'ergänzte', 'fügte', 'warnte', 'warnt', 'kritisierte', 'forderte', 'teilte', 'teilten', 'hieß', 'heißt', 'schrieb', 'schreibt', 'äußerte', 'antwortete', 'versicherte', 'unterstrich', 'bekräftigte', 'räumte', 'kündigte', 'verkündete', 'twitterte', 'bestätigte', 'mahnte', 'berichtete', 'zitiert', 'zitierte', 'sprach', 'so', 'laut', 'zufolge', 'mitteilte', 'sagen', 'appellierte', 'beklagte', 'bilanzierte', 'resümierte', 'stellte', 'hob', 'mahnt', 'fordert', 'kritisiert', 'sagen', 'erwiderte', 'entgegnete', 'räumt', 'klagte', 'jubelte', 'schimpfte', 'verteidigte', 'rief', 'postete', 'bekräftigt', 'betonten', 'warnten', 'erklärt', 'zitierte']),
  en: new Set(['said', 'says', 'told', 'added', 'adds', 'stated', 'declared', 'warned', 'warns', 'noted', 'insisted', 'explained', 'wrote', 'writes', 'tweeted', 'posted', 'announced', 'argued', 'asked', 'replied', 'according', 'stressed', 'emphasised', 'emphasized', 'urged', 'claimed', 'acknowledged', 'conceded', 'remarked', 'commented', 'continued', 'recalled', 'predicted', 'promised', 'vowed', 'confirmed', 'countered', 'responded', 'cautioned', 'admitted', 'observed', 'reads', 'read', 'say', 'tell', 'maintained', 'pointed', 'suggested', 'complained', 'boasted', 'assured', 'announced', 'declared', 'explains', 'notes', 'argues', 'insists', 'wrote', 'told', 'shouted', 'joked', 'pledged', 'signalled', 'signaled', 'reiterated', 'underlined', 'lamented', 'conceded', 'stressed', 'quipped', 'added']),
  fr: new Set(['déclaré', 'dit', 'affirmé', 'ajouté', 'expliqué', 'souligné', 'estimé', 'assuré', 'indiqué', 'précisé', 'averti', 'lancé', 'écrit', 'martelé', 'insisté', 'rappelé', 'répondu', 'confié', 'annoncé', 'prévenu', 'déclare', 'affirme', 'estime', 'explique', 'ajoute', 'souligne', 'indique', 'précise', 'assure', 'selon', 'lire', 'dénoncé', 'regretté', 'jugé', 'reconnu', 'confirmé', 'promis', 'insiste', 'martèle', 'lance', 'écrit-il', 'déclarait', 'disait', 'alerté', 'plaidé', 'prévenu', 'tranché', 'résumé', 'dénonce', 'regrette', 'réagi', 'commenté', 'poursuivi', 'conclu', 'répété', 'admis', 'reconnu', 'martelé', 'salué', 'ironisé', 'confié', 'jugé', 'réclamé', 'observé', 'noté', 'relevé', 'rétorqué', 'glissé']),
  es: new Set(['dijo', 'afirmó', 'declaró', 'añadió', 'agregó', 'explicó', 'aseguró', 'señaló', 'indicó', 'subrayó', 'advirtió', 'sostuvo', 'escribió', 'manifestó', 'según', 'apuntó', 'insistió', 'destacó', 'recalcó', 'expresó', 'comentó', 'respondió', 'sentenció', 'dice', 'afirma', 'asegura', 'señala', 'explica', 'advierte', 'anunció', 'reconoció', 'confirmó', 'prometió', 'denunció', 'lamentó', 'aseveró', 'precisó', 'recordó', 'defendió', 'alertó', 'criticó', 'reiteró', 'enfatizó', 'agrega', 'añade', 'concluyó', 'insiste', 'remarcó', 'admitió', 'reconoció', 'lamentó', 'valoró', 'celebró', 'replicó', 'detalló', 'puntualizó', 'resaltó', 'argumentó', 'planteó', 'sostiene', 'avisó']),
};

/** Attribution words that may stand without a verb next to a name: "laut Peskow", "Peskow zufolge", "according to Smith". */
export const SOURCE_MARKERS = new Set(['laut', 'zufolge', 'according', 'selon', 'según', 'd’après', 'so']);

export const PRONOUNS: Record<string, ReadonlySet<string>> = {
  de: new Set(['er', 'sie', 'ihm', 'ihr']),
  en: new Set(['he', 'she', 'him', 'her']),
  fr: new Set(['il', 'elle', 'lui']),
  es: new Set(['él', 'ella']),
};

/** Cues of a statement by an unnamed source: "hieß es", "it said in a statement". */
export const ANONYMOUS_CUES: Record<string, ReadonlySet<string>> = {
  de: new Set(['hieß', 'heißt', 'mitteilung', 'erklärung', 'stellungnahme', 'kommuniqué', 'communiqué', 'pressemitteilung']),
  en: new Set(['it', 'statement', 'communique', 'communiqué', 'release', 'readout']),
  fr: new Set(['communiqué', 'lire', 'déclaration']),
  es: new Set(['comunicado', 'nota', 'declaración']),
};

/** Role words that stand for the person last named ("der Minister", "the spokesman"). */
export const ROLE_WORDS = new Set([
  'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef', 'chefin',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'chancellor', 'official', 'leader',
  'ministre', 'président', 'présidente', 'porte-parole', 'chancelier', 'dirigeant',
  'ministro', 'ministra', 'presidente', 'presidenta', 'portavoz', 'canciller', 'mandatario', 'líder',
]);

/** Titles and role nouns in front of a name, dropped from the display name ("Kremlsprecher Dmitri Peskow" → "Dmitri Peskow"). */
export const TITLE_WORDS = new Set([
  'president', 'präsident', 'präsidentin', 'président', 'présidente', 'presidente', 'presidenta', 'prime', 'minister', 'ministerin',
  'ministre', 'ministro', 'ministra', 'foreign', 'defence', 'defense', 'secretary', 'general', 'senator', 'governor', 'chancellor',
  'kanzler', 'kanzlerin', 'chancelier', 'canciller', 'ambassador', 'botschafter', 'botschafterin', 'ambassadeur', 'embajador',
  'spokesman', 'spokeswoman', 'sprecher', 'sprecherin', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'herr', 'frau', 'm', 'mme',
  'señor', 'señora', 'don', 'doña', 'king', 'queen', 'prince', 'pope', 'papst', 'pape', 'papa', 'rep', 'sen', 'gen', 'lt',
  'colonel', 'admiral', 'commander', 'chief', 'deputy', 'vice', 'premier', 'premierminister', 'premierministerin', 'bundeskanzler',
  'bundeskanzlerin', 'außenminister', 'außenministerin', 'staatschef', 'regierungschef', 'regierungssprecher', 'kremlsprecher',
  'vizepräsident', 'generalsekretär', 'uno-generalsekretär', 'nato-generalsekretär', 'us-präsident', 'us-außenminister', 'kreml-chef',
  'kremlchef', 'ministerpräsident', 'ministerpräsidentin', 'bürgermeister', 'bürgermeisterin', 'oppositionsführer', 'mayor', 'maire', 'alcalde',
  'alcaldesa', 'judge', 'richter', 'richterin', 'juge', 'juez', 'jueza', 'coach', 'trainer', 'ceo', 'chairman', 'chairwoman', 'director',
  'professor', 'professorin', 'professeur', 'profesor', 'profesora', 'archbishop', 'bishop', 'cardinal', 'sheikh', 'emir', 'crown',
]);

/** German role compounds end in these; such a capitalised word is a title, not a name. */
export const GERMAN_ROLE_SUFFIX = /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|kanzler|kanzlerin|führer|führerin|leiter|leiterin|botschafter|botschafterin|direktor|direktorin|vorsitzende|vorsitzender|abgeordnete|abgeordneter|beauftragte|beauftragter|gouverneur|sekretär|sekretärin|berater|beraterin|kommissar|kommissarin|experte|expertin|analyst|analystin|general|kommandeur|diplomat|diplomatin|oberhaupt|vize)$/;

/** Institution nouns that can speak: "das Außenministerium", "the foreign ministry". */
const INSTITUTION_NOUN_PATTERN = /^(?:\p{L}*ministerium|\p{L}*ministeriums|regierung|präsidialamt|\p{L}*behörde|polizei|armee|staatsanwaltschaft|bundeswehr|ministry|government|police|army|military|prosecutors?|department|agency|embassy|ministère|gouvernement|armée|parquet|ambassade|présidence|ministerio|gobierno|policía|ejército|fiscalía|embajada|presidencia|kommission|commission|comisión|company|firm|club|group|compañía|empresa|entreprise|société|unternehmen|konzern|verein|klub|club|bank|airline|startup|foundation|stiftung|fondation|fundación)$/iu;

export function languageTable<T>(table: Record<string, T>, language: LanguageCode): T | undefined {
  return table[language];
}

const INSTITUTION_WORDS = new Set(['regierung', 'präsidialamt', 'polizei', 'armee', 'staatsanwaltschaft', 'bundeswehr', 'ministry', 'government', 'police', 'army', 'military', 'prosecutor', 'prosecutors', 'department', 'agency', 'embassy', 'ministère', 'gouvernement', 'armée', 'parquet', 'ambassade', 'présidence', 'ministerio', 'gobierno', 'policía', 'ejército', 'fiscalía', 'embajada', 'presidencia', 'kommission', 'commission', 'comisión', 'company', 'firm', 'club', 'group', 'compañía', 'empresa', 'entreprise', 'société', 'unternehmen', 'konzern', 'verein', 'klub', 'bank', 'airline', 'startup', 'foundation', 'stiftung', 'fondation', 'fundación']);

/** Whether a lower-cased word names a speaking institution; a set look-up first, the compound pattern only for German -ministerium/-behörde words. */
export const INSTITUTION_NOUN = {
  test(word: string): boolean {
    if (INSTITUTION_WORDS.has(word)) return true;
    return (word.endsWith('ministerium') || word.endsWith('ministeriums') || word.endsWith('behörde')) && INSTITUTION_NOUN_PATTERN.test(word);
  },
};
