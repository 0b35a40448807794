// Deterministic generator of realistic feeds (FEED.md, version 1) for the benchmark:
// German and English names, summaries, descriptions of a few sentences, members,
// area, coordinator, contact and links; the facets of demo/feed.json.
//
//   node bench/generate-feed.mjs 1000 [seed] > feed.json
//
// The same (count, seed) always gives the same bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../demo/feed.json', import.meta.url)), 'utf8'));

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** k distinct items, in list order. */
    some: (list, k) => {
      const chosen = new Set();
      while (chosen.size < Math.min(k, list.length)) chosen.add(Math.floor(next() * list.length));
      return [...chosen].sort((x, y) => x - y).map((i) => list[i]);
    },
  };
}

// ---- vocabulary -------------------------------------------------------------

const PLACES = [
  { de: 'Nürnberg', en: 'Nuremberg', area: 'city' },
  { de: 'Fürth', en: 'Fürth', area: 'city' },
  { de: 'Erlangen', en: 'Erlangen', area: 'city' },
  { de: 'Schwabach', en: 'Schwabach', area: 'city' },
  { de: 'Bamberg', en: 'Bamberg', area: 'city' },
  { de: 'Würzburg', en: 'Würzburg', area: 'city' },
  { de: 'Regensburg', en: 'Regensburg', area: 'city' },
  { de: 'München', en: 'Munich', area: 'city' },
  { de: 'Köln', en: 'Cologne', area: 'city' },
  { de: 'Düsseldorf', en: 'Düsseldorf', area: 'city' },
  { de: 'Straßburg', en: 'Strasbourg', area: 'city' },
  { de: 'Göttingen', en: 'Göttingen', area: 'city' },
  { de: 'Metropolregion Nürnberg', en: 'Nuremberg Metropolitan Region', area: 'region' },
  { de: 'Mittelfranken', en: 'Middle Franconia', area: 'region' },
  { de: 'Oberfranken', en: 'Upper Franconia', area: 'region' },
  { de: 'Bayern', en: 'Bavaria', area: 'region' },
  { de: 'Deutschland', en: 'Germany', area: 'country' },
  { de: 'Europa', en: 'Europe', area: 'europe' },
];

const KINDS = {
  'working-group': [
    { de: 'Arbeitskreis', en: 'Working Group' },
    { de: 'Arbeitsgemeinschaft', en: 'Working Party' },
    { de: 'Runder Tisch', en: 'Round Table' },
  ],
  alliance: [
    { de: 'Bündnis', en: 'Alliance' },
    { de: 'Allianz', en: 'Coalition' },
    { de: 'Initiative', en: 'Initiative' },
  ],
  'city-partnership': [
    { de: 'Städtenetzwerk', en: 'Network of Cities' },
    { de: 'Städtepartnerschaft', en: 'City Partnership' },
  ],
  'expert-meeting': [
    { de: 'Fachforum', en: 'Expert Forum' },
    { de: 'Fachtreffen', en: 'Expert Meeting' },
    { de: 'Austauschrunde', en: 'Exchange Circle' },
  ],
  'municipal-body': [
    { de: 'Kommission', en: 'Committee' },
    { de: 'Beirat', en: 'Advisory Council' },
    { de: 'Koordinierungsgruppe', en: 'Coordinating Group' },
  ],
};

const TOPICS = {
  integration: { de: 'Integration', en: 'Integration', deAdj: 'Integrationsarbeit', enAdj: 'integration work' },
  'intercultural-opening': {
    de: 'Interkulturelle Öffnung',
    en: 'Intercultural Opening',
    deAdj: 'interkulturelle Öffnung der Verwaltung',
    enAdj: 'intercultural opening of public services',
  },
  'against-right-wing-extremism': {
    de: 'gegen Rechtsextremismus',
    en: 'against Right-Wing Extremism',
    deAdj: 'Prävention gegen Rassismus und Rechtsextremismus',
    enAdj: 'prevention of racism and right-wing extremism',
  },
  'women-and-families': {
    de: 'Frauen und Familien',
    en: 'Women and Families',
    deAdj: 'Beratung für geflüchtete Frauen und Familien',
    enAdj: 'counselling for refugee women and families',
  },
  'integration-monitoring': {
    de: 'Integrationsmonitoring',
    en: 'Integration Monitoring',
    deAdj: 'kommunales Integrationsmonitoring und Berichterstattung',
    enAdj: 'municipal integration monitoring and reporting',
  },
  'human-rights': {
    de: 'Menschenrechte',
    en: 'Human Rights',
    deAdj: 'Schutz der Menschenrechte und Antidiskriminierung',
    enAdj: 'protection of human rights and anti-discrimination',
  },
};

