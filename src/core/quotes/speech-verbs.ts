/**
 * The verbs of saying of each language, as lemmas, inflected here into the
 * forms a report uses for a third person: present, past, imperfect and
 * participle. Listing lemmas keeps the class complete ("contesta", "contestó",
 * "contestaba" all come with "contestar") where a list of forms met one by one
 * leaves holes. Verbs whose forms are also common nouns ("cuenta" as account,
 * "states") are left to the hand-written list in lexicon.ts.
 */

/** Spanish regular verbs by conjugation: the stem before -ar / -er / -ir. */
const ES_AR = [
  'afirm',
  'declar',
  'explic',
  'asegur',
  'señal',
  'indic',
  'apunt',
  'destac',
  'subray',
  'recalc',
  'agreg',
  'coment',
  'relat',
  'narr',
  'contest',
  'replic',
  'alert',
  'avis',
  'denunci',
  'lament',
  'critic',
  'reiter',
  'precis',
  'matiz',
  'aclar',
  'puntualiz',
  'enfatiz',
  'remarc',
  'expres',
  'zanj',
  'sentenci',
  'proclam',
  'anunci',
  'reclam',
  'protest',
  'brome',
  'ironiz',
  'opin',
  'argument',
  'detall',
  'resalt',
  'tuite',
  'pregunt',
  'explic',
  'exclam',
  'recalc',
  'insinu',
  'valor',
  'garantiz',
  'augur',
  'vaticin',
  'asever',
  'manifest',
];
const ES_ER_IR = ['respond', 'añad', 'insist', 'resum', 'admit', 'escrib', 'promet', 'exig', 'reconoc', 'agradec'];
/** Forms of the stems above that are mostly nouns in news text: "la denuncia", "la protesta", "la sentencia". */
const ES_NOUNS = new Set(['denuncia', 'protesta', 'sentencia', 'pregunta', 'reclama', 'valora']);
/** Spanish forms that the stems above do not give (stem changes, strong pasts). */
const ES_IRREGULAR = [
  'dice',
  'dicen',
  'dijo',
  'dijeron',
  'decía',
  'decían',
  'cuenta',
  'contó',
  'contaba',
  'contaron',
  'recuerda',
  'recordó',
  'recordaba',
  'advierte',
  'advirtió',
  'advertía',
  'confiesa',
  'confesó',
  'sostiene',
  'sostuvo',
  'mantiene',
  'mantuvo',
  'repite',
  'repitió',
  'repetía',
  'pide',
  'pidió',
  'pedía',
  'defiende',
  'defendió',
  'defendía',
  'sostenía',
  'reconoce',
  'concluye',
  'concluyó',
  'confía',
  'confió',
  'escribió',
  'manifiesta',
  'manifestó',
];

/** French -er verbs: the stem before -er. */
const FR_ER = [
  'affirm',
  'déclar',
  'expliqu',
  'ajout',
  'soulign',
  'indiqu',
  'précis',
  'assur',
  'estim',
  'insist',
  'racont',
  'confi',
  'gliss',
  'résum',
  'répliqu',
  'rétorqu',
  'déplor',
  'regrett',
  'dénonc',
  'fustig',
  'avou',
  'témoign',
  'relat',
  'clam',
  'proclam',
  'confirm',
  'comment!',
  'observ',
  'jug',
  'salu',
  'ironis',
  'plaid',
  'alert',
  'tranch',
  'exclam',
  'insist',
  'détaill',
  'nuanc',
  'lâch',
  'argument',
  'martel',
  'raill',
  'constat',
];
/** French forms the stems do not give. */
const FR_IRREGULAR = [
  'dit',
  'disait',
  'disent',
  'rappelle',
  'rappelait',
  'rappelé',
  'lance',
  'lancé',
  'lançait',
  'annonce',
  'annoncé',
  'annonçait',
  'menace',
  'menacé',
  'martèle',
  'conclut',
  'conclu',
  'avertit',
  'averti',
  'prévient',
  'prévenu',
  'répond',
  'répondu',
  'répondait',
  'écrit',
  'écrivait',
  'poursuit',
  'poursuivi',
  'poursuivait',
  'reconnaît',
  'reconnaissait',
  'reconnu',
  'admet',
  'admis',
  'promet',
  'promis',
  'note!',
  'noté',
  'notait',
];

/** German weak verbs: the stem before -en; "+" marks a separable verb ("räumte … ein"). */
const DE_WEAK = [
  'sag',
  'erklär',
  'beton',
  'warn',
  'forder',
  'kritisier',
  'mahn',
  'bericht',
  'schilder',
  'erläuter',
  'ergänz',
  'versicher',
  'bekräftig',
  'bestätig',
  'mein',
  'behaupt',
  'antwort',
  'erwider',
  'entgegn',
  'kommentier',
  'argumentier',
  'begründ',
  'bilanzier',
  'resümier',
  'appellier',
  'beklag',
  'klag',
  'jubel',
  'schimpf',
  'verteidig',
  'lob',
  'bedauer',
  'erinner',
  'twitter',
  'post',
  'urteil',
  'analysier',
  'konstatier',
  'präzisier',
  'verkünd',
  'zitier',
  'frag',
  'äußer',
  'droh',
  'beteuer',
  'räum+',
  'füg+',
  'teil+',
  'kündig+',
  'stell+',
  'spott',
];
const DE_IRREGULAR = [
  'spricht',
  'sprach',
  'schreibt',
  'schrieb',
  'ruft',
  'rief',
  'unterstreicht',
  'unterstrich',
  'verspricht',
  'versprach',
  'verweist',
  'verwies',
  'weist',
  'wies',
  'hob',
  'gestand',
  'gesteht',
  'befand',
  'heißt',
  'hieß',
];

