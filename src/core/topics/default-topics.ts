/**
 * The default taxonomy. Term syntax: "term:weight" (default 1), a leading "~"
 * marks an ambiguous term that only counts with political context in the same
 * sentence. German single words also match inside compounds.
 */
export interface TopicSpec {
  id: string;
  labels: { de: string; en: string; fr: string; es: string };
  description: string;
  iptc: string;
  threshold?: number;
  terms: { de: string[]; en: string[]; fr: string[]; es: string[] };
  negative?: Partial<Record<'de' | 'en' | 'fr' | 'es', string[]>>;
  context?: Partial<Record<'de' | 'en' | 'fr' | 'es', string[]>>;
}

export const DEFAULT_TOPICS: TopicSpec[] = [
  {
    id: 'summits',
    labels: { de: 'Gipfeltreffen', en: 'Summits', fr: 'Sommets', es: 'Cumbres' },
    description: 'Meetings or planned meetings of heads of state or government, G7/G20/NATO/EU summits.',
    iptc: 'medtop:20000641',
    terms: {
      de: ['Gipfeltreffen:3', 'Gipfelgespräch:3', 'Gipfelerklärung:3', 'Spitzentreffen:3', 'G7-Gipfel:3', 'G20-Gipfel:3', 'Nato-Gipfel:3', 'EU-Gipfel:3', 'Gipfelteilnehmer:2', 'Sondergipfel:3', 'Krisengipfel:3', 'Friedensgipfel:3', 'Klimagipfel:2', '~Gipfel:3', 'Staatsbesuch:1', 'Präsidententreffen:3', 'persönliches Treffen:2', '~Treffen der Staats- und Regierungschefs:3', 'Staats- und Regierungschefs:2', 'Gastgeber des Gipfels:2'],
      en: ['summit meeting:3', 'summitry:3', 'G7 summit:3', 'G20 summit:3', 'NATO summit:3', 'EU summit:3', '~summit:3', '~summits:3', 'leaders meet:2', 'leaders to meet:2', 'leaders will meet:2', 'heads of state:1', 'heads of government:1', 'leaders met:2', 'leaders will meet:2', 'face-to-face meeting:2', 'state visit:1', 'bilateral meeting:2', 'meeting between the two leaders:3', 'leaders summit:3'],
      fr: ['sommet du G7:3', 'sommet du G20:3', 'sommet de l’Otan:3', 'sommet européen:3', 'sommet bilatéral:3', '~sommet:3', '~sommets:3', 'chefs d’État:1', 'chefs de gouvernement:1', 'rencontre au sommet:3', 'tête-à-tête:2', 'visite d’État:1'],
      es: ['cumbre del G7:3', 'cumbre del G20:3', 'cumbre de la OTAN:3', 'cumbre europea:3', 'cumbre bilateral:3', '~cumbre:3', '~cumbres:3', 'jefes de Estado:1', 'jefes de Gobierno:1', 'reunión en la cumbre:3', 'cara a cara:2', 'visita de Estado:1'],
    },
    negative: {
      de: ['Berg', 'Bergsteiger', 'Bergsteigerin', 'Bergführer', 'Gipfelkreuz', 'Höhenmeter', 'Alpen', 'Everest', 'Zugspitze', 'Kletterer', 'Wanderer', 'Wanderung', 'Frechheit', 'Unverschämtheit', 'Dreistigkeit', 'Zynismus', 'Heuchelei', 'Gipfel der', 'Gipfelsturm', 'Expedition', 'Seilschaft', 'Tabellenspitze'],
      en: ['mountain', 'mountaineer', 'mountaineers', 'climber', 'climbers', 'climbing', 'hikers', 'hiking', 'Everest', 'peak', 'ridge', 'expedition', 'Sherpa', 'Sherpas', 'summit push', 'base camp', 'oxygen', 'altitude'],
      fr: ['montagne', 'alpiniste', 'alpinistes', 'randonneurs', 'Everest', 'Mont-Blanc', 'cordée', 'escalade', 'altitude', 'expédition'],
      es: ['montaña', 'alpinista', 'alpinistas', 'escaladores', 'senderistas', 'Everest', 'Aconcagua', 'expedición', 'altitud', 'cima del'],
    },
    context: {
      de: ['Staatschef', 'Regierungschef', 'Präsident', 'Präsidenten', 'Kanzler', 'Premier', 'Kreml', 'Weißes Haus', 'Nato', 'EU', 'G7', 'G20', 'Treffen', 'Staats', 'Gastgeber', 'Delegation', 'Abschlusserklärung'],
      en: ['leaders', 'leader', 'president', 'presidents', 'chancellor', 'prime minister', 'Kremlin', 'White House', 'NATO', 'EU', 'G7', 'G20', 'host', 'delegation', 'communique', 'talks'],
      fr: ['dirigeants', 'président', 'chancelier', 'Premier ministre', 'Kremlin', 'Maison Blanche', 'Otan', 'UE', 'G7', 'G20', 'délégation', 'rencontre'],
      es: ['líderes', 'presidente', 'canciller', 'primer ministro', 'Kremlin', 'Casa Blanca', 'OTAN', 'UE', 'G7', 'G20', 'delegación', 'reunión'],
    },
  },
  {
    id: 'arms-control',
    labels: { de: 'Rüstungskontrolle', en: 'Arms control', fr: 'Contrôle des armements', es: 'Control de armamentos' },
    description: 'Arms race, disarmament, arms-control treaties, non-proliferation, weapons programmes and talks to limit them.',
    iptc: 'medtop:20000645',
    terms: {
      de: ['Rüstungskontrolle:3', 'Abrüstung:3', 'Wettrüsten:3', 'Rüstungswettlauf:3', 'Aufrüstung:2', 'Nichtverbreitung:3', 'Atomwaffensperrvertrag:3', 'Atomwaffen:2', 'Atomwaffe:2', 'Kernwaffen:2', 'Atomprogramm:3', 'Atomabkommen:3', 'Atomsprengköpfe:3', 'Sprengköpfe:2', 'Waffenprogramm:3', 'Raketenprogramm:3', 'Atomtest:2', 'Uran-Anreicherung:3', 'Urananreicherung:3', 'angereichertes Uran:3', 'INF-Vertrag:3', 'New Start:3', 'Abrüstungsvertrag:3', 'Rüstungsbegrenzung:3', 'Mittelstreckenraketen:2', 'Interkontinentalraketen:2', 'Massenvernichtungswaffen:2', 'Chemiewaffen:2', 'strategische Stabilität:2', 'Denuklearisierung:3', 'IAEA:2', 'IAEO:2'],
      en: ['arms control:3', 'arms race:3', 'disarmament:3', 'non-proliferation:3', 'nonproliferation:3', 'nuclear weapons:2', 'nuclear weapon:2', 'nuclear arsenal:2', 'nuclear programme:3', 'nuclear program:3', 'weapons programme:3', 'weapons program:3', 'missile programme:3', 'missile program:3', 'nuclear deal:3', 'warheads:2', 'uranium enrichment:3', 'enriched uranium:3', 'enrich uranium:3', 'New START:3', 'INF treaty:3', 'arms-control:3', 'test ban:3', 'nuclear test:2', 'weapons of mass destruction:2', 'chemical weapons:2', 'strategic stability:2', 'denuclearisation:3', 'denuclearization:3', 'IAEA:2', '~arms:1', 'arms limitation:3', 'arms reduction:3'],
      fr: ['contrôle des armements:3', 'course aux armements:3', 'désarmement:3', 'non-prolifération:3', 'armes nucléaires:2', 'arme nucléaire:2', 'arsenal nucléaire:2', 'programme nucléaire:3', 'programme d’armement:3', 'programme balistique:3', 'accord sur le nucléaire:3', 'accord nucléaire:3', 'ogives:2', 'enrichissement d’uranium:3', 'uranium enrichi:3', 'traité New Start:3', 'traité FNI:3', 'essai nucléaire:2', 'armes chimiques:2', 'stabilité stratégique:2', 'dénucléarisation:3', 'AIEA:2'],
      es: ['control de armamentos:3', 'control de armas:3', 'carrera armamentística:3', 'carrera armamentista:3', 'desarme:3', 'no proliferación:3', 'armas nucleares:2', 'arma nuclear:2', 'arsenal nuclear:2', 'programa nuclear:3', 'programa de armas:3', 'programa de misiles:3', 'acuerdo nuclear:3', 'ojivas:2', 'enriquecimiento de uranio:3', 'uranio enriquecido:3', 'tratado New Start:3', 'ensayo nuclear:2', 'armas químicas:2', 'estabilidad estratégica:2', 'desnuclearización:3', 'OIEA:2'],
    },
    negative: {
      en: ['broke', 'broken', 'legs', 'shoulders', 'hands', 'elbows', 'wrapped', 'folded', 'outstretched', 'tattoo', 'tattoos', 'coat of arms', 'open arms', 'arms around', 'arms dealer', 'arms fair', 'biceps', 'muscles', 'hug', 'sleeves', 'yoga', 'stretch'],
      de: ['Waffenschein', 'Jäger', 'Schützenverein', 'Polizei', 'Messer'],
    },
    context: {
      en: ['treaty', 'nuclear', 'missiles', 'weapons', 'talks', 'limit', 'reduce', 'control', 'race', 'embargo', 'sales', 'Russia', 'China', 'United States', 'Iran'],
      de: ['Vertrag', 'Atom', 'Raketen', 'begrenzen', 'Verhandlungen'],
      fr: ['traité', 'nucléaire', 'missiles', 'négociations'],
      es: ['tratado', 'nuclear', 'misiles', 'negociaciones'],
    },
  },
  {
    id: 'sanctions',
    labels: { de: 'Sanktionen', en: 'Sanctions', fr: 'Sanctions', es: 'Sanciones' },
    description: 'Economic and political sanctions, embargoes, asset freezes and export bans between states.',
    iptc: 'medtop:20000642',
    terms: {
      de: ['~Sanktionen:2', '~Sanktion:2', 'Sanktionspaket:3', 'Sanktionen gegen:3', 'Sanktionen verhängt:3', 'Sanktionen verhängen:3', 'Sanktionen verschärft:3', 'Strafmaßnahmen:2', 'Embargo:3', 'Ölembargo:3', 'Waffenembargo:3', 'Exportverbot:2', 'Einreiseverbot:2', 'Vermögenswerte eingefroren:3', 'eingefrorene Vermögen:3', 'Sanktionsliste:3', 'Strafzölle gegen:1', 'Handelsbeschränkungen:1', 'Ausfuhrverbot:2', 'Vermögenssperre:3'],
      en: ['~sanctions:2', '~sanction:2', 'sanctions package:3', 'sanctions against:3', 'sanctions on:3', 'new sanctions:3', 'imposed sanctions:2', 'embargo:3', 'oil embargo:3', 'arms embargo:3', 'export ban:2', 'export controls:2', 'travel ban:2', 'asset freeze:3', 'assets frozen:3', 'froze the assets:3', 'blacklisted:2', 'sanctioned:2', 'punitive measures:2', 'price cap:2'],
      fr: ['~sanctions:2', '~sanction:2', 'paquet de sanctions:3', 'sanctions contre:3', 'nouvelles sanctions:3', 'embargo:3', 'gel des avoirs:3', 'avoirs gelés:3', 'interdiction d’exporter:2', 'mesures punitives:2', 'liste noire:2', 'mesures restrictives:2'],
      es: ['~sanciones:2', '~sanción:2', 'paquete de sanciones:3', 'sanciones contra:3', 'impuso sanciones:2', 'nuevas sanciones:3', 'embargo:3', 'congelación de activos:3', 'activos congelados:3', 'prohibición de exportar:2', 'medidas punitivas:2', 'lista negra:2', 'medidas restrictivas:2'],
    },
    negative: {
      de: ['Verein', 'Klub', 'Liga', 'Bundesliga', 'UEFA', 'FIFA', 'DFB', 'Schiedsrichter', 'Spieler', 'Spielerin', 'Doping', 'Sperre', 'Fans', 'Stadion', 'Trainer', 'Tor', 'Sportgericht', 'Mannschaft', 'Jobcenter', 'Bürgergeld', 'Schule'],
      en: ['club', 'league', 'UEFA', 'FIFA', 'referee', 'player', 'players', 'doping', 'fans', 'stadium', 'coach', 'match', 'team', 'penalty', 'suspended', 'ban for', 'disciplinary', 'Premier League', 'athlete', 'athletes', 'federation'],
      fr: ['club', 'Ligue', 'UEFA', 'FIFA', 'arbitre', 'joueur', 'joueurs', 'dopage', 'supporters', 'stade', 'entraîneur', 'match', 'équipe', 'fédération', 'suspendu'],
      es: ['club', 'Liga', 'UEFA', 'FIFA', 'árbitro', 'jugador', 'jugadores', 'dopaje', 'aficionados', 'estadio', 'entrenador', 'partido de', 'equipo', 'federación', 'suspendido'],
    },
  },
  {
    id: 'elections',
    labels: { de: 'Wahlen', en: 'Elections', fr: 'Élections', es: 'Elecciones' },
    description: 'Elections and referendums, campaigns, results, election observers and interference.',
    iptc: 'medtop:20000574',
    terms: {
      de: ['~Wahl:2', '~Wahlen:2', 'Wahlsieg:3', 'Wahlsieger:3', 'Wahlkampf:3', 'Wahlbeobachter:3', 'Wahlbeteiligung:3', 'Wahllokal:3', 'Wahllokale:3', 'Präsidentschaftswahl:3', 'Parlamentswahl:3', 'Bundestagswahl:3', 'Landtagswahl:3', 'Kommunalwahl:3', 'Europawahl:3', 'Stichwahl:3', 'Regionalwahl:3', 'Präsidentenwahl:3', 'Kongresswahl:3', 'Zwischenwahlen:3', 'Gouverneurswahl:3', 'Bürgermeisterwahl:2', 'Wahlurne:3', 'Neuwahl:3', 'Neuwahlen:3', 'Wahlbetrug:3', 'Wahlmanipulation:3', 'Wahlergebnis:3', 'Urnengang:3', 'Stimmzettel:2', 'Wählerinnen und Wähler:2', 'Wähler:1', 'Referendum:2', 'Volksabstimmung:2', 'Wahlkommission:3', 'Einmischung in die Wahl:3', 'wiedergewählt:2', '~Stimmen:1', 'Kandidat:1', 'Kandidatin:1'],
      en: ['~election:2', '~elections:2', 'presidential election:3', 'parliamentary election:3', 'general election:3', 'midterm elections:3', 'election campaign:3', 'election observers:3', 'election monitors:3', 'election interference:3', 'election fraud:3', 'voter turnout:3', 'turnout:1', 'polling stations:3', 'ballot:2', 'ballots:2', 'voters:1', '~vote:1', 'runoff:3', 're-election:2', 're-elected:2', 'referendum:2', 'electoral commission:3', 'landslide:1', 'exit polls:3', 'candidate:1', 'meddling in the election:3', 'electoral:2'],
      fr: ['~élection:2', '~élections:2', 'élection présidentielle:3', 'élections législatives:3', 'législatives:2', 'présidentielle:3', 'campagne électorale:3', 'observateurs électoraux:3', 'observateurs:1', 'fraude électorale:3', 'taux de participation:3', 'bureaux de vote:3', 'scrutin:3', 'électeurs:1', 'second tour:2', 'réélu:2', 'réélection:2', 'référendum:2', 'ingérence électorale:3', 'candidat:1', 'électoral:2'],
      es: ['~elección:2', '~elecciones:2', 'elecciones presidenciales:3', 'elecciones generales:3', 'elecciones legislativas:3', 'campaña electoral:3', 'observadores electorales:3', 'fraude electoral:3', 'participación electoral:3', 'colegios electorales:3', 'urnas:2', 'votantes:1', 'electores:1', 'segunda vuelta:3', 'reelegido:2', 'reelección:2', 'referéndum:2', 'injerencia electoral:3', 'candidato:1', 'comicios:3', 'electoral:2'],
    },
    negative: {
      de: ['Aufsichtsrat', 'Aufsichtsrats', 'Vorstand', 'Vorstands', 'Aktionäre', 'Hauptversammlung', 'Konzern', 'Unternehmen', 'Vorstandschef', 'Betriebsrat', 'Verein', 'Vereinspräsident', 'Spieler des Jahres', 'Miss', 'Wahl des Aufsichtsrats', 'Qual der Wahl', 'erste Wahl', 'Wahl des Vorstands'],
      en: ['board', 'shareholders', 'shareholder', 'chairman of the board', 'board of directors', 'CEO', 'company', 'corporate', 'annual general meeting', 'club', 'player of the year', 'pageant', 'fan vote', 'stockholders'],
      fr: ['conseil d’administration', 'actionnaires', 'assemblée générale', 'entreprise', 'société', 'PDG', 'club'],
      es: ['consejo de administración', 'accionistas', 'junta de accionistas', 'junta general', 'empresa', 'compañía', 'consejero delegado', 'club'],
    },
  },
  {
    id: 'terrorism',
    labels: { de: 'Terrorismus', en: 'Terrorism', fr: 'Terrorisme', es: 'Terrorismo' },
    description: 'Terrorist attacks, plots and counter-terrorism.',
    iptc: 'medtop:20000565',
    terms: {
      de: ['Terror:2', 'Terroranschlag:3', 'Terroranschläge:3', 'Terrorangriff:3', 'Terrorist:3', 'Terroristen:3', 'terroristisch:3', 'terroristischen:3', 'Terrormiliz:3', 'Terrorzelle:3', 'Terrorismus:3', 'Terrorismusbekämpfung:2', 'Anti-Terror:2', 'Selbstmordattentäter:3', 'Attentäter:2', 'Attentat:2', '~Anschlag:2', 'Sprengstoffanschlag:3', 'Bombenanschlag:3', 'Islamisten:2', 'islamistisch:2', 'dschihadistisch:3', 'Dschihadisten:3', 'IS-Miliz:3', 'Al-Kaida:3', 'Geiselnahme:2', 'Bekennerschreiben:3', 'Terrorverdacht:3'],
      en: ['terror:2', 'terrorist:3', 'terrorists:3', 'terrorism:3', 'terror attack:3', 'terrorist attack:3', 'counter-terrorism:2', 'counterterrorism:2', 'suicide bomber:3', 'suicide bombing:3', 'car bomb:3', 'bombing:2', '~attack:1', 'jihadist:3', 'jihadists:3', 'Islamist:2', 'Islamic State:3', 'al-Qaeda:3', 'al-Shabab:3', 'hostage-taking:2', 'claimed responsibility:2', 'terror plot:3', 'extremist:1', 'militants:1'],
      fr: ['terrorisme:3', 'terroriste:3', 'terroristes:3', 'attentat:3', 'attentats:3', 'antiterroriste:2', 'kamikaze:3', 'voiture piégée:3', 'djihadiste:3', 'djihadistes:3', 'jihadiste:3', 'islamiste:2', 'État islamique:3', 'Al-Qaïda:3', 'prise d’otages:2', 'revendiqué:2', 'lutte antiterroriste:2'],
      es: ['terrorismo:3', 'terrorista:3', 'terroristas:3', 'atentado:3', 'atentados:3', 'antiterrorista:2', 'suicida:2', 'coche bomba:3', 'yihadista:3', 'yihadistas:3', 'islamista:2', 'Estado Islámico:3', 'Al Qaeda:3', 'toma de rehenes:2', 'reivindicó:2', 'lucha antiterrorista:2'],
    },
    negative: {
      en: ['heart attack', 'panic attack', 'cyberattack', 'cyber attack', 'ransomware', 'hackers', 'shark attack', 'dog attack'],
      de: ['Herzinfarkt', 'Hackerangriff', 'Cyberangriff', 'Hacker'],
    },
    context: {
      en: ['police', 'killed', 'explosion', 'bomb', 'gunman', 'suspect', 'militant', 'extremist'],
      de: ['Polizei', 'getötet', 'Explosion', 'Bombe', 'Täter', 'Verdächtige', 'Sprengsatz'],
    },
  },
  {
    id: 'armed-conflict',
    labels: { de: 'Bewaffnete Konflikte', en: 'Armed conflict', fr: 'Conflits armés', es: 'Conflictos armados' },
    description: 'War, military offensives, fighting, ceasefires and peace deals.',
    iptc: 'medtop:20000056',
    terms: {
      de: ['~Krieg:2', 'Angriffskrieg:3', 'Bürgerkrieg:3', 'Kriegs:1', 'Offensive:2', 'Gegenoffensive:3', 'Truppen:2', 'Soldaten:2', 'Streitkräfte:2', 'Armee:2', 'Militär:1', 'Luftangriff:3', 'Luftangriffe:3', 'Drohnenangriff:3', 'Raketenangriff:3', 'Beschuss:3', 'Artillerie:3', 'Front:2', 'Frontlinie:3', 'Gefechte:3', 'Kämpfe:2', 'Invasion:3', 'Einmarsch:3', '~Waffenstillstand:3', '~Waffenruhe:3', 'Feuerpause:3', 'Friedensabkommen:2', 'Kriegsgefangene:3', 'Bodenoffensive:3', 'Besatzung:2', 'Krisenherde:1', 'Konfliktparteien:2'],
      en: ['~war:2', 'civil war:3', 'offensive:2', 'counteroffensive:3', 'counter-offensive:3', 'troops:2', 'soldiers:2', 'armed forces:2', 'army:1', 'military:1', 'airstrike:3', 'airstrikes:3', 'air strike:3', 'air strikes:3', 'drone strike:3', 'drone attack:3', 'missile strike:3', 'shelling:3', 'artillery:3', 'front line:3', 'frontline:3', 'fighting:2', 'invasion:3', 'invaded:3', '~ceasefire:3', '~cease-fire:3', '~truce:3', 'peace deal:2', 'prisoners of war:3', 'ground offensive:3', 'occupied territories:2', 'hostilities:3', 'combat:2'],
      fr: ['~guerre:2', 'guerre civile:3', 'offensive:2', 'contre-offensive:3', 'troupes:2', 'soldats:2', 'forces armées:2', 'armée:2', 'frappe aérienne:3', 'frappes aériennes:3', 'frappes:2', 'bombardements:3', 'bombardement:3', 'artillerie:3', 'ligne de front:3', 'combats:3', 'invasion:3', '~cessez-le-feu:3', '~trêve:3', 'accord de paix:2', 'prisonniers de guerre:3', 'hostilités:3', 'drones:1'],
      es: ['~guerra:2', 'guerra civil:3', 'ofensiva:2', 'contraofensiva:3', 'tropas:2', 'soldados:2', 'fuerzas armadas:2', 'ejército:2', 'ataque aéreo:3', 'ataques aéreos:3', 'bombardeo:3', 'bombardeos:3', 'artillería:3', 'línea del frente:3', 'frente:1', 'combates:3', 'invasión:3', '~alto el fuego:3', '~tregua:3', 'acuerdo de paz:2', 'prisioneros de guerra:3', 'hostilidades:3', 'drones:1'],
    },
    negative: {
      de: ['Handelskrieg', 'Zollkrieg', 'Preiskrieg', 'Wirtschaftskrieg', 'Rosenkrieg', 'Kulturkampf', 'Cyberkrieg', 'Rapper', 'Sänger', 'Sängerin', 'Influencer', 'Influencerin', 'Instagram', 'TikTok', 'Fehde', 'Schauspieler', 'Schauspielerin', 'Promi', 'Promis', 'Reality', 'Castingshow', 'Krieg der Worte', 'Krieg der Sterne'],
      en: ['trade war', 'price war', 'tariff war', 'war of words', 'culture war', 'bidding war', 'talent war', 'war on drugs', 'rapper', 'rappers', 'singer', 'singers', 'influencer', 'influencers', 'Instagram', 'TikTok', 'feud', 'actor', 'actress', 'celebrity', 'celebrities', 'reality', 'pop star', 'star wars', 'fans', 'diss track', 'podcast'],
      fr: ['guerre commerciale', 'guerre des prix', 'guerre des mots', 'rappeur', 'rappeurs', 'chanteur', 'chanteuse', 'influenceur', 'influenceuse', 'Instagram', 'TikTok', 'acteur', 'actrice', 'célébrité', 'téléréalité', 'clash'],
      es: ['guerra comercial', 'guerra de precios', 'guerra arancelaria', 'rapero', 'raperos', 'cantante', 'cantantes', 'influencer', 'influencers', 'Instagram', 'TikTok', 'actor', 'actriz', 'famosos', 'reality', 'polémica'],
    },
    context: {
      de: ['Truppen', 'Armee', 'Militär', 'Soldaten', 'Front', 'Kämpfe', 'Konflikt', 'Angriff', 'Angriffe', 'Rebellen', 'Miliz', 'Hamas', 'Hisbollah', 'Ukraine', 'Gaza', 'Russland', 'Israel'],
      en: ['troops', 'army', 'military', 'soldiers', 'front', 'fighting', 'conflict', 'attacks', 'rebels', 'militia', 'Hamas', 'Hezbollah', 'Ukraine', 'Gaza', 'Russia', 'Israel', 'invasion'],
      fr: ['troupes', 'armée', 'militaire', 'soldats', 'front', 'combats', 'conflit', 'rebelles', 'milice', 'Hamas', 'Ukraine', 'Gaza', 'Russie', 'Israël'],
      es: ['tropas', 'ejército', 'militar', 'soldados', 'frente', 'combates', 'conflicto', 'rebeldes', 'milicia', 'Hamás', 'Ucrania', 'Gaza', 'Rusia', 'Israel'],
    },
  },
  {
    id: 'diplomacy',
    labels: { de: 'Diplomatie', en: 'Diplomacy', fr: 'Diplomatie', es: 'Diplomacia' },
    description: 'Relations, talks and calls between leaders, envoys and ambassadors, expulsions of diplomats.',
    iptc: 'medtop:20000639',
    terms: {
      de: ['Diplomatie:2', 'diplomatisch:2', 'diplomatischen:2', 'Diplomaten:1', 'diplomatische Beziehungen:3', 'bilateral:2', 'bilaterale:2', 'bilateralen:2', 'Botschafter:3', 'Botschafterin:3', 'Botschaft:1', 'Gesandter:3', 'Sondergesandter:3', 'Außenminister:2', 'Außenministerin:2', 'Telefonat:3', 'telefoniert:3', 'Telefongespräch:3', 'bilateralen Beziehungen:3', '~Beziehungen:1', 'Verhältnis:1', 'ausgewiesen:2', 'Ausweisung:2', 'Staatsbesuch:2', 'Vermittler:2', 'Vermittlung:2', 'Friedensgespräche:2', 'Verhandlungen:1', '~Gespräche:1', 'Annäherung:2', 'einbestellt:3', 'Entspannung:1', 'Amtskollegen:2'],
      en: ['diplomacy:2', 'diplomatic:2', 'diplomats:1', 'diplomat:1', 'diplomatic relations:3', 'bilateral:2', '~relationship:1', 'two leaders:1', 'spoken by phone:3', 'by phone:2', 'ambassador:3', 'ambassadors:3', 'embassy:1', 'envoy:3', 'special envoy:3', 'foreign minister:2', 'secretary of state:2', 'phone call:3', 'telephone call:3', 'spoke by phone:3', 'bilateral relations:3', '~relations:1', '~ties:1', 'expelled:2', 'expulsion:2', 'state visit:2', 'mediator:2', 'mediation:2', 'peace talks:2', 'negotiations:1', '~talks:1', 'rapprochement:3', 'summoned the ambassador:3', 'détente:2', 'counterpart:2'],
      fr: ['diplomatie:2', 'diplomatique:2', 'diplomatiques:2', 'diplomates:1', 'relations diplomatiques:3', 'bilatéral:2', 'bilatérale:2', 'bilatérales:2', 'ambassadeur:3', 'ambassade:1', 'émissaire:3', 'envoyé spécial:3', 'ministre des Affaires étrangères:2', 'appel téléphonique:3', 'entretien téléphonique:3', 'relations bilatérales:3', '~relations:1', 'expulsé:2', 'expulsion:2', 'visite d’État:2', 'médiation:2', 'médiateur:2', 'pourparlers:2', 'négociations:1', 'rapprochement:2', 'convoqué l’ambassadeur:3', 'homologue:2'],
      es: ['diplomacia:2', 'diplomático:2', 'diplomática:2', 'diplomáticos:1', 'relaciones diplomáticas:3', 'bilateral:2', 'bilaterales:2', 'embajador:3', 'embajadora:3', 'embajada:1', 'enviado especial:3', 'ministro de Asuntos Exteriores:2', 'canciller:1', 'llamada telefónica:3', 'conversación telefónica:3', 'relaciones bilaterales:3', '~relaciones:1', 'expulsado:2', 'expulsión:2', 'visita de Estado:2', 'mediación:2', 'mediador:2', 'conversaciones de paz:2', 'negociaciones:1', 'acercamiento:2', 'convocó al embajador:3', 'homólogo:2'],
    },
    negative: {
      de: ['Kunden', 'Beziehungskrise', 'Partnerin', 'Freundin', 'Ehe'],
      en: ['customers', 'public relations', 'investor relations', 'girlfriend', 'boyfriend', 'marriage', 'dating'],
    },
  },
  {
    id: 'trade',
    labels: { de: 'Handel', en: 'Trade', fr: 'Commerce', es: 'Comercio' },
    description: 'Tariffs, trade deals, trade disputes and export or import rules between economies.',
    iptc: 'medtop:20000377',
    terms: {
      de: ['Zölle:3', 'Zoll:1', 'Strafzölle:3', 'Zollstreit:3', 'Handelsstreit:3', 'Handelskrieg:3', 'Handelsabkommen:3', 'Freihandelsabkommen:3', 'Freihandel:3', 'Handelsbilanz:3', 'Handelsdefizit:3', 'Handelsüberschuss:3', 'Handelspartner:2', 'Handelspolitik:3', 'Exporte:1', 'Importe:1', 'Ausfuhren:1', 'Einfuhren:1', 'Welthandelsorganisation:3', 'WTO:3', 'Einfuhrzölle:3', 'Importzölle:3', 'Zollsatz:3', 'Zollsätze:3', 'Handelsgespräche:3', 'Gegenzölle:3', 'Handelsbarrieren:3'],
      en: ['tariff:3', 'tariffs:3', 'trade war:3', 'trade dispute:3', 'trade deal:3', 'trade agreement:3', 'free trade:3', 'free-trade:3', 'trade deficit:3', 'trade surplus:3', 'trade balance:3', 'trade talks:3', 'trade policy:3', 'trading partner:2', 'trade partners:2', 'exports:1', 'imports:1', 'import duties:3', 'customs duties:3', 'World Trade Organization:3', 'WTO:3', 'retaliatory tariffs:3', 'trade barriers:3', 'levies:1', 'dumping:2'],
      fr: ['droits de douane:3', 'tarifs douaniers:3', 'surtaxes:2', 'guerre commerciale:3', 'différend commercial:3', 'accord commercial:3', 'libre-échange:3', 'déficit commercial:3', 'excédent commercial:3', 'balance commerciale:3', 'négociations commerciales:3', 'politique commerciale:3', 'partenaire commercial:2', 'exportations:1', 'importations:1', 'OMC:3', 'mesures de rétorsion:2', 'barrières commerciales:3'],
      es: ['aranceles:3', 'arancel:3', 'guerra comercial:3', 'disputa comercial:3', 'acuerdo comercial:3', 'libre comercio:3', 'déficit comercial:3', 'superávit comercial:3', 'balanza comercial:3', 'negociaciones comerciales:3', 'política comercial:3', 'socio comercial:2', 'exportaciones:1', 'importaciones:1', 'OMC:3', 'represalias comerciales:3', 'barreras comerciales:3'],
    },
  },
  {
    id: 'cyber',
    labels: { de: 'Cyber', en: 'Cyber', fr: 'Cyber', es: 'Ciber' },
    description: 'Cyberattacks, hacking, data breaches and state disinformation campaigns.',
    iptc: 'medtop:20000763',
    terms: {
      de: ['Cyberangriff:3', 'Cyberangriffe:3', 'Cyberattacke:3', 'Hackerangriff:3', 'Hackerangriffe:3', 'Hacker:3', 'Hackergruppe:3', 'gehackt:3', 'Schadsoftware:3', 'Erpressersoftware:3', 'Ransomware:3', 'Malware:3', 'Phishing:3', 'Datenleck:3', 'Cybersicherheit:2', 'Cyberspionage:3', 'Desinformation:3', 'Desinformationskampagne:3', 'Trollfabrik:3', 'Bot-Netzwerk:3', 'Botnetz:3', 'Sicherheitslücke:2', 'IT-Sicherheit:2', 'Cyberkrieg:3', 'Falschinformationen:2', 'Fake News:2', 'DDoS:3'],
      en: ['cyberattack:3', 'cyberattacks:3', 'cyber attack:3', 'cyber attacks:3', 'cyber-attack:3', 'hackers:3', 'hacker:3', 'hacking:3', 'hacked:3', 'ransomware:3', 'malware:3', 'phishing:3', 'data breach:3', 'cybersecurity:2', 'cyber security:2', 'cyber espionage:3', 'cyber-espionage:3', 'disinformation:3', 'disinformation campaign:3', 'troll farm:3', 'botnet:3', 'bot network:3', 'vulnerability:1', 'DDoS:3', 'spyware:3', 'misinformation:2', 'influence operation:3', 'fake accounts:2'],
      fr: ['cyberattaque:3', 'cyberattaques:3', 'pirates informatiques:3', 'piratage:3', 'piraté:3', 'hackers:3', 'rançongiciel:3', 'logiciel malveillant:3', 'hameçonnage:3', 'fuite de données:3', 'cybersécurité:2', 'cyberespionnage:3', 'désinformation:3', 'campagne de désinformation:3', 'usine à trolls:3', 'faux comptes:2', 'logiciel espion:3'],
      es: ['ciberataque:3', 'ciberataques:3', 'piratas informáticos:3', 'hackers:3', 'hackeo:3', 'pirateo:3', 'hackeado:3', 'ransomware:3', 'malware:3', 'software malicioso:3', 'phishing:3', 'filtración de datos:3', 'ciberseguridad:2', 'ciberespionaje:3', 'desinformación:3', 'campaña de desinformación:3', 'granja de troles:3', 'cuentas falsas:2', 'programa espía:3'],
    },
  },
];

