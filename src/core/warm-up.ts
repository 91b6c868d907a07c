import type { Language } from './languages.js';
import type { ArticleText } from './types.js';

/**
 * One short report per language, analysed once when a poller starts. The first analysis in each language
 * builds that language's tables (stems, word lists, name and place look-ups) and costs 25–70 ms on the
 * bench machine, several times that on a busy one; done while the first poll's articles come in, it held the
 * event loop for up to 184 ms in one piece (test/cli/run-hostile-page.test.ts). Done at start, before the
 * HTTP server listens, it costs nothing anyone waits for. The Record type asks for an entry per language.
 */
export const WARM_UP_ARTICLES: Readonly<Record<Language, ArticleText>> = {
  de: {
    title: 'Außenminister treffen sich in Wien',
    body: '„Wir wollen die Gespräche fortsetzen“, sagte die Außenministerin am Montag nach dem Treffen mit ihrem Amtskollegen in Wien.',
  },
  en: {
    title: 'Foreign ministers meet in Vienna',
    body: '"We want to continue the talks," the foreign minister said on Monday after meeting her counterpart in Vienna.',
  },
  fr: {
    title: 'Les ministres des Affaires étrangères se réunissent à Vienne',
    body: '« Nous voulons poursuivre les discussions », a déclaré la ministre lundi après sa rencontre avec son homologue à Vienne.',
  },
  es: {
    title: 'Los ministros de Exteriores se reúnen en Viena',
    body: '«Queremos continuar las conversaciones», dijo la ministra el lunes tras reunirse con su homólogo en Viena.',
  },
};
