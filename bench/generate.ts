// Seeded synthetic news corpora for benchmarks and as a second extraction fixture.
//
//   node --import tsx bench/generate.ts --articles N --out DIR [--seed S] [--gold FILE] [--gold-sample K]
//
// Many stories, each covered by several outlets. A story has named and anonymous speakers
// and a set of statements; each outlet carries a subset of them with small wording changes,
// in its own house style (quote marks, dateline, byline, boilerplate). Some articles are
// syndicated near-copies. Names, organisations, places and statements are built
// combinatorially from word lists, so 10,000 articles do not repeat themselves.
//
// The generator knows the truth, so it can write a gold file in the shape of
// test/fixtures/seed-gold.json for a sample of articles (whole stories, so cross-source
// entries exist). Same seed and size in, byte-identical corpus out.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so benchmark corpora cached on disk are regenerated. */
export const GENERATOR_VERSION = 1;

// ---------- seeded randomness ----------

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data, and stable across Node versions. */
export function rngFrom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Rng, p: number): boolean => r() < p;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function sample<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}
const words = (s: string): string[] => s.trim().split(/\s*\|\s*/);

// ---------- vocabulary ----------

const FEMALE = words('Ana|Maria|Sofia|Elena|Priya|Amara|Ingrid|Leila|Hannah|Chloe|Mei|Fatima|Olga|Grace|Nadia|Ruth|Carmen|Yuki|Aisha|Helen|Marta|Joanna|Sarah|Irene|Lucia|Noor|Camille|Teresa|Zainab|Julia');
const MALE = words('James|Tomas|Ahmed|Daniel|Rahul|Kwame|Lars|Omar|Peter|Luis|Kenji|Ivan|David|Samuel|Mateo|Hugo|Andrew|Felix|Yusuf|Marco|Stefan|Michael|Paul|Adrian|Victor|Jonas|Tariq|Robert|Nikolai|Owen');
const LAST = words('Kovacs|Lindqvist|Okafor|Brennan|Moreau|Tanaka|Haddad|Novak|Fischer|Castillo|Mensah|Petrov|Whitfield|Sandoval|Nakamura|Osei|Van Dijk|Rossi|Kowalski|Abernathy|Delacroix|Hartmann|Iqbal|Jovanovic|Karlsson|Lambert|Mbeki|Nordin|Oduya|Pereira|Quinlan|Rahimi|Strand|Thornton|Ueda|Varga|Wexler|Yilmaz|Zhou|Achterberg|Bianchi|Carvalho|Dunmore|Eriksen|Ferreira|Gallagher|Horvath|Ibsen|Jansen|Kader|Lopez|Markovic|Nyberg|Oliveira|Prescott|Rasmussen|Sokolov|Tremblay|Umarov|Vasquez|Whitaker|Zielinski');
const ROLES = words('Finance Minister|Health Minister|Transport Minister|Energy Minister|Mayor|Senator|Governor|Deputy Mayor|Interior Minister|Environment Minister|Housing Secretary|Labour Minister');
const ORG_ROLES = words('chief executive|chair|general secretary|spokesperson|president|director');
const CITIES: readonly [string, string][] = [
  ['Lyon', 'France'], ['Porto', 'Portugal'], ['Gdansk', 'Poland'], ['Rotterdam', 'the Netherlands'], ['Valencia', 'Spain'],
  ['Leeds', 'Britain'], ['Glasgow', 'Scotland'], ['Cork', 'Ireland'], ['Turin', 'Italy'], ['Hamburg', 'Germany'],
  ['Gothenburg', 'Sweden'], ['Bergen', 'Norway'], ['Aarhus', 'Denmark'], ['Tampere', 'Finland'], ['Brno', 'Czechia'],
  ['Cluj', 'Romania'], ['Varna', 'Bulgaria'], ['Split', 'Croatia'], ['Nairobi', 'Kenya'], ['Accra', 'Ghana'],
  ['Lagos', 'Nigeria'], ['Durban', 'South Africa'], ['Osaka', 'Japan'], ['Busan', 'South Korea'], ['Pune', 'India'],
  ['Cebu', 'the Philippines'], ['Perth', 'Australia'], ['Auckland', 'New Zealand'], ['Halifax', 'Canada'], ['Denver', 'the United States'],
  ['Monterrey', 'Mexico'], ['Medellin', 'Colombia'], ['Cordoba', 'Argentina'], ['Recife', 'Brazil'], ['Izmir', 'Turkey'],
];
const ORG_A = words('National|Federal|Northern|United|Coastal|Metropolitan|Independent|Central|Southern|Regional|Western|Eastern');
const ORG_B = words('Water|Rail|Energy|Health|Fisheries|Aviation|Teachers|Farmers|Steel|Housing|Transport|Port|Mining|Textile|Dairy|Broadband|Forestry|Nurses');
const ORG_C = words('Authority|Union|Council|Association|Commission|Agency|Federation|Board|Institute|Alliance');
const ANON = words('a senior official|a government spokesperson|a person familiar with the talks|one diplomat|a union source|a senior executive|an adviser to the minister|a ministry official');
const DAYS = words('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');
const TIMES = words('the end of the year|next spring|the summer|March|the next election|the end of the month|the autumn budget|Christmas');
const QTY = words('3 percent|40 million euros|2 billion dollars|a fraction of that|12 per cent|half of that|a single extra shift');