const QUALIFIERS = [
  { de: 'Sprache und Bildung', en: 'Language and Education' },
  { de: 'Arbeitsmarkt', en: 'Labour Market' },
  { de: 'Wohnen', en: 'Housing' },
  { de: 'Gesundheit', en: 'Health' },
  { de: 'Jugend', en: 'Youth' },
  { de: 'Senioren', en: 'Older People' },
  { de: 'Sport und Vereine', en: 'Sport and Clubs' },
  { de: 'Kultur', en: 'Culture' },
  { de: 'Ehrenamt', en: 'Volunteering' },
  { de: 'Asyl und Flucht', en: 'Asylum and Refuge' },
  { de: 'Quartiersarbeit', en: 'Neighbourhood Work' },
  { de: 'Schule', en: 'Schools' },
];

const ORGS = [
  { de: 'Amt für Kultur und Freizeit', en: 'Office for Culture and Leisure' },
  { de: 'Sozialreferat', en: 'Department of Social Affairs' },
  { de: 'Integrationsrat', en: 'Council for Immigration and Integration' },
  { de: 'Menschenrechtsbüro', en: 'Human Rights Office' },
  { de: 'Jugendamt', en: 'Youth Welfare Office' },
  { de: 'Caritasverband', en: 'Caritas Association' },
  { de: 'Diakonie', en: 'Diakonie' },
  { de: 'Arbeiterwohlfahrt (AWO)', en: 'Workers’ Welfare Association (AWO)' },
  { de: 'Volkshochschule', en: 'Adult Education Centre' },
  { de: 'Agentur für Arbeit', en: 'Federal Employment Agency' },
  { de: 'Migrantenorganisationen', en: 'migrant organisations' },
  { de: 'Moscheegemeinden', en: 'mosque communities' },
  { de: 'Israelitische Kultusgemeinde', en: 'Jewish Community' },
  { de: 'Polizeipräsidium Mittelfranken', en: 'Middle Franconia Police' },
  { de: 'Gleichstellungsstelle', en: 'Equal Opportunities Office' },
  { de: 'Bildungsbüro', en: 'Education Office' },
  { de: 'Türkisch-Deutscher Verein', en: 'Turkish-German Association' },
  { de: 'Deutsch-Griechische Gesellschaft', en: 'German-Greek Society' },
];

const PEOPLE = [
  'Aylin Demir',
  'Jürgen Weiß',
  'Małgorzata Nowak',
  'Sören Müller',
  'Chiara Rossi',
  'Ömer Yılmaz',
  'Katharina Schäfer',
  'Dimitrios Papadopoulos',
  'Fatma Özdemir',
  'Hans-Peter Groß',
  'Nguyễn Thị Lan',
  'Olena Kovalenko',
  'Zoë Bäcker',
  'René Dubois',
];

const MEETINGS = [
  { de: 'Zweimal im Jahr', en: 'Twice a year' },
  { de: 'Alle zwei Monate', en: 'Every two months' },
  { de: 'Vierteljährlich, abwechselnd in den Mitgliedsstädten', en: 'Quarterly, in turn in the member cities' },
  { de: 'Monatlich im Rathaus', en: 'Monthly at the town hall' },
  { de: 'Einmal im Jahr als Fachtag', en: 'Once a year as a conference day' },
];

// Each sentence is called as s(topic, place, org) and names only the arguments it uses.
const SENTENCES = [
  (t, p) => ({
    de: `Das Netzwerk bündelt die ${t.deAdj} in ${p.de} und bringt Verwaltung, Wohlfahrtsverbände und Zivilgesellschaft an einen Tisch.`,
    en: `The network pools ${t.enAdj} in ${p.en} and brings the administration, welfare organisations and civil society to one table.`,
  }),
  (t, p, o) => ({
    de: `Federführend ist das ${o.de}; weitere Partner sind herzlich willkommen.`,
    en: `It is led by the ${o.en}; further partners are welcome.`,
  }),
  () => ({
    de: `In regelmäßigen Treffen werden Erfahrungen ausgetauscht, gemeinsame Stellungnahmen erarbeitet und gute Praxisbeispiele vorgestellt.`,
    en: `At regular meetings members share experience, draft joint statements and present examples of good practice.`,
  }),
  () => ({
    de: `Seit der Gründung hat das Gremium mehrere Fachtage organisiert, zuletzt zum Thema Mehrsprachigkeit in Kita und Schule.`,
    en: `Since it was founded the body has organised several conferences, most recently on multilingualism in nurseries and schools.`,
  }),
  (t, p) => ({
    de: `Ein Schwerpunkt liegt auf der Zusammenarbeit mit Migrantenorganisationen und Selbstorganisationen Geflüchteter in ${p.de}.`,
    en: `One focus is working with migrant organisations and refugee-led groups in ${p.en}.`,
  }),
  () => ({
    de: `Die Ergebnisse fließen in den Integrationsbericht und in die Beratungen des Stadtrats ein.`,
    en: `Its findings feed into the integration report and into the City Council's deliberations.`,
  }),
  () => ({
    de: `Übersetzungen, Dolmetschdienste und barrierefreie Informationen gehören zu den Grundsätzen der Arbeit.`,
    en: `Translation, interpreting and accessible information are among the principles of its work.`,
  }),
  (t, p) => ({
    de: `Im Jahr ${2000 + ((p.de.length * 7) % 24)} wurde die Geschäftsordnung überarbeitet; seitdem wählen die Mitglieder alle zwei Jahre eine Sprecherin oder einen Sprecher.`,
    en: `Its rules of procedure were revised in ${2000 + ((p.de.length * 7) % 24)}; since then members elect a spokesperson every two years.`,
  }),
];

