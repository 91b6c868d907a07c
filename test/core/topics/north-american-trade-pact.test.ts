import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** The North American trade pact by its names (USMCA, T-MEC, ACEUM, NAFTA) and its rules of origin are trade. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: the North American trade pact', () => {
  it.each([
    ['en', 'Ottawa sets out its review goals', 'Canada wants the USMCA review to leave the rules of origin for cars as they are, the minister said.'],
    ['de', 'Kanada nennt seine Ziele', 'Kanada will bei der Überprüfung des USMCA die Ursprungsregeln für Autos unverändert lassen, sagte die Ministerin.'],
    ['fr', 'Ottawa fixe ses objectifs', 'Le Canada veut que la révision de l’ACEUM laisse inchangées les règles d’origine des voitures, a dit la ministre.'],
    ['es', 'Ottawa fija sus objetivos', 'Canadá quiere que la revisión del T-MEC deje intactas las reglas de origen de los autos, dijo la ministra.'],
  ])('is trade (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('trade');
  });
});
