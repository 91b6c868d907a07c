import type { TopicSpec } from './spec.js';

export const TERRORISM: TopicSpec = {
  id: 'terrorism',
  labels: {
    de: 'Terrorismus',
    en: 'Terrorism',
    fr: 'Terrorisme',
    es: 'Terrorismo'
  },
  description: 'Terrorist attacks, plots and counter-terrorism.',
  iptc: 'medtop:20000565',
  terms: {
    de: [
      'Terror:2',
      'Terroranschlag:3',
      'Terroranschläge:3',
      'Terrorangriff:3',
      'Terrorist:3',
      'Terroristen:3',
      'terroristisch:3',
      'terroristischen:3',
      'Terrormiliz:3',
      'Terrorzelle:3',
      'Terrorismus:3',
      'Terrorismusbekämpfung:2',
      'Anti-Terror:2',
      'Selbstmordattentäter:3',
      'Attentäter:2',
      'Attentat:2',
      '~Anschlag:2',
      'Sprengstoffanschlag:3',
      'Bombenanschlag:3',
      'Islamisten:2',
      'islamistisch:2',
      'dschihadistisch:3',
      'Dschihadisten:3',
      'IS-Miliz:3',
      'Al-Kaida:3',
      'Geiselnahme:2',
      'Bekennerschreiben:3',
      'Terrorverdacht:3'
    ],
    en: [
      'terror:2',
      'terrorist:3',
      'terrorists:3',
      'terrorism:3',
      'terror attack:3',
      'terrorist attack:3',
      'counter-terrorism:2',
      'counterterrorism:2',
      'suicide bomber:3',
      'suicide bombing:3',
      'car bomb:3',
      'bombing:2',
      '~attack:1',
      'jihadist:3',
      'jihadists:3',
      'Islamist:2',
      'Islamic State:3',
      'al-Qaeda:3',
      'al-Shabab:3',
      'hostage-taking:2',
      'claimed responsibility:2',
      'terror plot:3',
      'extremist:1',
      'militants:1'
    ],
    fr: [
      'terrorisme:3',
      'terroriste:3',
      'terroristes:3',
      'attentat:3',
      'attentats:3',
      'antiterroriste:2',
      'kamikaze:3',
      'voiture piégée:3',
      'djihadiste:3',
      'djihadistes:3',
      'jihadiste:3',
      'islamiste:2',
      'État islamique:3',
      'Al-Qaïda:3',
      'prise d’otages:2',
      'revendiqué:2',
      'lutte antiterroriste:2'
    ],
    es: [
      'terrorismo:3',
      'terrorista:3',
      'terroristas:3',
      'atentado:3',
      'atentados:3',
      'antiterrorista:2',
      'suicida:2',
      'coche bomba:3',
      'yihadista:3',
      'yihadistas:3',
      'islamista:2',
      'Estado Islámico:3',
      'Al Qaeda:3',
      'toma de rehenes:2',
      'reivindicó:2',
      'lucha antiterrorista:2'
    ]
  },
  negative: {
    en: [
      'heart attack',
      'panic attack',
      'cyberattack',
      'cyber attack',
      'ransomware',
      'hackers',
      'shark attack',
      'dog attack'
    ],
    de: [
      'Herzinfarkt',
      'Hackerangriff',
      'Cyberangriff',
      'Hacker'
    ]
  },
  context: {
    en: [
      'police',
      'killed',
      'explosion',
      'bomb',
      'gunman',
      'suspect',
      'militant',
      'extremist'
    ],
    de: [
      'Polizei',
      'getötet',
      'Explosion',
      'Bombe',
      'Täter',
      'Verdächtige',
      'Sprengsatz'
    ]
  }
};