interface Topic { noun: string[]; issue: string[]; people: string[]; act: string[]; term: string[]; core: string[] }
const TOPICS: Topic[] = [
  'reservoir,water supply,pipeline network,rationing plan/drought,water shortage,leakage crisis/households,farmers,families/repair,expand,fund/water emergency,managed decline/Water',
  'rail timetable,night train,signalling system,ticket reform/strike,rail chaos,delays/commuters,passengers,drivers/restore,upgrade,protect/fare freeze,timetable meltdown/Rail,Transport',
  'hospital wing,waiting list,maternity unit,nursing rota/staff shortage,bed crisis,backlog/patients,nurses,doctors/reopen,staff,fund/winter pressure,postcode lottery/Health,Nurses',
  'wind farm,grid connection,power plant,heating subsidy/blackout,price spike,energy crunch/customers,pensioners,businesses/build,subsidise,connect/energy transition,price cap/Energy',
  'housing estate,rent cap,building permit,social housing scheme/housing shortage,eviction wave,rent rise/tenants,young families,renters/build,regulate,protect/affordable homes,land bank/Housing',
  'port terminal,container yard,customs checkpoint,dredging project/port strike,backlog,congestion/dock workers,exporters,hauliers/modernise,reopen,expand/supply shock,green corridor/Port,Transport',
  'school budget,teacher contract,exam reform,school meal scheme/teacher shortage,funding gap,walkout/pupils,teachers,parents/fund,reform,protect/learning loss,curriculum review/Teachers',
  'fishing quota,harbour fund,marine reserve,fleet licence/quota dispute,fish stock collapse,catch ban/fishermen,coastal towns,crews/protect,renegotiate,compensate/blue economy,red line/Fisheries',
  'steel mill,furnace upgrade,export tariff,rescue package/plant closure,job losses,tariff war/steelworkers,suppliers,towns/save,nationalise,modernise/green steel,managed decline/Steel,Mining',
  'broadband rollout,mobile mast,fibre network,data centre/digital divide,outage,coverage gap/rural users,schools,small firms/connect,expand,subsidise/digital backbone,gigabit promise/Broadband',
  'airport runway,flight cap,noise levy,terminal expansion/noise dispute,flight chaos,capacity crunch/residents,airlines,travellers/expand,cap,compensate/sky tax,noise corridor/Aviation',
  'forest reserve,logging licence,replanting fund,wildfire brigade/wildfire season,illegal logging,habitat loss/villagers,rangers,sawmills/protect,replant,patrol/carbon sink,green wall/Forestry',
].map((line) => {
  const [noun, issue, people, act, term, core] = line.split('/').map((p) => p.split(','));
  return { noun: noun!, issue: issue!, people: people!, act: act!, term: term!, core: core! };
});

