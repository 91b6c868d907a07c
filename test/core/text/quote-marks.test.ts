import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/text/index.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';

const spoken = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.start + 1, span.end - 1).trim());

describe('dialogue lines opened by a dash', () => {
  it('takes the spoken part of a line the narrator interrupts, in Spanish and French', () => {
    expect(spoken('—No vamos a firmar nada esta semana —advirtió la negociadora—. Falta el capítulo agrícola.')).toEqual([
      'No vamos a firmar nada esta semana',
    ]);
    expect(spoken('Primer párrafo sin diálogo.\n\n—Lo que pedimos es muy sencillo —explica el alcalde.')).toEqual(['Lo que pedimos es muy sencillo']);
    expect(spoken('–Nous resterons jusqu’au bout de la mission –a-t-il assuré devant la presse.')).toEqual(['Nous resterons jusqu’au bout de la mission']);
  });

  it('leaves dash lines alone that no narrator interrupts: interview questions and answers, list items, asides in running text', () => {
    expect(findQuoteSpans('—¿Qué pasa en la frontera?\n\n—Una guerra por las rutas del contrabando.')).toEqual([]);
    expect(findQuoteSpans('Die Punkte:\n\n– Grenzkontrollen bleiben –vorerst– bestehen.')).toEqual([]);
    expect(findQuoteSpans('Der Minister – so heißt es in Berlin – will am Montag reisen.')).toEqual([]);
    // The aside needs the same dash the line opened with.
    expect(findQuoteSpans('—Vendremos mañana –dijo.')).toEqual([]);
  });

  it('keeps quotation marks inside a dialogue line inside it', () => {
    const text = '—El informe habla de una «crisis grave» y tiene razón —señaló la diputada.';
    expect(spoken(text)).toEqual(['El informe habla de una «crisis grave» y tiene razón']);
  });

  it('finds a dialogue line in a text with no quotation mark at all, and extracts it as a quote', () => {
    const body =
      'La ministra de Defensa, Marta Solís Vidal, visitó ayer la base de Rota.\n\n' +
      '—Nuestros soldados merecen el mejor equipo que podamos darles —declaró Solís Vidal ante los periodistas—. Y lo tendrán.';
    const quotes = extractQuotes(body, 'es').quotes;
    expect(quotes.map((quote) => quote.text)).toEqual(['Nuestros soldados merecen el mejor equipo que podamos darles']);
    expect(quotes[0]?.speaker).toBe('Marta Solís Vidal');
  });

  it('stays linear on a hundred thousand dash lines with no aside', () => {
    const hostile = '—Palabra sin fin '.repeat(10).concat('\n\n').repeat(100_000);
    const started = process.cpuUsage();
    expect(findQuoteSpans(hostile)).toEqual([]);
    // CPU time, not the clock: a busy machine does not make it fail.
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(5_000);
  });
});

describe('a quotation running over several paragraphs', () => {
  it('ends with its paragraph when the next paragraph opens with a quotation mark again', () => {
    const text =
      'The minister said:\n\n"We will not give in to pressure. Our position has not changed.\n\n"We expect the other side to come back to the table."';
    expect(spoken(text)).toEqual(['We will not give in to pressure. Our position has not changed', 'We expect the other side to come back to the table.']);
    const german = 'Die Ministerin sagte:\n\n„Wir lassen uns nicht unter Druck setzen.\n\n„Die andere Seite muss an den Tisch zurück.“';
    expect(spoken(german)).toEqual(['Wir lassen uns nicht unter Druck setzen', 'Die andere Seite muss an den Tisch zurück.']);
    const french = 'Le ministre a déclaré :\n\n« Nous ne céderons pas aux pressions.\n\n» Nous attendons que l’autre partie revienne. »';
    expect(spoken(french)[0]).toBe('Nous ne céderons pas aux pressions');
  });

  it('is no quotation when the next paragraph does not go on with a quotation mark', () => {
    expect(findQuoteSpans('He wrote "a stray mark that never closes.\n\nThe next paragraph is plain.')).toEqual([]);
    expect(findQuoteSpans('The last paragraph opens "and never closes.')).toEqual([]);
  });

  it('gives the first paragraph of a long quotation the speaker the sentence before it names', () => {
    const body =
      'Trade Secretary Helen Marlowe said:\n\n' +
      '"These tariffs hurt our exporters and the families who depend on them. We have raised it at every meeting.\n\n' +
      '"We will keep pressing until the duties are lifted."';
    const quotes = extractQuotes(body, 'en').quotes;
    const first = quotes.find((quote) => quote.text.startsWith('These tariffs hurt our exporters'));
    expect(first?.speaker).toBe('Helen Marlowe');
  });
});