/** Words that vouch for an ambiguous term in any topic: states, governments, leaders. */
export const POLITICAL_CONTEXT: Record<'de' | 'en' | 'fr' | 'es', string[]> = {
  de: ['Regierung', 'Präsident', 'Präsidentin', 'Staatschef', 'Regierungschef', 'Kanzler', 'Kanzlerin', 'Minister', 'Ministerin', 'Ministerium', 'Parlament', 'Staaten', 'Land', 'Länder', 'Kreml', 'Nato', 'EU', 'UN', 'Uno', 'USA', 'Russland', 'China', 'Iran', 'Nordkorea', 'Ukraine', 'Israel', 'Deutschland', 'Frankreich', 'Türkei', 'Moskau', 'Washington', 'Peking', 'Kiew', 'Brüssel', 'Berlin', 'Teheran', 'Westen', 'Opposition', 'Partei', 'Parteien', 'Bundestag', 'Premierminister', 'Regime', 'international', 'Verbündete', 'Militär', 'Trump', 'Putin', 'Biden', 'Xi', 'Selenskyj', 'Macron', 'Scholz', 'Merz', 'Präsidentschaft', 'Staat', 'Republik', 'Außenministerium', 'russisch', 'amerikanisch', 'chinesisch', 'iranisch', 'westlich', 'israelisch', 'palästinensisch', 'ukrainisch', 'europäisch', 'britisch', 'französisch', 'türkisch', 'Hamas', 'Hisbollah', 'Taliban', 'Rebellen', 'Weißes Haus', 'Staats'],
  en: ['government', 'president', 'leader', 'leaders', 'prime minister', 'chancellor', 'minister', 'ministry', 'parliament', 'congress', 'senate', 'country', 'countries', 'nation', 'nations', 'states', 'state', 'Kremlin', 'White House', 'NATO', 'EU', 'UN', 'United States', 'Russia', 'China', 'Iran', 'North Korea', 'Ukraine', 'Israel', 'Germany', 'France', 'Britain', 'Moscow', 'Washington', 'Beijing', 'Kyiv', 'Brussels', 'Tehran', 'opposition', 'party', 'parties', 'regime', 'allies', 'military', 'Trump', 'Putin', 'Biden', 'Xi', 'Zelensky', 'Macron', 'Russian', 'American', 'Chinese', 'Iranian', 'Western', 'Israeli', 'Palestinian', 'Ukrainian', 'Egyptian', 'Qatari', 'Turkish', 'European', 'British', 'French', 'German', 'Japanese', 'Korean', 'Indian', 'Saudi', 'Syrian', 'Hamas', 'Hezbollah', 'Taliban', 'rebels', 'mediators', 'presidential', 'parliamentary', 'national', 'international', 'western', 'foreign'],
  fr: ['gouvernement', 'président', 'présidente', 'dirigeant', 'dirigeants', 'Premier ministre', 'chancelier', 'ministre', 'ministère', 'Parlement', 'Assemblée nationale', 'pays', 'États', 'État', 'Kremlin', 'Maison Blanche', 'Otan', 'UE', 'ONU', 'États-Unis', 'Russie', 'Chine', 'Iran', 'Ukraine', 'Israël', 'Allemagne', 'France', 'Moscou', 'Washington', 'Pékin', 'Kiev', 'Bruxelles', 'opposition', 'parti', 'régime', 'alliés', 'militaire', 'Trump', 'Poutine', 'Macron', 'russe', 'américain', 'chinois', 'iranien', 'occidentaux', 'israélien', 'palestinien', 'ukrainien', 'européen', 'européenne', 'allemand', 'britannique', 'turc', 'Hamas', 'présidentielle', 'international', 'internationale'],
  es: ['Gobierno', 'gobierno', 'presidente', 'presidenta', 'líder', 'líderes', 'primer ministro', 'canciller', 'ministro', 'ministra', 'ministerio', 'Parlamento', 'Congreso', 'país', 'países', 'Estado', 'Estados', 'Kremlin', 'Casa Blanca', 'OTAN', 'UE', 'ONU', 'Estados Unidos', 'EE.UU.', 'Rusia', 'China', 'Irán', 'Ucrania', 'Israel', 'Alemania', 'Francia', 'España', 'Moscú', 'Washington', 'Pekín', 'Kiev', 'Bruselas', 'oposición', 'partido', 'régimen', 'aliados', 'militar', 'Trump', 'Putin', 'Sánchez', 'ruso', 'estadounidense', 'chino', 'iraní', 'occidentales', 'israelí', 'palestino', 'ucraniano', 'europeo', 'europea', 'alemán', 'británico', 'turco', 'Hamás', 'presidencial', 'internacional'],
};