// Sentence templates for what speakers say. {N} noun, {I} issue, {P} people, {A} verb,
// {C} city, {O} organisation, {T} time, {Q} quantity, <...> an inner quotation.
const SAY = words(`We will {A} the {N} before {T}.|Nobody in {C} should have to choose between the {N} and their jobs.|The {I} did not happen overnight, and it will not be solved overnight.|Our {P} have waited long enough for a {N} that works.|I have said from the start that the {N} was never going to be enough.|There is no money for a new {N} unless the {O} changes course.|This is about {P}, not about politics.|We are asking for {Q} more, not a blank cheque.|If the {O} is serious, it will come back to the table by {T}.|The figures show the {I} is getting worse, not better.|We do not accept that the {N} is finished.|Frankly, people have ignored the {I} for years.|Every week of delay costs {P} in {C} more.|We will not be lectured about the {N} by people who have never used it.|It is a very good deal for {P}, and I think they know it.|Nothing is agreed until everything is agreed.|They told us, <the {N} is safe>, and we took them at their word.|We are ready to {A} the {N} tomorrow if the funding is there.|The {O} has made its position clear and so have we.|Let me be clear: there will be no {I} on my watch.|I do not think the {P} of {C} will forgive us if we get this wrong.|What we have on the table is the strongest offer the {O} has ever made.|People keep saying <wait until {T}>, but the {P} cannot wait.|We have done our part, and now it is up to the {O}.|It is not a question of money, it is a question of will.|The {N} will be protected, whatever happens before {T}.`);
const CONTEXT = words(`{L} said the {N} would be reviewed by {T}.|The {O} said on {D} it had no plans to {A} the {N}.|Talks between the {O} and the {O2} broke up without agreement late on {D}.|Officials in {C} have warned that the {I} could last until {T}.|The dispute has left {P} across {K} facing higher costs.|Critics say the plan does little to {A} the {N}.|A vote on the proposal is expected before {T}.|The {N} has been at the centre of the dispute since the {I} began.|Figures published on {D} showed the {I} had deepened over the past year.|The {O} has been under pressure to {A} the {N} for months.|Union leaders and managers met for six hours at a hotel near the centre of {C} but could not agree on a date for the next round.|The {I} is the worst in {K} for a decade, according to figures from the {O}.|Opposition politicians have called for an independent review of how the {N} is run.|Shares in suppliers to the {N} fell sharply after the announcement on {D}.|Local councillors in {C} said they had not been consulted before the decision was taken.|The government has promised {Q} for the {N}, but critics say the money has yet to arrive.|Economists say the {I} could knock growth in {K} if it continues into {T}.|Several hundred {P} marched through {C} on {D}, carrying banners about the {N}.|The {O2} said it would study the proposal before responding formally.|Previous attempts to {A} the {N} stalled over questions of funding and oversight.|Analysts expect the {O} to return with a revised offer before {T}.|The row has become a test of the government's promise to {A} the {N}.|In a statement issued late on {D}, the {O2} accused ministers of ignoring its warnings.|The {N} employs thousands of people in and around {C}.|Some {P} told local radio they were preparing for the worst.`);

// Small per-outlet wording changes: the kind a sub-editor makes to a quote.
const VARIANTS: [RegExp, string][] = [
  [/\bdo not\b/g, "don't"], [/\bwill not\b/g, "won't"], [/\bWe are\b/g, "We're"], [/\bI have\b/g, "I've"],
  [/\bit is\b/g, "it's"], [/\bFrankly, people\b/g, 'People'], [/\bvery good\b/g, 'good'], [/\bprogramme\b/g, 'program'],
];

// ---------- outlets ----------

interface Outlet {
  name: string;
  /** Named in the text (footer/tagline), so gold outlet = name; wire copy is anonymous. */
  named: boolean;
  marks: 'straight' | 'curly' | 'british' | 'doubled';
  dateline: 'dash' | 'colon' | 'paren' | 'none';
  byline: 'by' | 'comma' | 'none';
  headline: boolean;
  blankLines: boolean;
  honorific: boolean; // "Mr Kovacs" on second reference
  header: string[];
  footer: string[];
  caption: string;
}
const OUTLETS: Outlet[] = [
  { name: 'The Daily Ledger', named: true, marks: 'curly', dateline: 'dash', byline: 'by', headline: true, blankLines: true, honorific: false, header: ['Advertisement', 'Subscribe'], footer: ['Tags: {tags}', '© 2025 The Daily Ledger. All rights reserved.'], caption: '{cap} Photo: Reuters' },
  { name: 'Northern Courier', named: true, marks: 'british', dateline: 'colon', byline: 'comma', headline: true, blankLines: false, honorific: true, header: ['Northern Courier | News'], footer: ['Read more: {other}', 'Sign up to the Northern Courier morning briefing'], caption: '{cap} Pic: AP' },
  { name: 'Global Wire Service', named: false, marks: 'straight', dateline: 'paren', byline: 'none', headline: false, blankLines: false, honorific: false, header: [], footer: ['(Reporting by {rep}; editing by {ed})'], caption: '' },
  { name: 'Metro Herald', named: true, marks: 'doubled', dateline: 'dash', byline: 'by', headline: true, blankLines: true, honorific: false, header: ['METRO HERALD', 'Advertisement'], footer: ['Story continues below this ad', 'Copyright 2025 Metro Herald'], caption: '{cap} (File photo)' },
  { name: 'The Evening Standard-Bearer', named: true, marks: 'curly', dateline: 'none', byline: 'comma', headline: true, blankLines: true, honorific: true, header: ['Premium'], footer: ['Follow us on X and Instagram', '© The Evening Standard-Bearer'], caption: 'Picture: {cap} Pic: AFP' },
  { name: 'Bay City Tribune', named: true, marks: 'straight', dateline: 'dash', byline: 'by', headline: true, blankLines: false, honorific: false, header: ['Bay City Tribune'], footer: ['Tags: {tags}', 'This story has been updated.'], caption: '{cap} Photo: Getty Images' },
  { name: 'Continental Post', named: true, marks: 'british', dateline: 'dash', byline: 'by', headline: true, blankLines: true, honorific: true, header: ['Advertisement'], footer: ['More on this story', '© Continental Post 2025'], caption: '{cap} Photograph: EPA' },
];
const CAPTIONS = words('Protesters gather outside the ministry.|Workers leave the site after the late shift.|Officials arrive for talks.|A file image of the site.|Residents queue at a temporary centre.');

