import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';
import { SEED_QUOTE, seedArticle } from '../seed.js';

const quotesOf = (body: string, language: string): { text: string; speaker: string | null }[] =>
  extractQuotes(body, language).quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker }));

describe('extractQuotes: quote styles', () => {
  it.each([
    ['German „…“', 'de', '„Wir sind zu Gesprächen bereit“, sagte Peskow.', 'Wir sind zu Gesprächen bereit', 'Peskow'],
    ['German »…«', 'de', '»Wir sind zu Gesprächen bereit«, sagte Peskow.', 'Wir sind zu Gesprächen bereit', 'Peskow'],
    ['straight "…"', 'en', '"We are ready for talks at any time," Peskov said.', 'We are ready for talks at any time', 'Peskov'],
    ['English “…”', 'en', '“We are ready for talks at any time,” Peskov said.', 'We are ready for talks at any time', 'Peskov'],
    ['single ‘…’', 'en', '‘We don’t want a new arms race,’ Peskov said.', 'We don’t want a new arms race', 'Peskov'],
    ['French « … » with inner spaces', 'fr', '« Nous sommes prêts à discuter », a déclaré Peskov.', 'Nous sommes prêts à discuter', 'Peskov'],
    ['guillemets «…» without spaces', 'es', '«Estamos listos para negociar», dijo Peskov.', 'Estamos listos para negociar', 'Peskov'],
  ])('reads %s', (_style, language, body, text, speaker) => {
    expect(quotesOf(body, language)).toEqual([{ text, speaker }]);
  });

  it('keeps nested quotes inside the outer quotation and multi-sentence quotes whole', () => {
    const [quote] = quotesOf('„Er nannte das ‚völlig inakzeptabel‘. Wir sehen das anders. Das ist klar“, sagte Lawrow.', 'de');
    expect(quote).toEqual({ text: 'Er nannte das ‚völlig inakzeptabel‘. Wir sehen das anders. Das ist klar', speaker: 'Lawrow' });
  });
});

