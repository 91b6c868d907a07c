import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/index.js';

const speakersOf = (body: string, language: string): (string | null | undefined)[] => extractQuotes(body, language).quotes.map((quote) => quote.speaker);

describe('a job title no role list knows, written before a given name and a surname, is no part of the name', () => {
  it('drops the title in all four languages', () => {
    expect(speakersOf('„Die Fähre bleibt heute im Hafen“, sagte Schleusenwärter Tobias Kerner am Morgen in Emden.', 'de')).toEqual(['Tobias Kerner']);
    expect(speakersOf('"The ferry stays in port today," said Lockkeeper Tobias Kerner in Emden.', 'en')).toEqual(['Tobias Kerner']);
    expect(speakersOf('« Le ferry reste au port aujourd’hui », a déclaré Éclusier Tobias Kerner à Emden.', 'fr')).toEqual(['Tobias Kerner']);
    expect(speakersOf('«El ferri se queda hoy en el puerto», dijo Esclusero Tobias Kerner en Emden.', 'es')).toEqual(['Tobias Kerner']);
  });

  it('drops it when the title opens the sentence before the speech verb', () => {
    expect(speakersOf('Deichgräfin Sabine Olthoff warnte am Abend: „Der Pegel steigt weiter.“', 'de')).toEqual(['Sabine Olthoff']);
    expect(speakersOf('Dykereeve Sabine Olthoff warned on Monday: "The water is still rising."', 'en')).toEqual(['Sabine Olthoff']);
  });

  it('lets a later mention of the title find the person the article named', () => {
    const german =
      '„Wir haben die Brücke vorsorglich gesperrt“, sagte Kreisbaurat Peter Hollweg (CDU) am Dienstag in Celle. Gutachter sollen die Pfeiler prüfen. Später betonte der Kreisbaurat: „Vor Freitag öffnen wir nicht.“';
    expect(speakersOf(german, 'de')).toEqual(['Peter Hollweg', 'Peter Hollweg']);
  });

  it('keeps a name whose first given name is known, with a second given name after it', () => {
    expect(speakersOf('„Wir bleiben dabei“, sagte Anna Maria Olthoff in Emden.', 'de')).toEqual(['Anna Maria Olthoff']);
    expect(speakersOf('"We stand by it," said Peter Paul Olthoff in Emden.', 'en')).toEqual(['Peter Paul Olthoff']);
  });
});