function quoteMarks(o: Outlet): { open: string; close: string; inOpen: string; inClose: string } {
  switch (o.marks) {
    case 'curly': return { open: '“', close: '”', inOpen: '‘', inClose: '’' };
    case 'british': return { open: '‘', close: '’', inOpen: '“', inClose: '”' };
    case 'doubled': return { open: "''", close: "''", inOpen: '"', inClose: '"' };
    default: return { open: '"', close: '"', inOpen: "'", inClose: "'" };
  }
}

// ---------- stories ----------

interface Person { first: string; last: string; full: string; female: boolean; role: string; org: Org | null }
interface Org { name: string; short: string | null }
interface Speaker { person: Person | null; anon: string | null }
interface Statement { id: string; speaker: Speaker; text: string; kind: 'statement' | 'term' }
interface Story {
  id: number;
  topic: Topic;
  city: string;
  country: string;
  people: Person[];
  orgs: Org[];
  anon: string;
  statements: Statement[];
}

function makeOrg(r: Rng, topic: Topic): Org {
  const a = pick(r, ORG_A), b = chance(r, 0.7) ? pick(r, topic.core) : pick(r, ORG_B), c = pick(r, ORG_C);
  const name = `${a} ${b} ${c}`;
  return { name, short: chance(r, 0.5) ? `${a[0]}${b[0]}${c[0]}` : null };
}

function makePerson(r: Rng, org: Org | null): Person {
  const female = chance(r, 0.5);
  const first = pick(r, female ? FEMALE : MALE), last = pick(r, LAST);
  return { first, last, full: `${first} ${last}`, female, role: org ? pick(r, ORG_ROLES) : pick(r, ROLES), org };
}

function fill(r: Rng, tpl: string, s: Pick<Story, 'topic' | 'city' | 'country' | 'orgs' | 'people'>): string {
  const o1 = s.orgs[0]!, o2 = s.orgs[1] ?? o1;
  return tpl.replace(/\{(\w+)\}/g, (_, k: string) => {
    switch (k) {
      case 'N': return pick(r, s.topic.noun);
      case 'I': return pick(r, s.topic.issue);
      case 'P': return pick(r, s.topic.people);
      case 'A': return pick(r, s.topic.act);
      case 'C': return s.city;
      case 'K': return s.country;
      case 'O': return o1.short && r() < 0.4 ? o1.short : o1.name;
      case 'O2': return o2.name;
      case 'T': return pick(r, TIMES);
      case 'Q': return pick(r, QTY);
      case 'D': return pick(r, DAYS);
      case 'L': return pick(r, s.people).last;
      default: return k;
    }
  });
}

function makeStory(r: Rng, id: number): Story {
  const [city, country] = pick(r, CITIES);
  const topic = pick(r, TOPICS);
  const orgs = [makeOrg(r, topic), makeOrg(r, topic)];
  if (orgs[1]!.name === orgs[0]!.name) orgs.pop();
  const people = [makePerson(r, null), makePerson(r, orgs[0]!), ...(chance(r, 0.6) ? [makePerson(r, orgs[1] ?? null)] : [])];
  // Distinct surnames within a story, so "Kovacs" names one person.
  const seen = new Set<string>();
  const uniq = people.filter((p) => !seen.has(p.last) && seen.add(p.last));
  const base = { topic, city, country, orgs, people: uniq };
  const speakers: Speaker[] = [...uniq.map((p) => ({ person: p, anon: null })), { person: null, anon: pick(r, ANON) }];
  const statements: Statement[] = [];
  const n = int(r, 7, 10);
  for (let i = 0; i < n; i++) {
    const sentences = int(r, 1, 3);
    const text = sample(r, SAY, sentences).map((t) => fill(r, t, base)).join(' ');
    statements.push({ id: `s${id}.${i}`, speaker: pick(r, speakers), text, kind: 'statement' });
  }
  // Terms: short scare-quoted phrases attributed to a named speaker.
  statements.push({ id: `s${id}.t`, speaker: { person: uniq[0]!, anon: null }, text: pick(r, topic.term), kind: 'term' });
  return { id, ...base, anon: speakers.at(-1)!.anon!, statements };
}

