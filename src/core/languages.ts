/**
 * The languages news-digest reads fully and writes in: topic terms, quote rules, stemming, language
 * detection, digest chrome and chat replies all cover exactly these. Adding a language starts here; the
 * type then asks for its entry in every table that needs one (stop words, chrome words, topic terms…).
 */
export const LANGUAGES = ['de', 'en', 'fr', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** ISO 639-3 codes of LANGUAGES, as trigram detectors (franc) name them. */
export const ISO_639_3: Record<Language, string> = { de: 'deu', en: 'eng', fr: 'fra', es: 'spa' };

/**
 * Languages whose words keep a vocabulary slot of their own although they are not analysed: a feed may
 * declare them, and their articles still group into stories by shared names and words.
 */
export const NEIGHBOUR_LANGUAGES = ['pt', 'it'] as const;
