// Actors: people, organisations and places. A fast rule-based recogniser (actors/recognise.ts)
// chunks capitalised spans and types them with gazetteers kept as data (data/*.ts) and
// context cues (titles, role words, organisation/place head words, verbs of saying); this
// file groups the mentions of one article into actors (surnames, titles, acronyms,
// possessives, definite descriptions) and resolves written mentions for attribution.
// Cross-article merging lives in actors/merge.ts.

import type { ActorKind, Article, ArticleActor, CorpusActor, Span } from '../types.ts';
import { recognise, type Mention } from './actors/recognise.ts';
import { DEMONYMS, GAZ, GIVEN_NAME_SET, TITLE_DICT, DESCRIPTION_ROLE_LIST, ORG_CUE_SET, ROLE_WORD_SET, STOP_WORD_SET, phraseTokens } from './gazetteer.ts';
export { mergeActors } from './actors/merge.ts';

/** What the recogniser knows about an actor beyond the shared data model (for resolveMention). */
interface ActorMeta {
  nationality: string | null;
  roles: Set<string>;
  descriptors: string[];
}
const META = new WeakMap<ArticleActor, ActorMeta>();

interface Entity {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  spans: Span[];
  meta: ActorMeta;
  /** Name tokens, lower-case (persons). */
  toks: string[];
  /** Named by the gazetteer (canonical name fixed). */
  gaz: boolean;
}