// ---------- articles ----------

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speakerMention: string;
  anonymous: boolean;
  line: number;
  note?: string;
  /** Statement this quote carries (generator-internal; kept for cross-source entries). */
  statement?: string;
}
export interface GoldActor { name: string; kind: 'person' | 'organization' | 'place'; aliases: string[] }
export interface GoldArticle {
  file: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  boilerplateLines: string[];
  actors: GoldActor[];
  quotes: GoldQuote[];
  note: string;
}

interface Line {
  text: string;
  kind: 'title' | 'byline' | 'content' | 'boilerplate';
  quotes: Omit<GoldQuote, 'line'>[];
  /** The lead paragraph without its dateline, so a syndicated copy can re-date it. */
  lead?: string;
}

export interface GeneratedFile { name: string; text: string; gold: GoldArticle; story: number }

const withComma = (s: string): string => (/[.]$/.test(s) ? `${s.slice(0, -1)},` : s);
const sentencesOf = (s: string): string[] => s.match(/[^.!?]+[.!?]+(\s+|$)/g)?.map((x) => x.trim()) ?? [s];

function varyText(r: Rng, text: string, amount: number): string {
  let t = text;
  for (const [re, rep] of VARIANTS) if (chance(r, amount)) t = t.replace(re, rep);
  return t;
}

