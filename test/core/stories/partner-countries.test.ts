import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { analysedCandidate } from './candidates.js';

/**
 * A visit's partner named only by nationality ("his Chilean counterpart", "seinem chilenischen Amtskollegen", "son
 * homologue chilien", "su homólogo chileno") is that country's: its key is one of the lead's partners, so two stops
 * of a one-template tour differ in their partners though neither report names one.
 */

function lead(body: string, language: LanguageCode) {
  const entities = new Set(extractEntities(body, language));
  return leadOf(tokenTable(''), tokenTable(body), entities);
}

describe('a partner named by nationality', () => {
  it('makes the country a partner, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Canada’s trade minister Paul Gauthier signed a lithium accord on Friday.\n\nGauthier met his Chilean counterpart for two hours.', 'en'],
      ['Kanadas Handelsminister Paul Gauthier hat am Freitag ein Lithium-Abkommen unterzeichnet.\n\nGauthier traf seinen chilenischen Amtskollegen.', 'de'],
      ['Le ministre canadien du Commerce Paul Gauthier a signé vendredi un accord sur le lithium.\n\nIl a rencontré son homologue chilien.', 'fr'],
      ['El ministro canadiense de Comercio, Paul Gauthier, firmó el viernes un acuerdo sobre litio.\n\nGauthier se reunió con su homólogo chileno.', 'es'],
    ];
    for (const [body, language] of cases) expect([...lead(body, language).partners], body).toContain('chile');
  });

  it('keeps a tour’s two stops apart when each names its host only as the partner’s nationality', () => {
    const monday = analysedCandidate(
      1,
      'Canada offers Chile help on lithium refining',
      'Canadian Trade Minister Paul Gauthier on Monday offered Chile a credit line of 2 billion dollars and 3 pilot refineries, as Ottawa seeks new battery supplies.\n\nGauthier signed a memorandum with his Chilean counterpart. "Supply chains need friends," he said.',
      '2026-11-09T10:00:00Z',
      'trade',
    );
    const tuesday = analysedCandidate(
      2,
      'Lithium : le Canada courtise l’Argentine',
      'Le ministre canadien du Commerce Paul Gauthier a proposé mardi à l’Argentine une ligne de crédit de 2 milliards de dollars et 3 raffineries pilotes, Ottawa cherchant de nouvelles sources pour ses batteries.\n\nM. Gauthier a signé un protocole avec son homologue argentin. « Les chaînes d’approvisionnement ont besoin d’amis », a-t-il déclaré.',
      '2026-11-10T10:00:00Z',
      'trade',
    );
    const [a, b] = clusterArticles([monday, tuesday]).map((assignment) => assignment.key);
    expect(a).not.toBe(b);
  });
});