// Names repeat a lot within and across articles: memoise the normalisation (bounded).
const KEY_CACHE = new Map<string, string>();
const TOKS_CACHE = new Map<string, string[]>();
function normKey(s: string): string {
  let k = KEY_CACHE.get(s);
  if (k === undefined) {
    k = s.normalize('NFKC').toLowerCase().replace(/[[\]]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
    KEY_CACHE.set(s, k);
  }
  return k;
}
function nameToks(s: string): string[] {
  let t = TOKS_CACHE.get(s);
  if (t === undefined) {
    t = normKey(s).replace(/[.,]/g, '').split(' ').filter(Boolean);
    if (TOKS_CACHE.size > 50_000) TOKS_CACHE.clear();
    TOKS_CACHE.set(s, t);
  }
  return t;
}

/** People, organisations and places mentioned in the article's content and title. */
export function findActors(article: Article): ArticleActor[] {
  const mentions = recognise(article);
  const byKey = new Map<string, Entity>();
  const order: Entity[] = [];
  const get = (kind: ActorKind, name: string, meta?: Partial<ActorMeta>): Entity => {
    const key = `${kind}:${normKey(name)}`;
    let e = byKey.get(key);
    if (!e) {
      e = { key, kind, name, aliases: [], spans: [], toks: nameToks(name), gaz: false, meta: { nationality: null, roles: new Set(), descriptors: [] } };
      byKey.set(key, e);
      order.push(e);
    }
    if (meta?.nationality && !e.meta.nationality) e.meta.nationality = meta.nationality;
    if (meta?.descriptors) e.meta.descriptors = meta.descriptors;
    return e;
  };
  const add = (e: Entity, alias: string, start: number, end: number): void => {
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    e.spans.push({ start, end });
  };
  const roleOf = (m: Mention): string | null => (m.title ? m.title.toLowerCase().replace(/\.$/, '') : null);

  // 1. Gazetteer hits and cue-typed organisations/places.
  const aliasIndex = new Map<string, Entity>(); // alias as written (folded) -> org/place
  const acronyms = new Map<string, Entity>();
  const rest: Mention[] = [];
  const personWords = new Set<string>();
  for (const m of mentions) if (m.kind === 'person') for (const t of nameToks(m.name)) personWords.add(t);
  // Last words of untyped two- or three-word names ("Declan Rourke"): a weakly typed firm of
  // that word ("Rourke said in a statement") is more likely the person's surname.
  const lastWords = new Set<string>();
  for (const m of mentions) if (m.kind === null && m.tokens.length >= 2 && m.tokens.length <= 3 && GIVEN_NAME_SET.has(m.tokens[0]!.toLowerCase())) lastWords.add(normKey(m.tokens[m.tokens.length - 1]!));
  // "Shonan Coast" for "Shonan Coast FC": an organisation's name without its club or company
  // suffix is that organisation, even when the bare name reads as a place.
  const bareOrg = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.gaz || m.tokens.length < 2) continue;
    if (ORG_SUFFIXES.has(m.tokens[m.tokens.length - 1]!)) bareOrg.set(normKey(m.tokens.slice(0, -1).join(' ')), m.name);
  }
  // Weakly typed places come last so that a name typed otherwise elsewhere keeps that kind.
  const ordered = [...mentions.filter((m) => !m.weak), ...mentions.filter((m) => m.weak)];
  for (const m of ordered) {
    if (m.weak) {
      const known = aliasIndex.get(normKey(m.name));
      if (known) { add(known, m.alias, m.start, m.end); continue; }
      if (personWords.has(normKey(m.name)) || (m.kind === 'organization' && lastWords.has(normKey(m.name)))) { rest.push({ ...m, kind: null }); continue; }
    }
    if (m.kind === 'place' && !m.gaz && bareOrg.has(normKey(m.name))) {
      const e = get('organization', bareOrg.get(normKey(m.name))!);
      add(e, m.alias, m.start, m.end);
      aliasIndex.set(normKey(m.name), e);
      continue;
    }
    if (m.kind === 'organization' || m.kind === 'place') {
      const e = m.gaz ? get(m.kind, m.gaz.canonical, { descriptors: m.gaz.descriptors }) : acronyms.get(m.name) ?? get(m.kind, m.name);
      if (m.gaz) e.gaz = true;
      add(e, m.alias, m.start, m.end);
      aliasIndex.set(normKey(m.name), e);
      if (m.acronym) { acronyms.set(m.acronym, e); aliasIndex.set(normKey(m.acronym), e); }
    } else rest.push(m);
  }
  // 2. People with a full name (two or more words), longest first so shorter forms attach.
  // Persons are indexed by first and last name token, so matching a mention is not a scan of
  // every person (a huge file names thousands): every rule below shares one of the two.
  const persons: Entity[] = [];
  const personSet = new Set<Entity>();
  const personAt = new Map<Entity, number>();
  const byToken = new Map<string, Set<Entity>>();
  const indexPerson = (e: Entity): void => {
    for (const t of [e.toks[0], e.toks[e.toks.length - 1]]) {
      if (t === undefined) continue;
      let set = byToken.get(t);
      if (!set) byToken.set(t, (set = new Set()));
      set.add(e);
    }
  };
  const addPerson = (e: Entity): void => {
    if (personSet.has(e)) return;
    personSet.add(e);
    personAt.set(e, persons.length);
    persons.push(e);
    indexPerson(e);
  };
  const personMentions = rest.filter((m) => m.kind === 'person');
  const multi = personMentions.filter((m) => nameToks(m.name).length >= 2).sort((a, b) => nameToks(b.name).length - nameToks(a.name).length);
  const findPerson = (toks: string[], title: string | null, at = -1): Entity | null => {
    let best: Entity | null = null;
    const matched: Entity[] = [];
    // Initials ("President DJT") can match anyone: the only rule that needs every person.
    const initials = toks.length === 1 && !!title && /^[a-z]{2,4}$/.test(toks[0]!);
    // In the order persons were first seen, as a scan of all of them would meet them (ties go to the first).
    const pool = initials ? persons : [...new Set([...(byToken.get(toks[0]!) ?? []), ...(byToken.get(toks[toks.length - 1]!) ?? [])])].sort((a, b) => personAt.get(a)! - personAt.get(b)!);
    for (const p of pool) {
      const pt = p.toks;
      let ok = false;
      if (toks.length < pt.length && pt.slice(pt.length - toks.length).join(' ') === toks.join(' ')) ok = true; // surname
      else if (toks.length >= 2 && pt.length >= 2 && toks[0] === pt[0] && toks[toks.length - 1] === pt[pt.length - 1]) ok = true; // middle initial
      else if (toks.length === 1 && title && /^(sir|dame|lord|lady)$/i.test(title) && toks[0] === pt[0]) ok = true; // "Sir Keir"
      else if (toks.length === 1 && /^[a-z]{2,4}$/.test(toks[0]!) && title && pt.length >= 2 && initialsMatch(toks[0]!, pt)) ok = true; // "President DJT"
      if (ok && (!best || p.spans.length > best.spans.length)) best = p;
      if (ok) matched.push(p);
    }
    // Two people share the surname (an athlete and his mother): "Blackwood" is the one named
    // last before this mention, as a reader takes it.
    if (matched.length > 1 && at >= 0) {
      const lastBefore = (e: Entity) => e.spans.reduce((m, sp) => (sp.start < at && sp.start > m ? sp.start : m), -1);
      const recent = matched.reduce((x, y) => (lastBefore(y) > lastBefore(x) ? y : x));
      if (lastBefore(recent) >= 0) return recent;
    }
    return best;
  };
  for (const m of multi) {
    const toks = nameToks(m.name);
    const e = toks.length && findPerson(toks, m.title) || get('person', m.name, { nationality: m.nationality });
    addPerson(e);
    add(e, m.alias, m.start, m.end);
    if (m.nationality && !e.meta.nationality) e.meta.nationality = m.nationality;
    const r = roleOf(m);
    if (r) e.meta.roles.add(r);
  }
  // Multi-word organisations by their first word, when only one starts with it.
  const orgByFirst = new Map<string, Entity>();
  const firstSeen = new Set<string>();
  for (const e of order) {
    if (e.kind !== 'organization' || e.toks.length < 2) continue;
    const f = e.toks[0]!;
    if (firstSeen.has(f)) orgByFirst.delete(f); else { firstSeen.add(f); orgByFirst.set(f, e); }
  }
  // 3. Single-word people ("Mr Witkoff", "President Zelensky") and untyped words.
  // Titled single names first ("Mrs Badenoch"), so that an untyped full name ("Kemi
  // Badenoch, the Conservative leader") can join them below.
  const singles = new Map<string, number>(); // single-word mentions by name, counted
  for (const m of mentions) if (m.tokens.length === 1 && m.kind !== 'organization' && m.kind !== 'place') singles.set(normKey(m.name), (singles.get(normKey(m.name)) ?? 0) + 1);
  const restOrdered = [...rest.filter((m) => m.kind === 'person'), ...rest.filter((m) => m.kind !== 'person')];
  for (const m of restOrdered) {
    if (m.kind === 'person' && nameToks(m.name).length >= 2) continue;
    const toks = nameToks(m.name);
    if (!toks.length) continue;
    let p = findPerson(toks, m.title, m.start);
    if (!p && toks.length >= 2 && m.kind === null && looksLikeName(m)) {
      // An untyped full name whose surname is a person named with a title: that person.
      const single = [...(byToken.get(toks[toks.length - 1]!) ?? [])].find((x) => x.toks.length === 1 && x.toks[0] === toks[toks.length - 1]);
      if (single) { single.toks = toks; single.name = m.name; p = single; indexPerson(single); }
    }
    const titleKept = m.title && /^(sir|dame|lord|lady)$/i.test(m.title) && p && toks.length === 1 && toks[0] === p.toks[0];
    if (p) {
      // "Sir Keir": the given name alone needs its title to stay a name.
      if (titleKept) add(p, m.title + ' ' + m.alias, m.start - m.title!.length - 1, m.end);
      else add(p, m.alias, m.start, m.end);
      if (m.nationality && !p.meta.nationality) p.meta.nationality = m.nationality;
      const r = roleOf(m);
      if (r) p.meta.roles.add(r);
      continue;
    }
    const known = aliasIndex.get(normKey(m.name)) ?? acronyms.get(m.name);
    if (known) { add(known, m.alias, m.start, m.end); continue; }
    // A short form of an organisation named in full ("Luzon Live" for "Luzon Live Productions").
    if (m.kind === null) {
      const short = orgByFirst.get(toks[0]!);
      if (short && short.toks.slice(0, toks.length).join(' ') === toks.join(' ')) { add(short, m.alias, m.start, m.end); continue; }
    }
    // A lone cue word ("the Ministry", "the Association") is the one organisation named with it.
    if (toks.length === 1 && (ORG_CUE_SET.has(m.name) || MASTHEADS.has(m.name) && !m.ambiguous)) {
      const orgs = order.filter((e) => e.kind === 'organization' && e.name.split(/\s+/).includes(m.name));
      if (orgs.length === 1) add(orgs[0]!, m.alias, m.start, m.end);
      // "told the Courier": a newspaper called by its masthead word.
      else if (!orgs.length && !m.ambiguous && MASTHEADS.has(m.name) && /\bthe[ \u00a0]+$/.test(article.text.slice(Math.max(0, m.start - 5), m.start))) add(get('organization', m.name), m.alias, m.start, m.end);
      continue;
    }
    // An unknown name before a verb of saying is a person; at a sentence start only when it
    // does not look like a plural noun ("Analysts said").
    // A full name shortened to its last word elsewhere ("Denny Halloran" ... "Halloran") is a
    // person; clubs and places shorten to their first word ("Ashworth Town" ... "Ashworth").
    const surnamed = m.kind === null && (!m.ambiguous || !ROLE_OR_STOP(toks[0]!)) && toks.length >= 2 && toks.length <= 3 && looksLikeName(m) &&
      (singles.get(toks[toks.length - 1]!) ?? 0) >= Math.max(1, singles.get(toks[0]!) ?? 0) && !aliasIndex.has(toks[toks.length - 1]!);
    const sayPerson = surnamed || m.kind === null && m.say && looksLikeName(m) && (!m.ambiguous || (toks.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(m.name) && !/[^s]s$/.test(m.name)) || (toks.length >= 2 && toks.length <= 3 && !m.tokens.some((t) => /[^s]s$/.test(t))));
    if (m.kind === 'person' || sayPerson) {
      const e = get('person', m.name, { nationality: m.nationality });
      addPerson(e);
      add(e, m.alias, m.start, m.end);
      const r = roleOf(m);
      if (r) e.meta.roles.add(r);
    }
  }
  // 4. Definite descriptions ("the Ukrainian president", "the alliance", "the Russians").
  addDescriptions(article, order, add);
  addMinistries(article, order, get, add);

  const actors: ArticleActor[] = [];
  for (const e of order) {
    if (!e.spans.length) continue;
    e.spans.sort((a, b) => a.start - b.start);
    // "CLUJ" (dateline) is named by its ordinary spelling when the article has one.
    const name = e.kind === 'person' ? personName(e) : !/\p{Ll}/u.test(e.name) && !e.gaz
      ? e.aliases.find((x) => /\p{Ll}/u.test(x) && normKey(x) === normKey(e.name)) ?? e.name : e.name;
    const actor: ArticleActor = { id: `${e.kind}:${normKey(name)}`, name, kind: e.kind, aliases: e.aliases, mentions: e.spans.length, spans: e.spans };
    META.set(actor, e.meta);
    actors.push(actor);
  }
  return actors;
}