function buildArticle(r: Rng, story: Story, outlet: Outlet, copyOf: Line[] | null): { lines: Line[]; title: string | null; byline: string | null; dateline: string | null } {
  const m = quoteMarks(outlet);
  const q = (s: string): string => `${m.open}${s.replace(/<([^>]*)>/g, `${m.inOpen}$1${m.inClose}`)}${m.close}`;
  const inner = (s: string): string => s.replace(/<([^>]*)>/g, `${m.inOpen}$1${m.inClose}`);
  const lines: Line[] = [];
  const push = (text: string, kind: Line['kind'], quotes: Line['quotes'] = []): void => {
    lines.push({ text, kind, quotes });
  };
  for (const h of outlet.header) push(h, 'boilerplate');
  const lead = story.people[0]!;
  let title: string | null = null;
  if (outlet.headline) {
    const first = story.statements.find((s) => s.kind === 'statement' && s.speaker.person)!;
    const short = sentencesOf(first.text)[0]!.replace(/[.]$/, '').replace(/<([^>]*)>/g, '$1');
    const issue = pick(r, story.topic.issue);
    if (chance(r, 0.4) && short.length < 70) {
      title = `${first.speaker.person!.last}: ${q(short)}`;
      push(title, 'title', [{ text: short, speaker: first.speaker.person!.full, speakerMention: `${first.speaker.person!.last}:`, anonymous: false, note: 'headline quote; condensed, not verbatim', statement: first.id }]);
    } else if (chance(r, 0.4)) {
      const term = pick(r, story.topic.term);
      title = `${story.city} ${issue} deepens as ${lead.last} warns of ${m.inOpen === '‘' || m.open === '‘' ? `‘${term}’` : q(term)}`;
      push(title, 'title', [{ text: term, speaker: lead.full, speakerMention: `${lead.last} warns of`, anonymous: false, note: 'headline quote; term, not a full statement' }]);
    } else {
      title = `${story.orgs[0]!.name} and ${story.city} at odds over ${pick(r, story.topic.noun)}`;
      push(title, 'title');
    }
  }
  let byline: string | null = null;
  if (outlet.byline !== 'none') {
    byline = `${pick(r, [...FEMALE, ...MALE])} ${pick(r, LAST)}`;
    push(outlet.byline === 'by' ? `By ${byline}` : `${byline}, ${pick(r, ['Political Correspondent', 'Staff Reporter', 'Business Editor'])}`, 'byline');
  }
  if (outlet.blankLines) lines.push({ text: '', kind: 'content', quotes: [] });

  const dl = story.city.toUpperCase();
  const dateline = outlet.dateline === 'none' ? null : dl;
  const datelined = (s: string): string =>
    outlet.dateline === 'dash' ? `${dl} — ${s}` : outlet.dateline === 'colon' ? `${dl}: ${s}` : outlet.dateline === 'paren' ? `${dl}, ${story.country} (GWS) - ${s}` : s;

  const body: Line[] = [];
  if (copyOf) {
    // Syndicated near-copy: same body, one paragraph touched up.
    for (const l of copyOf) body.push({ ...l, quotes: l.quotes.map((x) => ({ ...x })) });
    const editable = body.findIndex((l, i) => i > 0 && !l.quotes.length && l.kind === 'content' && l.text);
    if (editable > 0) body[editable] = { ...body[editable]!, text: body[editable]!.text.replace(/\.$/, ', officials said.') };
  } else {
    const ctx = (): string => fill(r, pick(r, CONTEXT), story);
    const intro = (p: Person): string => {
      const roleLc = p.org ? `${p.role} ${p.role === 'spokesperson' ? 'for' : 'of'} the ${p.org.name}` : p.role;
      return p.org ? `${p.full}, ${roleLc},` : `${p.role} ${p.full}`;
    };
    const introduced = new Set<Person>();
    const ref = (p: Person): string => {
      if (!introduced.has(p)) {
        introduced.add(p);
        return intro(p);
      }
      return outlet.honorific ? `${p.female ? 'Ms' : 'Mr'} ${p.last}` : p.last;
    };
    const content = (text: string, quotes: Line['quotes'] = []): void => {
      body.push({ text, kind: 'content', quotes });
      if (outlet.blankLines) body.push({ text: '', kind: 'content', quotes: [] });
    };
    const o0 = story.orgs[0]!;
    const lead = `The ${o0.name}${o0.short ? ` (${o0.short})` : ''} and officials in ${story.city} clashed on ${pick(r, DAYS)} over the ${pick(r, story.topic.noun)}, as the ${pick(r, story.topic.issue)} left ${pick(r, story.topic.people)} in ${story.country} facing an uncertain ${pick(r, ['winter', 'summer', 'year'])}.`;
    content(datelined(lead));
    body[0]!.lead = lead;
    const chosen = story.statements.filter((s) => s.kind === 'statement' && chance(r, 0.75));
    let last: Speaker | null = null;
    let paragraphs = 0;
    for (const st of chosen) {
      const text = varyText(r, st.text, 0.3);
      const sp = st.speaker;
      const who = sp.person ? sp.person.full : `${sp.anon!.replace(/^(a|an|one) /, '')} (anonymous)`;
      const gq = (t: string, mention: string, note?: string): Line['quotes'][number] => ({ text: inner(t), speaker: who, speakerMention: mention, anonymous: !sp.person, ...(note ? { note } : {}), statement: st.id });
      const sents = sentencesOf(text);
      const same = last !== null && last === sp;
      const pron = sp.person ? (sp.person.female ? 'she' : 'he') : 'he';
      const mention = sp.person ? ref(sp.person) : sp.anon!;
      const Mention = mention[0]!.toUpperCase() + mention.slice(1); // at the start of a paragraph
      const said = pick(r, ['said', 'said', 'said', 'told reporters', 'added', 'warned']);
      const style = r();
      if (same && chance(r, 0.5)) {
        // Continuation paragraph with no attribution of its own, or a pronoun follow-up.
        if (chance(r, 0.5)) content(q(text), [gq(text, '(continues the previous paragraph)', 'continuation of the previous quote, set as a separate paragraph')]);
        else content(`${q(withComma(text))} ${pron} added.`, [gq(withComma(text), `${pron} added`)]);
      } else if (sents.length >= 2 && style < 0.2) {
        const a = withComma(sents[0]!), b = sents.slice(1).join(' ');
        content(`${q(a)} ${mention} ${said}. ${q(b)}`, [gq(a, `${mention} ${said}`), gq(b, `${mention} ${said}`, 'second part of a quote interrupted by attribution')]);
      } else if (sents.length >= 2 && style < 0.32) {
        // Multi-paragraph quote: no closing mark at the end of the first paragraph.
        const a = sents[0]!, b = sents.slice(1).join(' ');
        content(`${Mention} said: ${m.open}${inner(a)}`, [gq(a, `${mention} said:`, 'multi-paragraph quote, paragraph 1 of 2')]);
        content(q(b), [gq(b, `${mention} said: (continued)`, 'multi-paragraph quote, paragraph 2 of 2')]);
      } else if (style < 0.47) {
        content(`${Mention} said: ${q(text)}`, [gq(text, `${mention} said:`)]);
      } else if (style < 0.57) {
        content(`${Mention} ${said}, ${q(text)}`, [gq(text, `${mention} ${said},`)]);
      } else if (style < 0.67 && sp.person) {
        content(`${q(withComma(text))} said ${mention}.`.replace(/,\.$/, '.'), [gq(withComma(text), `said ${mention}`)]);
      } else if (!sp.person && style < 0.8) {
        content(`${q(withComma(text))} ${mention} said on condition of anonymity.`, [gq(withComma(text), `${mention} said on condition of anonymity`)]);
      } else {
        content(`${q(withComma(text))} ${mention} ${said}.`, [gq(withComma(text), `${mention} ${said}`)]);
      }
      last = sp;
      paragraphs++;
      if (chance(r, 0.55)) {
        content(ctx());
        last = null;
      }
      if (paragraphs === 2 && outlet.caption) body.push({ text: outlet.caption.replace('{cap}', pick(r, CAPTIONS)), kind: 'boilerplate', quotes: [] });
      if (paragraphs === 3 && outlet.header.includes('Advertisement')) body.push({ text: 'Advertisement', kind: 'boilerplate', quotes: [] });
    }
    const term = story.statements.find((s) => s.kind === 'term')!;
    if (chance(r, 0.7)) {
      const p = term.speaker.person!;
      const mention = ref(p);
      content(`${mention} described the proposal as ${q(term.text)}, a phrase ${p.female ? 'she' : 'he'} has used before.`, [
        { text: term.text, speaker: p.full, speakerMention: `${mention} described the proposal as`, anonymous: false, note: 'term, not a full statement', statement: term.id },
      ]);
    }
    // Pad to roughly 4 KB with reporting that carries no quotes.
    let size = body.reduce((n, l) => n + l.text.length + 1, 0);
    const padding = sample(r, CONTEXT, CONTEXT.length);
    while (size < 3300 && padding.length >= 2) {
      const t = `${fill(r, padding.pop()!, story)} ${fill(r, padding.pop()!, story)}`;
      content(t);
      size += t.length + 1;
    }
  }
  if (copyOf && body[0]?.lead) body[0] = { ...body[0], text: datelined(body[0].lead) }; // re-dated in this outlet's style
  lines.push(...body);
  for (const f of outlet.footer) {
    push(f.replace('{tags}', [story.city.toLowerCase(), pick(r, story.topic.noun), pick(r, story.topic.issue)].join(', '))
      .replace('{other}', `${pick(r, CITIES)[0]} ${pick(r, story.topic.issue)} latest`)
      .replace('{rep}', `${pick(r, MALE)} ${pick(r, LAST)}`).replace('{ed}', `${pick(r, FEMALE)} ${pick(r, LAST)}`), 'boilerplate');
  }
  return { lines, title, byline, dateline: copyOf && outlet.dateline === 'none' ? null : dateline };
}

