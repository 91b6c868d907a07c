/**
 * Verbs of feeling and manner that newsrooms use as verbs of saying: "« … », s'enthousiasme X", "sourit-il",
 * "„…“, schwärmt X", "“…,” she laughed", "«…», bromeó X". Third-person forms as the text writes them; the French
 * reflexive ones also with the elided "s'" the tokeniser keeps on the word ("s'indigne", "s’étonne"). Kept apart from
 * speech-verbs.ts, which lists the verbs of saying proper; SPEECH_VERBS (lexicon.ts) holds both.
 */

/** French -er stems: "s'enthousiasme", "s'indignait", "se félicitent". */
const FR_ER = ['enthousiasm', 'indign', 'étonn', 'agac', 'emport', 'amus', 'insurg', 'alarm', 'interrog', 'félicit', 'désol', 'esclaff', 'plaisant'];
const FR_IRREGULAR = [
  'sourit',
  'souriait',
  'soupire',
  'soupiré',
  'soupirait',
  'rit',
  'réjouit',
  'réjouissait',
  'inquiète',
  'inquiètent',
  'inquiétait',
  'émeut',
  'émouvait',
];
/** Spanish -ar stems: "se entusiasma", "bromeó", "se indignaba". */
const ES_AR = ['entusiasm', 'indign', 'alegr', 'brome', 'ironiz', 'emocion'];
const ES_IRREGULAR = ['sonríe', 'sonrió', 'sonreía', 'suspira', 'suspiró', 'quejó', 'quejaba', 'ríe', 'rió'];
const EN = ['enthused', 'enthuses', 'smiled', 'laughed', 'joked', 'fumed', 'sighed', 'beamed'];
const DE = [
  'schwärmt',
  'schwärmte',
  'freut',
  'freute',
  'lacht',
  'lachte',
  'lachten',
  'gelacht',
  'lächelt',
  'lächelte',
  'lächelten',
  'gelächelt',
  'scherzt',
  'scherzte',
  'empört',
  'empörte',
  'ärgert',
  'ärgerte',
  'wundert',
  'wunderte',
  'staunt',
  'staunte',
  'seufzt',
  'seufzte',
  'seufzten',
  'geseufzt',
];

const VOWEL_START = /^[aeéèêiîoôuû]/u;

function french(): string[] {
  const forms = [...FR_IRREGULAR];
  for (const stem of FR_ER) {
    const beforeA = stem.endsWith('g') ? `${stem}e` : stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem;
    forms.push(`${stem}e`, `${stem}ent`, `${beforeA}ait`, `${beforeA}aient`);
  }
  return [...forms, ...forms.filter((form) => VOWEL_START.test(form)).flatMap((form) => [`s'${form}`, `s’${form}`])];
}

function spanish(): string[] {
  return [...ES_IRREGULAR, ...ES_AR.flatMap((stem) => [`${stem}a`, `${stem}an`, `${stem}ó`, `${stem}aron`, `${stem}aba`, `${stem}aban`])];
}

export const FEELING_SPEECH_VERBS: Record<string, readonly string[]> = { de: DE, en: EN, fr: french(), es: spanish() };