/** A sentence-initial word that may be no name: a role word or function word. */
const ROLE_OR_STOP = (w: string): boolean => ROLE_WORD_SET.has(w) || STOP_WORD_SET.has(w);

const ORG_SUFFIXES = new Set(['FC', 'AFC', 'CF', 'SC', 'Ltd', 'Ltd.', 'Limited', 'Inc', 'Inc.', 'plc', 'PLC', 'LLC', 'Corp', 'Corp.', 'Corporation', 'Holdings', 'Group']);
const MASTHEADS = new Set(['Sun', 'Mail', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Courier', 'Chronicle', 'Examiner', 'Inquirer', 'Observer', 'Bulletin', 'Guardian', 'Independent', 'Mirror', 'Express', 'Sentinel', 'Standard', 'Globe', 'Star', 'Argus', 'Echo', 'Advertiser', 'Mercury', 'Courant', 'Clarion', 'Record', 'Ledger', 'Dispatch', 'Statesman', 'Pioneer', 'Enquirer']);

/** "djt" for Donald (J.) Trump: first and last letters are the first and last name's initials. */
function initialsMatch(acr: string, toks: string[]): boolean {
  return acr[0] === toks[0]![0] && acr[acr.length - 1] === toks[toks.length - 1]![0];
}

function looksLikeName(m: Mention): boolean {
  // "I'd", "We've": contractions, not names.
  if (m.tokens.some((t) => /['’](?:d|m|ve|ll|re)$/.test(t))) return false;
  return m.tokens.length <= 3 && m.tokens.every((t) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t) || /^(?:von|van|der|de|da|di|al|bin|le|la)$/.test(t));
}

/** The fullest form written: "Donald Trump" over "Trump"; brackets dropped. */
function personName(e: Entity): string {
  let best = e.name;
  for (const a of e.aliases) {
    const clean = a.replace(/[[\]]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (/^(?:Sir|Dame|Lord|Lady|[Tt]he) /.test(clean)) continue;
    if (nameToks(clean).length > nameToks(best).length) best = clean;
  }
  return best;
}

const DESC_RE = /\b[Tt]he ((?:[A-Z][\p{L}.]*[ \u00a0]){1,2})?(president|leader|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|secretary of state|king|queen|envoy|alliance|bloc|world body|Ukrainians|Russians|[A-Z]\p{Ll}+ns|[A-Z]\p{Ll}+is|[A-Z]\p{Ll}+ese)\b/gu;

// "the finance ministry", "Kenya's health ministry": a ministry named by its portfolio in lower case.
const MINISTRY_RE = /(?:\b[Tt]he|\p{Lu}[\p{L}.]*['’]s)[ \u00a0]+((finance|health|foreign|defen[cs]e|interior|education|justice|home|trade|agriculture|energy|environment|labou?r|transport|economy|culture|tourism|information|commerce|industry|housing|petroleum|mines|water|fisheries|communications) ministry)\b/gu;

function addMinistries(article: Article, order: Entity[], get: (kind: ActorKind, name: string) => Entity, add: (e: Entity, alias: string, s: number, t: number) => void): void {
  const text = article.text;
  if (!text.includes(' ministry')) return;
  const content = article.blocks.filter((b) => b.kind === 'content' || b.kind === 'title');
  MINISTRY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MINISTRY_RE.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length, end = m.index + m[0].length;
    if (!content.some((b) => start >= b.start && end <= b.end)) continue;
    const field = m[2]!.toLowerCase();
    // The ministry the article names in full ("Ministry of Finance", "Finance Ministry"), if any.
    const named = order.find((e) => e.kind === 'organization' && e.toks.includes('ministry') && e.toks.includes(field));
    add(named ?? get('organization', field[0]!.toUpperCase() + field.slice(1) + ' Ministry'), m[1]!, start, end);
  }
}

function addDescriptions(article: Article, order: Entity[], add: (e: Entity, alias: string, s: number, t: number) => void): void {
  const text = article.text;
  const content = article.blocks.filter((b) => b.kind === 'content' || b.kind === 'title');
  // Blocks are in text order: binary search for the block holding a position.
  const inContent = (pos: number): boolean => {
    let lo = 0, hi = content.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, b = content[mid]!;
      if (pos < b.start) hi = mid - 1; else if (pos >= b.end) lo = mid + 1; else return true;
    }
    return false;
  };
  const places = new Map<string, Entity>();
  for (const e of order) if (e.kind === 'place') places.set(e.name, e);
  DESC_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DESC_RE.exec(text))) {
    if (!inContent(m.index)) continue;
    const mod = (m[1] ?? '').trim();
    const head = m[2]!;
    const alias = m[0];
    const end = m.index + alias.length;
    if (/^[A-Z]/.test(head)) {
      // "the Ukrainians" -> Ukraine, when the article names the country itself.
      if (mod) continue;
      const d = DEMONYMS.get(head);
      const place = d && d.plural && !d.collective ? places.get(d.country) : undefined;
      if (place) add(place, alias, m.index, end);
      continue;
    }
    if (['alliance', 'bloc', 'world body'].includes(head)) {
      if (mod) continue;
      const orgs = order.filter((e) => e.kind === 'organization' && e.meta.descriptors.includes(head));
      if (orgs.length === 1) add(orgs[0]!, alias, m.index, end);
      continue;
    }
    if (!mod) {
      // "the president": the one person the article titles so.
      const role = head.toLowerCase();
      const withRole = order.filter((e) => e.kind === 'person' && e.meta.roles.has(role));
      if (withRole.length === 1) add(withRole[0]!, alias, m.index, end);
      continue;
    }
    // Role + nationality: the one person of that nationality in the article.
    const d = DEMONYMS.get(mod);
    const g = GAZ.get(mod);
    const country = d && !d.collective ? d.country : g?.country ? g.canonical : null;
    if (!country) continue;
    const role = head.toLowerCase();
    const people = order.filter((e) => e.kind === 'person' && e.meta.nationality === country);
    const withRole = people.filter((p) => [...p.meta.roles].some((r) => r === role || (role === 'leader' && DESCRIPTION_ROLE_LIST.includes(r))));
    // Precision first: the one person with that role, or for "leader" the one person of that nationality.
    const pick = withRole.length === 1 ? withRole[0] : people.length === 1 && role === 'leader' ? people[0] : undefined;
    if (pick) add(pick, alias, m.index, end);
  }
}

/**
 * The actor a mention as written refers to ("Mr Witkoff", "President Donald Trump",
 * "the Ukrainian president", "Rubio"), or null.
 */
export function resolveMention(actors: ArticleActor[], mention: string): ArticleActor | null {
  const raw = mention.replace(/['’]s$/, '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!raw) return null;
  const folded = normKey(raw);
  const exact = actors.find((a) => normKey(a.name) === folded || a.aliases.some((x) => normKey(x) === folded));
  if (exact) return exact;
  // Strip leading countries/demonyms and titles: "US Secretary of State Marco Rubio" -> "Marco Rubio".
  let toks = phraseTokens(raw);
  let nationality: string | null = null;
  for (let changed = true; changed && toks.length > 1;) {
    changed = false;
    for (let k = Math.min(4, toks.length - 1); k >= 1; k--) {
      const key = toks.slice(0, k).join(' ');
      const d = DEMONYMS.get(key), g = GAZ.get(key);
      if (TITLE_DICT.get(key) || /^the$/i.test(key) || d || g?.country) {
        if (d) nationality = d.country; else if (g?.country) nationality = g.canonical;
        toks = toks.slice(k);
        changed = true;
        break;
      }
    }
  }
  const rest = normKey(toks.join(' '));
  const stripped = actors.find((a) => normKey(a.name) === rest || a.aliases.some((x) => normKey(x) === rest));
  if (stripped) return stripped;
  const rt = nameToks(rest);
  const last = rt[rt.length - 1];
  if (last && /^\p{Lu}/u.test(toks[toks.length - 1] ?? '')) {
    const people = actors.filter((a) => a.kind === 'person' && a.aliases.some((x) => { const t = nameToks(x); return t[t.length - 1] === last; }));
    if (people.length === 1) return people[0]!;
    if (people.length > 1 && rt.length >= 2) return people.find((p) => nameToks(p.name)[0] === rt[0]) ?? null;
  }
  // A definite description: "the Ukrainian president" -> the person of that nationality.
  const role = rest;
  if (nationality && DESCRIPTION_ROLE_LIST.includes(role)) {
    const people = actors.filter((a) => a.kind === 'person' && META.get(a)?.nationality === nationality);
    const withRole = people.filter((p) => META.get(p)!.roles.has(role));
    if (withRole.length === 1) return withRole[0]!;
    if (people.length === 1 && role === 'leader') return people[0]!;
  }
  if (!nationality && /^the\s/i.test(raw)) {
    const orgs = actors.filter((a) => META.get(a)?.descriptors.includes(role));
    if (orgs.length === 1) return orgs[0]!;
    const withRole = actors.filter((a) => a.kind === 'person' && META.get(a)?.roles.has(role));
    if (withRole.length === 1) return withRole[0]!;
  }
  return null;
}