/** English verbs: lemma ("!" when its -s form is mostly a plural noun), and its past where it is not lemma + "ed". */
const EN = [
  'explain',
  'add',
  'note',
  'stress!',
  'insist',
  'warn',
  'argue',
  'claim!',
  'acknowledge',
  'admit:admitted',
  'concede',
  'declare',
  'announce',
  'confirm',
  'deny:denied',
  'reply:replied',
  'respond',
  'answer!',
  'comment',
  'remark!',
  'observe',
  'recall',
  'recount',
  'predict',
  'promise!',
  'pledge!',
  'vow!',
  'caution!',
  'complain',
  'boast!',
  'assure',
  'reiterate',
  'underline',
  'lament',
  'quip!:quipped',
  'joke!',
  'tweet!',
  'shout!',
  'whisper!',
  'mutter!',
  'urge',
  'ask',
  'suggest',
  'emphasise',
  'emphasize',
  'maintain',
  'contend',
  'counter!',
  'retort!',
  'testify:testified',
  'conclude',
  'continue',
  'write:wrote',
  'say:said',
  'tell:told',
  'explain',
  'concur',
  'exclaim',
  'scoff!',
  'snap!:snapped',
  'grumble!',
  'recall',
  'reassure',
  'hail!',
  'praise!',
  'criticise',
  'criticize',
];

function spanish(): string[] {
  const forms: string[] = [...ES_IRREGULAR];
  // No participles: "destacado", "indicado" are as often adjectives, and a perfect ("ha dicho") is rare in reports.
  for (const stem of ES_AR) forms.push(`${stem}a`, `${stem}an`, `${stem}ó`, `${stem}aron`, `${stem}aba`, `${stem}aban`);
  for (const stem of ES_ER_IR) forms.push(`${stem}e`, `${stem}en`, `${stem}ió`, `${stem}ieron`, `${stem}ía`, `${stem}ían`);
  return forms.filter((form) => !ES_NOUNS.has(form));
}

function french(): string[] {
  const forms: string[] = [...FR_IRREGULAR];
  for (const stem of FR_ER) {
    // "jugeait", "nuançait": the stem keeps its sound before "a".
    const beforeA = stem.endsWith('g') ? `${stem}e` : stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem;
    forms.push(`${stem}e`, `${stem}ent`, `${stem}é`, `${beforeA}ait`, `${beforeA}aient`);
  }
  return forms;
}

function german(): string[] {
  const forms: string[] = [...DE_IRREGULAR];
  for (const entry of DE_WEAK) {
    // "räumte … ein", "fügte … hinzu": a separable verb's participle ("eingeräumt") is another word.
    const separable = entry.endsWith('+');
    const stem = separable ? entry.slice(0, -1) : entry;
    const t = /[dt]$|[^aeiouäöülrh]n$/.test(stem) ? 'et' : 't';
    forms.push(`${stem}${t}`, `${stem}${t}e`, `${stem}${t}en`);
    if (separable) continue;
    const bare = /ier$/.test(stem) || /^(?:be|er|ver|ent|zer|ge|unter|über)/.test(stem);
    forms.push(bare ? `${stem}${t}` : `ge${stem}${t}`);
  }
  return forms;
}

function english(): string[] {
  const forms: string[] = [];
  for (const entry of EN) {
    // "note!": the -s form is as often a plural noun ("notes", "remarks"); only the past is a verb for sure.
    const [word = '', past] = entry.split(':');
    const nounLike = word.endsWith('!');
    const lemma = nounLike ? word.slice(0, -1) : word;
    const regular = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
    forms.push(past ?? regular);
    if (nounLike) continue;
    forms.push(/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  }
  return forms;
}

/** Spanish participles with no regular form: "ha dicho", "ha escrito". */
const ES_IRREGULAR_PARTICIPLES = [
  'dicho',
  'escrito',
  'contado',
  'recordado',
  'advertido',
  'confesado',
  'sostenido',
  'mantenido',
  'repetido',
  'pedido',
  'defendido',
  'concluido',
  'confiado',
  'manifestado',
];

/**
 * Spanish perfect participles of the verbs above ("ha declarado", "ha insistido", "ha dicho"). Alone they are as often
 * adjectives ("el destacado dirigente"), so they count as a speech verb only after a form of "haber" (PERFECT_AUXILIARIES).
 */
export const PERFECT_PARTICIPLES: Record<string, ReadonlySet<string>> = {
  es: new Set([...ES_AR.map((stem) => `${stem}ado`), ...ES_ER_IR.filter((stem) => stem !== 'escrib').map((stem) => `${stem}ido`), ...ES_IRREGULAR_PARTICIPLES]),
};
/** Third-person forms of "haber" that make a participle after them a finite verb: "ha declarado", "han advertido", "había dicho". */
export const PERFECT_AUXILIARIES: Record<string, ReadonlySet<string>> = { es: new Set(['ha', 'han', 'había', 'habían', 'habría', 'hubiera']) };

/** The generated forms, per language. */
export const INFLECTED_SPEECH_VERBS: Record<string, readonly string[]> = { de: german(), en: english(), fr: french(), es: spanish() };