function goldActors(story: Story, contentText: string): GoldActor[] {
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const found = (form: string): boolean => {
    for (let i = contentText.indexOf(form); i >= 0; i = contentText.indexOf(form, i + 1)) {
      if (!isWord(contentText[i - 1]) && !isWord(contentText[i + form.length])) return true;
    }
    return false;
  };
  const out: GoldActor[] = [];
  const add = (name: string, kind: GoldActor['kind'], forms: string[]): void => {
    const aliases = [...new Set(forms)].filter(found);
    if (aliases.length) out.push({ name, kind, aliases });
  };
  for (const p of story.people) add(p.full, 'person', [p.full, p.last]);
  for (const o of story.orgs) add(o.name, 'organization', o.short ? [o.name, o.short] : [o.name]);
  add(story.city, 'place', [story.city, story.city.toUpperCase()]);
  add(story.country.replace(/^the /, ''), 'place', [story.country.replace(/^the /, '')]);
  return out;
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** How many articles (whole stories, from the first) get gold entries. */
  goldSample?: number;
}

export interface GeneratedCorpus {
  files: GeneratedFile[];
  /** Gold in the shape of test/fixtures/seed-gold.json for the sampled articles. */
  gold: { conventions: string; articles: GoldArticle[]; crossSource: unknown[] };
}

