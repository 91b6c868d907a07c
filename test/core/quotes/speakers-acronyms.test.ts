import { describe, expect, it } from 'vitest';
import { extractQuotes, speakerAliasKey, speakerKey } from '../../../src/core/index.js';

const speakerOf = (body: string, language: string): string | null => extractQuotes(body, language).quotes[0]?.speaker ?? null;

describe('extractQuotes: an acronym the article defines is shown by its full name', () => {
  it.each([
    [
      'de',
      'Das Bundesamt für Strahlenschutz (BFS) hat neue Messwerte veröffentlicht. "Die Werte liegen deutlich unter den Grenzwerten der Verordnung", erklärte das BFS.',
      'Bundesamt für Strahlenschutz (BFS)',
    ],
    [
      'en',
      'Officials at the Federal Aviation Administration (FAA) grounded the fleet on Friday. "No aircraft of this type will fly until the checks are complete," the FAA said.',
      'Federal Aviation Administration (FAA)',
    ],
    [
      'fr',
      "Le Bureau d'enquêtes et d'analyses (BEA) a publié un rapport mardi. « Les pilotes n'avaient reçu aucune alerte avant le décrochage », a déclaré le BEA.",
      "Bureau d'enquêtes et d'analyses (BEA)",
    ],
    [
      'es',
      'La Dirección General de Tráfico (DGT) publicó el balance del verano. "Las carreteras secundarias concentran la mayoría de los accidentes mortales", señaló la DGT.',
      'Dirección General de Tráfico (DGT)',
    ],
  ])('%s', (language, body, speaker) => {
    expect(speakerOf(body, language)).toBe(speaker);
  });

  it('a capitalised acronym ("Cnil") spelled by lower-case words of the name', () => {
    const body =
      "La Commission nationale de l'informatique et des libertés (Cnil) a sanctionné l'entreprise. « Les données des clients étaient conservées sans aucune limite de durée », a précisé la Cnil.";
    expect(speakerOf(body, 'fr')).toBe("Commission nationale de l'informatique et des libertés (Cnil)");
  });

  const faa = '"No aircraft of this type will fly until the checks are complete," the FAA said.';

  it('an apposition is no definition: "FAA, the aviation regulator" keeps the acronym, "(FAA)" gives the name', () => {
    expect(speakerOf(`The FAA, the aviation regulator, grounded the fleet on Friday. ${faa}`, 'en')).toBe('FAA');
    expect(speakerOf(`The Federal Aviation Administration (FAA) grounded the fleet on Friday. ${faa}`, 'en')).toBe('Federal Aviation Administration (FAA)');
  });

  it('words before a bracket that do not spell the acronym define nothing', () => {
    expect(speakerOf(`The Federal Aviation Administration (FSA) grounded the fleet. ${faa.replace('FAA', 'FSA')}`, 'en')).toBe('FSA');
    expect(speakerOf(`The Federal Safety Administration (FSA) grounded the fleet. ${faa.replace('FAA', 'FSA')}`, 'en')).toBe(
      'Federal Safety Administration (FSA)',
    );
  });

  it('the full name is keyed as the name alone, and the acronym is its second key', () => {
    const body =
      'La Dirección General de Tráfico (DGT) publicó el balance del verano. "Las carreteras secundarias concentran la mayoría de los accidentes mortales", señaló la DGT.';
    const speaker = speakerOf(body, 'es');
    expect(speaker).toBe('Dirección General de Tráfico (DGT)');
    // The same key as in an article that never gives the acronym; a look-up by the acronym goes through the alias.
    expect(speakerKey(speaker ?? '')).toBe(speakerKey('Dirección General de Tráfico'));
    expect(speakerKey(speaker ?? '')).not.toBe(speakerKey('DGT'));
    expect(speakerAliasKey(speaker ?? '')).toBe(speakerKey('DGT'));
  });

  it('only a name shown with an acronym after it has a second key', () => {
    expect(speakerAliasKey('Parquet national antiterroriste (Pnat)')).toBe(speakerKey('Pnat'));
    expect(speakerAliasKey('Dirección General de Tráfico')).toBeNull();
    expect(speakerAliasKey('DGT')).toBeNull();
    expect(speakerAliasKey('Angela Merkel')).toBeNull();
    // A bracket that is no acronym (lower case, too long) is no second name.
    expect(speakerAliasKey('Jane Doe (retired)')).toBeNull();
  });
});