describe('extractQuotes: speakers', () => {
  it('finds the speaker before the quote, with a title dropped from the display name', () => {
    expect(quotesOf('Kremlsprecher Dmitri Peskow sagte: „Ein Treffen ist möglich, aber nicht sofort.“', 'de')).toEqual([
      { text: 'Ein Treffen ist möglich, aber nicht sofort.', speaker: 'Dmitri Peskow' },
    ]);
    expect(quotesOf('Foreign Minister Sergei Lavrov told reporters: "There will be no concessions on this."', 'en')[0]!.speaker).toBe('Sergei Lavrov');
  });

  it('finds the speaker after the quote, also behind a description and a comma', () => {
    expect(quotesOf('"We will not pay the criminals a cent," said Mayor Brandon Scott.', 'en')[0]!.speaker).toBe('Brandon Scott');
    expect(quotesOf('«Vamos a recurrir porque la sanción es injusta», afirmó el presidente del club, Enrique Cerezo.', 'es')[0]!.speaker).toBe(
      'Enrique Cerezo',
    );
    expect(quotesOf('"This is the most serious campaign we have seen," Senator Mark Warner, the committee chairman, said.', 'en')[0]!.speaker).toBe(
      'Mark Warner',
    );
  });

  it('finds the speaker in the next sentence', () => {
    expect(quotesOf('„Wir werden diesen Weg gemeinsam bis zum Ende gehen.“ Das sagte Kanzler Olaf Scholz am Montag.', 'de')[0]!.speaker).toBe('Olaf Scholz');
  });

  it('resolves a pronoun to the last named person', () => {
    const body = 'Ukraine’s defence minister Oleksii Reznikov visited the front on Monday.\n\n"Our soldiers are advancing step by step," he said.';
    expect(quotesOf(body, 'en')[0]!.speaker).toBe('Oleksii Reznikov');
  });

  it('resolves the unwritten Spanish subject to the person last named', () => {
    const body =
      'La presidenta mexicana, Claudia Sheinbaum, advirtió de que su Gobierno responderá. «México merece respeto y no aceptará imposiciones», señaló en su conferencia matutina.';
    expect(quotesOf(body, 'es')[0]!.speaker).toBe('Claudia Sheinbaum');
  });

  it('describes unnamed sources instead of guessing a name, and leaves unknown speakers empty', () => {
    expect(quotesOf('"We are closer than we have been, but not there yet," a U.S. official briefed on the talks said.', 'en')[0]!.speaker).toBe(
      'U.S. official',
    );
    expect(
      quotesOf('Senator Jane Doe spoke first.\n\n"Georgians deserve a senator who shows up for them," the Democratic incumbent said.', 'en')[0]!.speaker,
    ).toBeNull();
    expect(quotesOf('„Es tut weh, aber ich komme zurück“, schrieb der 24-Jährige auf Instagram.', 'de')[0]!.speaker).toBeNull();
  });

  it('keeps a role with its organisation as the speaker, not a word of the organisation or an earlier name', () => {
    expect(
      quotesOf(
        '„Die Menschen in Ost-Ghuta brauchen jetzt eine echte Feuerpause, nicht nur Versprechen“, sagte ein Sprecher des Roten Kreuzes in Genf.',
        'de',
      )[0]!.speaker,
    ).toBe('Sprecher des Roten Kreuzes');
    expect(quotesOf('„Wir fordern eine sofortige Waffenruhe“, sagte ein Sprecher des russischen Außenministeriums am Montag.', 'de')[0]!.speaker).toBe(
      'Sprecher des russischen Außenministeriums',
    );
    const geneva =
      'Negotiators met in Geneva to resume talks on the future of the New START treaty.\n\n"Both sides understand that without limits, we are heading back to an arms race nobody can win," the head of the U.S. delegation said after the first session.';
    expect(quotesOf(geneva, 'en')[0]!.speaker).toBe('the head of the U.S. delegation');
    expect(quotesOf('"We will keep talking to them," a spokesman for the Red Cross said on Monday.', 'en')[0]!.speaker).toBe('spokesman for the Red Cross');
    expect(quotesOf('« Nous ne céderons pas à la pression », a déclaré le porte-parole du ministère.', 'fr')[0]!.speaker).toBe('le porte-parole du ministère');
    expect(quotesOf('« La Chine prendra toutes les mesures nécessaires », a déclaré un porte-parole du ministère chinois du Commerce.', 'fr')[0]!.speaker).toBe(
      'porte-parole du ministère chinois du Commerce',
    );
    expect(quotesOf('«No vamos a aceptar ninguna imposición», dijo el portavoz del Gobierno este lunes.', 'es')[0]!.speaker).toBe('el portavoz del Gobierno');
  });

  it('prefers a name in apposition to the role phrase', () => {
    expect(quotesOf('"We will keep talking," the head of the U.S. delegation, Marshall Billingslea, said.', 'en')[0]!.speaker).toBe('Marshall Billingslea');
    expect(quotesOf('«No vamos a aceptar ninguna imposición», dijo el portavoz del Gobierno, Pilar Alegría.', 'es')[0]!.speaker).toBe('Pilar Alegría');
  });

  it('names institutions, in the article language', () => {
    expect(quotesOf('"The president has made his position clear," the White House said in a statement.', 'en')[0]!.speaker).toBe('White House');
    expect(quotesOf('„Wir dulden keine Spionage auf deutschem Boden“, teilte das Auswärtige Amt mit.', 'de')[0]!.speaker).toBe('Auswärtiges Amt');
    expect(quotesOf('„Die Gespräche waren konstruktiv und sachlich“, hieß es in der Mitteilung des Kremls.', 'de')[0]!.speaker).toBe('Kreml');
  });

  it('gives an anonymous statement to the institution named before it, or the government of the capital it came from', () => {
    const body = 'Der Kreml äußerte sich am Dienstag.\n\nBeide hätten „über ein mögliches Treffen im Sommer gesprochen“, hieß es in der Mitteilung.';
    expect(quotesOf(body, 'de')[0]!.speaker).toBe('Kreml');
    expect(quotesOf('Beide wollen „die Gespräche auf allen Ebenen fortsetzen“, hieß es in Washington.', 'de')[0]!.speaker).toBe('Weißes Haus');
  });

  it('takes the seed story quote as the Kremlin’s and keeps Peskow’s indirect speech apart', () => {
    const { quotes, statements } = extractQuotes(seedArticle(), 'de');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: SEED_QUOTE, speaker: 'Kreml', kind: 'direct' });
    expect(statements).toContainEqual(
      expect.objectContaining({ text: 'Ein Termin für das Treffen stehe noch nicht fest', speaker: 'Dmitri Peskow', kind: 'indirect' }),
    );
    expect(quotes.map((quote) => quote.text).join(' ')).not.toContain('Termin');
  });
});

describe('extractQuotes: what is not a quotation', () => {
  it.each([
    ['scare quotes', 'en', 'The so-called "peace plan" was rejected by both sides on Monday.'],
    ['a single word', 'de', 'Moskau nannte die Maßnahmen „illegal“ und drohte mit Antworten.'],
    ['a film title', 'en', 'The film "War and Peace" opened in Moscow cinemas on Friday evening.'],
    ['a newspaper name', 'de', 'Das berichtete die Zeitung „Die Welt“ am Sonntag unter Berufung auf Diplomaten.'],
    ['a Title Case name', 'en', 'The group calls itself "Free Russian Legion Forces" and claims attacks.'],
  ])('ignores %s', (_what, language, body) => {
    expect(extractQuotes(body, language).quotes).toEqual([]);
  });

  it('reports indirect speech as statements with their speakers', () => {
    const { quotes, statements } = extractQuotes(
      'Peskov said Russia did not regard the silence as an unfriendly act. Die Sanktionen seien ein Fehler, sagte Lawrow am Montag.',
      'en',
    );
    expect(quotes).toEqual([]);
    expect(statements.map((statement) => statement.speaker)).toEqual(expect.arrayContaining(['Peskov']));
  });

  it('ranks attributed, substantial quotes first', () => {
    const body =
      '"Yes, maybe," someone whispered.\n\n"We will rebuild every school and every hospital that was destroyed in this war," President Volodymyr Zelensky said.';
    expect(extractQuotes(body, 'en').quotes[0]!.speaker).toBe('Volodymyr Zelensky');
  });
});