/** Generates the whole corpus in memory (~4 KB per article). Deterministic in (articles, seed). */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const r = rngFrom(options.seed ?? 1);
  const files: GeneratedFile[] = [];
  let storyId = 0;
  while (files.length < options.articles) {
    const story = makeStory(r, storyId++);
    const outlets = sample(r, OUTLETS, Math.min(OUTLETS.length, int(r, 2, 6)));
    let previous: Line[] | null = null;
    for (const outlet of outlets) {
      if (files.length >= options.articles) break;
      const copy = previous && chance(r, 0.15) ? previous : null;
      const built = buildArticle(r, story, outlet, copy);
      if (!copy) previous = built.lines.filter((l) => l.kind === 'content' || (l.kind === 'boilerplate' && !outlet.header.includes(l.text) && !outlet.footer.some((f) => f.startsWith(l.text.slice(0, 8)))));
      const name = `${String(files.length).padStart(5, '0')}_${(Math.floor(r() * 0xffffffff) >>> 0).toString(16).padStart(8, '0')}.txt`;
      const text = built.lines.map((l) => l.text).join('\n') + '\n';
      const quotes: GoldQuote[] = [];
      built.lines.forEach((l, i) => { for (const x of l.quotes) quotes.push({ ...x, line: i + 1 }); });
      const contentText = built.lines.filter((l) => l.kind === 'content' || l.kind === 'title').map((l) => l.text).join('\n');
      const boiler = [...new Set(built.lines.filter((l) => (l.kind === 'boilerplate' || l.kind === 'byline') && l.text).map((l) => l.text))];
      files.push({
        name, text, story: story.id,
        gold: {
          file: name, title: built.title, outlet: outlet.named ? outlet.name : null, byline: built.byline, dateline: built.dateline,
          boilerplateLines: boiler, actors: files.length < (options.goldSample ?? 0) ? goldActors(story, contentText) : [], quotes,
          note: `Synthetic (whosaid bench/generate.ts): story ${story.id}, outlet style "${outlet.name}"${copy ? ', syndicated near-copy of an earlier article of the same story' : ''}.`,
        },
      });
    }
  }
  return { files, gold: goldOf(files, options.goldSample ?? 0) };
}

function goldOf(files: GeneratedFile[], sample: number): GeneratedCorpus['gold'] {
  const conventions = 'Generated by whosaid bench/generate.ts; same conventions as seed-gold.json. Quote "text" = exact characters between the marks (a trailing comma before the attribution is kept). Speakers are full names; anonymous sources are labelled "<description> (anonymous)". Aliases are exact substrings of the title and content lines. Quotes whose note says "term, not a full statement" are optional.';
  if (sample <= 0) return { conventions, articles: [], crossSource: [] };
  // Whole stories, so that the same statement shows up in several sampled articles.
  const last = files[Math.min(sample, files.length) - 1]!.story;
  const chosen = files.filter((f) => f.story <= last);
  const byStatement = new Map<string, { speaker: string | null; occ: { file: string; text: string; quoted: boolean }[] }>();
  for (const f of chosen) {
    for (const q of f.gold.quotes) {
      if (!q.statement || /term|headline/.test(q.note ?? '')) continue;
      const e = byStatement.get(q.statement) ?? { speaker: q.speaker, occ: [] };
      if (!e.occ.some((o) => o.file === f.name)) e.occ.push({ file: f.name, text: q.text, quoted: true });
      byStatement.set(q.statement, e);
    }
  }
  const crossSource = [...byStatement.entries()]
    .filter(([, e]) => e.occ.length >= 2)
    .map(([id, e]) => ({ statement: id, speaker: e.speaker, matchType: 'same utterance, near-verbatim', occurrences: e.occ, variation: 'generated: contractions, dropped words, trailing punctuation' }));
  const articles = chosen.map((f) => ({ ...f.gold, quotes: f.gold.quotes.map(({ statement: _s, ...rest }) => rest) }));
  return { conventions, articles, crossSource };
}

/** Writes the corpus (and optionally its gold) to disk. */
export function writeCorpus(outDir: string, options: GenerateOptions & { goldFile?: string }): { files: number; bytes: number } {
  const corpus = generateCorpus(options);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const f of corpus.files) {
    writeFileSync(path.join(outDir, f.name), f.text);
    bytes += Buffer.byteLength(f.text);
  }
  if (options.goldFile) writeFileSync(options.goldFile, `${JSON.stringify(corpus.gold, null, 1)}\n`);
  return { files: corpus.files.length, bytes };
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(arg('articles') ?? 1000);
  const out = arg('out');
  if (!out || !Number.isInteger(articles) || articles <= 0) {
    process.stderr.write('usage: node --import tsx bench/generate.ts --articles N --out DIR [--seed S] [--gold FILE] [--gold-sample K]\n');
    process.exitCode = 2;
    return;
  }
  const goldFile = arg('gold');
  const t0 = performance.now();
  const res = writeCorpus(out, { articles, seed: Number(arg('seed') ?? 1), goldFile, goldSample: goldFile ? Number(arg('gold-sample') ?? 20) : 0 });
  process.stderr.write(`wrote ${res.files} articles, ${(res.bytes / 1e6).toFixed(1)} MB to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