function slug(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

const SCOPE_OF_AREA = { city: 'local', region: 'regional', country: 'national', europe: 'international' };

function generateNetwork(random, i) {
  const facetIds = Object.fromEntries(demo.facets.map((f) => [f.id, f.terms.map((t) => t.id)]));
  const kindId = random.pick(facetIds.kind);
  const kind = random.pick(KINDS[kindId]);
  const topicIds = random.some(facetIds.topic, 1 + random.int(2));
  const topic = TOPICS[topicIds[0]];
  const place = random.pick(PLACES);
  const qualifier = random.chance(0.6) ? random.pick(QUALIFIERS) : null;
  const org = random.pick(ORGS);
  const name = {
    de: `${kind.de} ${topic.de}${qualifier ? ` – ${qualifier.de}` : ''} ${place.de}`,
    en: `${place.en} ${kind.en} ${topic.en}${qualifier ? ` – ${qualifier.en}` : ''}`,
  };
  const sentences = random.some(SENTENCES, 2 + random.int(3)).map((s) => s(topic, place, org));
  const cut = 1 + random.int(sentences.length - 1);
  const paragraphs = (lang) =>
    `${sentences
      .slice(0, cut)
      .map((s) => s[lang])
      .join(' ')}\n\n${sentences
      .slice(cut)
      .map((s) => s[lang])
      .join(' ')}`;
  const members = random.some(ORGS, 2 + random.int(4));
  const person = random.pick(PEOPLE);
  const germanOnly = random.chance(0.1); // some editors never translate
  const text = (de, en) => (germanOnly ? de : { de, en });
  const shortName = random.chance(0.3)
    ? name.de
        .split(/[\s–-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('')
        .slice(0, 6)
    : undefined;
  const facets = {
    scope: [SCOPE_OF_AREA[place.area]],
    kind: [kindId],
    topic: topicIds,
  };
  if (random.chance(0.7)) facets.audience = random.some(facetIds.audience, 1 + random.int(3));
  return {
    id: `${slug(name.de)}-${i}`,
    name: text(name.de, name.en),
    ...(shortName && shortName.length > 1 ? { shortName } : {}),
    summary: text(sentences[0].de, sentences[0].en),
    description: text(paragraphs('de'), paragraphs('en')),
    facets,
    founded: `${1990 + random.int(35)}${random.chance(0.5) ? `-${String(1 + random.int(12)).padStart(2, '0')}` : ''}`,
    meetings: random.pick(MEETINGS),
    coordinator: {
      name: text(`${person} (${org.de})`, `${person} (${org.en})`),
      url: `https://example.org/${slug(org.de)}`,
    },
    members: text(members.map((m) => m.de).join(', '), members.map((m) => m.en).join(', ')),
    area: text(place.de, place.en),
    contact: {
      name: text(`Geschäftsstelle ${kind.de}`, `${kind.en} office`),
      email: `kontakt-${i}@example.org`,
      phone: `+49 911 ${String(100000 + random.int(899999))}`,
    },
    links: [
      { label: text('Webseite des Netzwerks', 'The network’s website'), url: `https://example.org/netzwerke/${i}` },
    ],
    updated: `2026-${String(1 + random.int(11)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`,
  };
}

/** A feed of `count` generated networks, with the demo's title and facets. */
export function generateFeed(count, seed = 7) {
  const random = createRandom(seed);
  return {
    version: 1,
    language: 'de',
    title: { de: `Netzwerke (${count} erzeugte Einträge)`, en: `Networks (${count} generated entries)` },
    description: demo.description,
    publisher: demo.publisher,
    updated: '2026-11-20',
    license: 'CC-BY-4.0',
    facets: demo.facets,
    networks: Array.from({ length: count }, (_, i) => generateNetwork(random, i)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 7);
  process.stdout.write(JSON.stringify(generateFeed(count, seed)));
}
