import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A nuclear programme named as what sanctions are over ("sanctions linked to its nuclear programme") is the sanctions
 * story's setting; in a story about the programme itself (its talks, its inspections) it is arms control.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a nuclear programme as the object of sanctions', () => {
  it.each([
    [
      'en',
      'EU sanctions six shipping firms',
      'The European Union froze the assets of six shipping firms on Monday and barred their managers from entering the bloc. The firms are accused of carrying drones to Russia.\n\nThe companies will no longer be able to trade with European firms. Moscow called the decision illegal.\n\nThe bloc already restored its sanctions on the country last year over its nuclear programme.',
    ],
    [
      'fr',
      'L’UE sanctionne six armateurs',
      'L’Union européenne a gelé lundi les avoirs de six armateurs et interdit leurs dirigeants de séjour. Les sociétés sont accusées d’avoir transporté des drones vers la Russie.\n\nLes entreprises ne pourront plus commercer avec des sociétés européennes. Moscou a dénoncé une décision illégale.\n\nL’UE avait déjà rétabli l’an dernier ses sanctions contre le pays, liées à son programme nucléaire.',
    ],
    [
      'es',
      'La UE sanciona a seis navieras',
      'La Unión Europea congeló el lunes los bienes de seis navieras y prohibió la entrada a sus directivos. Las empresas están acusadas de transportar drones a Rusia.\n\nLas compañías ya no podrán comerciar con empresas europeas. Moscú denunció una decisión ilegal.\n\nLa UE ya había restablecido el año pasado sus sanciones contra el país por su programa nuclear.',
    ],
  ])('is the sanctions story’s setting (%s)', (language, title, body) => {
    const topics = topicsOf(title, body, language);
    expect(topics).toContain('sanctions');
    expect(topics).not.toContain('arms-control');
  });

  it('a story about the programme itself is arms control (en)', () => {
    const body =
      'Talks on the country’s nuclear programme resumed in Vienna on Tuesday. Inspectors want access to two enrichment sites.\n\nThe nuclear programme has grown fast since the deal collapsed, the agency says.';
    expect(topicsOf('Nuclear programme talks resume in Vienna', body, 'en')).toContain('arms-control');
  });
});
