import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { ActorKind, ArticleActor } from '../source/types.ts';
import { findActors, mergeActors, resolveMention } from '../source/extract/actors.ts';
import { makeArticle, scoreActors } from './fixtures/actors/gold-score.ts';

const actorsOf = (text: string, boilerplate: string[] = []): ArticleActor[] => findActors(makeArticle('t', text, boilerplate));
const byName = (actors: ArticleActor[], name: string): ArticleActor | undefined => actors.find((a) => a.name === name);
const names = (actors: ArticleActor[], kind?: ActorKind): string[] => actors.filter((a) => !kind || a.kind === kind).map((a) => a.name).sort();
const allForms = (actors: ArticleActor[]): string[] => actors.flatMap((a) => [a.name, ...a.aliases]);

test('seed gold: precision and recall >= 0.90 for person, organization and place', () => {
  const { scores, lines } = scoreActors();
  for (const [kind, s] of Object.entries(scores)) {
    const p = s.right / s.pred, r = s.found / s.gold;
    assert.ok(p >= 0.9, `${kind} precision ${p.toFixed(3)}\n${lines.join('\n')}`);
    assert.ok(r >= 0.9, `${kind} recall ${r.toFixed(3)}\n${lines.join('\n')}`);
  }
});

test('titles are stripped from aliases and the surname merges with the full name', () => {
  const a = actorsOf(
    'President Donald Trump met Mr Witkoff on Tuesday. Steve Witkoff, the special envoy, said talks went well. ' +
    'Chancellor Friedrich Merz and Secretary of State Marco Rubio also attended. Later President Trump spoke to Rubio. ' +
    'Ms von der Leyen was there too, as was Sir Keir Starmer. Sir Keir said little.',
  );
  const trump = byName(a, 'Donald Trump');
  assert.ok(trump);
  assert.deepEqual(trump.aliases.sort(), ['Donald Trump', 'Trump']);
  assert.equal(trump.mentions, 2);
  assert.deepEqual(byName(a, 'Steve Witkoff')?.aliases.sort(), ['Steve Witkoff', 'Witkoff']);
  assert.equal(byName(a, 'Friedrich Merz')?.kind, 'person');
  assert.deepEqual(byName(a, 'Marco Rubio')?.aliases.sort(), ['Marco Rubio', 'Rubio']);
  assert.equal(byName(a, 'von der Leyen')?.kind, 'person');
  // The bare given name never occurs, so "Sir Keir" keeps its title.
  assert.deepEqual(byName(a, 'Keir Starmer')?.aliases.sort(), ['Keir Starmer', 'Sir Keir']);
  assert.ok(!allForms(a).some((f) => /^(President|Mr|Chancellor|Secretary|Ms)\b/.test(f)), allForms(a).join(', '));
  assert.ok(!names(a).includes('State'));
  // A capitalised role word at a sentence start is not part of the name.
  assert.deepEqual(names(actorsOf('Manager Colm Brennan told reporters the tour was off.')), ['Colm Brennan']);
});

test('possessives attach to the name and spans point at the name only', () => {
  const text = "Trump's envoy flew to Kyiv. Kyiv's mayor welcomed him, and Donald Trump said so.";
  const a = actorsOf(text);
  const trump = byName(a, 'Donald Trump')!;
  assert.equal(trump.mentions, 2);
  for (const s of trump.spans) assert.ok(['Trump', 'Donald Trump'].includes(text.slice(s.start, s.end)));
  assert.equal(byName(a, 'Kyiv')?.mentions, 2);
  for (const actor of a) for (const s of actor.spans) assert.ok(actor.aliases.includes(text.slice(s.start, s.end)));
});

test('acronym forms merge with the full name', () => {
  const a = actorsOf(
    'The United States and the U.K. signed the pact. US and UK diplomats, the United Kingdom said, will brief the EU. ' +
    'The European Union and the United Nations welcomed it; the UN chief spoke in New York. ' +
    'The Coastal Resilience Fund (CRF) will pay for it, and CRF staff will visit.',
  );
  assert.deepEqual(byName(a, 'United States')?.aliases.sort(), ['US', 'United States']);
  assert.deepEqual(byName(a, 'United Kingdom')?.aliases.sort(), ['U.K.', 'UK', 'United Kingdom']);
  assert.deepEqual(byName(a, 'European Union')?.aliases.sort(), ['EU', 'European Union']);
  assert.deepEqual(byName(a, 'United Nations')?.aliases.sort(), ['UN', 'United Nations']);
  const fund = byName(a, 'Coastal Resilience Fund');
  assert.equal(fund?.kind, 'organization');
  assert.equal(fund?.mentions, 3); // full name, "(CRF)", "CRF"
  assert.equal(byName(a, 'New York')?.kind, 'place');
});

test('all-caps datelines are places and news agencies are organisations', () => {
  const a = actorsOf('KYIV, Ukraine (Reuters) - Ukraine said on Monday it had shot down drones.\nWASHINGTON (AP) — The Pentagon said more aid was coming.');
  assert.deepEqual(byName(a, 'Kyiv')?.aliases, ['KYIV']);
  assert.equal(byName(a, 'Washington, D.C.')?.kind, 'place');
  assert.equal(byName(a, 'Reuters')?.kind, 'organization');
  assert.equal(byName(a, 'Associated Press')?.kind, 'organization');
  assert.equal(byName(a, 'Pentagon')?.kind, 'organization');
});

test('sentence-initial common words, collectives, adjectives and events are not actors', () => {
  const a = actorsOf(
    'However, US officials said European leaders were divided. Earlier, Ukrainian negotiators met in Geneva. ' +
    'Asked about Article Five, the envoy said nothing. Speaking on Sunday, he cited the State of the Union address. ' +
    'Chatting with CNN in March, she said the Europeans were ready. Meanwhile Russian forces advanced. ' +
    'Talks resumed on Friday and talks will continue.',
  );
  assert.deepEqual(names(a), ['CNN', 'Geneva', 'United States']);
});

test('organisations by cue word, by role and by apposition', () => {
  const a = actorsOf(
    'The Bank of England raised rates, and the Ministry of Defence said it would cut spending. ' +
    'Larry Fink, BlackRock CEO, met the World Bank. Hartwell University and the Northern Farmers Association objected. ' +
    'Customers of Zentrix, a cloud storage company popular with schools, were told on Monday. ' +
    'The breach came to light when cybersecurity firm Kestrel Labs found the data. ' +
    'Meridian Freight chief executive Anna Kowalski said the company was sorry.',
  );
  for (const org of ['Bank of England', 'Ministry of Defence', 'BlackRock', 'World Bank', 'Hartwell University', 'Northern Farmers Association', 'Zentrix', 'Kestrel Labs', 'Meridian Freight']) {
    assert.equal(byName(a, org)?.kind, 'organization', `${org}: ${names(a).join(', ')}`);
  }
  assert.equal(byName(a, 'Larry Fink')?.kind, 'person');
  const b = actorsOf("A spokesperson for the Information Commissioner's Office said it was looking into Trump's Office visit.");
  assert.deepEqual(names(b), ["Information Commissioner's Office"]);
  assert.equal(byName(actorsOf('The Plastics Processors’ Association objected.'), 'Plastics Processors’ Association')?.kind, 'organization');
  const c = actorsOf('The Ukrainian Defence Ministry said the New York Police Department and the US Army had been told. In March Trump met Putin.');
  assert.deepEqual(names(c), ['New York Police Department', 'US Army', 'Ukrainian Defence Ministry']);
  assert.equal(byName(a, 'Anna Kowalski')?.kind, 'person');
});

test('platforms and Downing Street; the White House as a venue is a place', () => {
  const a = actorsOf('He posted on X that No 10 had agreed. Trump wrote on Truth Social before the meeting at the White House.');
  assert.equal(byName(a, 'X')?.kind, 'organization');
  assert.equal(byName(a, 'Downing Street')?.kind, 'organization');
  assert.equal(byName(a, 'Truth Social')?.kind, 'organization');
  assert.equal(byName(a, 'White House')?.kind, 'place');
  // A one-letter name without a platform context is nothing.
  assert.equal(byName(actorsOf('Plan X was shelved.'), 'X'), undefined);
});

test('hyphenated and particle names, and hyphenated adjectives', () => {
  const a = actorsOf(
    'Former president Jean-Claude Juncker criticised the NATO-like guarantee. ' +
    'Rep. Alexandria Ocasio-Cortez said the Russia-Ukraine war must end. ' +
    'Ursula von der Leyen spoke next; von der Leyen said Europe was ready.',
  );
  assert.equal(byName(a, 'Jean-Claude Juncker')?.kind, 'person');
  assert.equal(byName(a, 'Alexandria Ocasio-Cortez')?.kind, 'person');
  assert.deepEqual(byName(a, 'Ursula von der Leyen')?.aliases.sort(), ['Ursula von der Leyen', 'von der Leyen']);
  assert.equal(byName(a, 'NATO')?.kind, 'organization');
  assert.equal(byName(a, 'Russia')?.kind, 'place');
  assert.equal(byName(a, 'Ukraine')?.kind, 'place');
});

test('places from gazetteer, cue words and prepositions', () => {
  const a = actorsOf(
    'Shelling hit the Donetsk and Luhansk regions and the city of Kherson. A nurse from Tarlac said the Marivel Valley was flooded. ' +
    'Officials in Alaska and Berlin, Germany, were briefed.',
  );
  for (const p of ['Donetsk', 'Luhansk', 'Kherson', 'Tarlac', 'Marivel Valley', 'Alaska', 'Berlin', 'Germany']) {
    assert.equal(byName(a, p)?.kind, 'place', `${p}: ${names(a).join(', ')}`);
  }
});

test('boilerplate lines never yield actors', () => {
  const text = 'Trump met Putin in Alaska.\nBy Emel Akan\nFollow us on Instagram\nPic: Reuters';
  const a = actorsOf(text, ['By Emel Akan', 'Follow us on Instagram', 'Pic: Reuters']);
  assert.deepEqual(names(a), ['Alaska']);
});

test('definite descriptions resolve to the person of that nationality and role', () => {
  const a = actorsOf(
    'Ukrainian President Volodymyr Zelensky met Russian President Vladimir Putin. The Ukrainian president later said the Russian president lied. ' +
    'NATO said the alliance would respond.',
  );
  assert.ok(byName(a, 'Volodymyr Zelensky')?.aliases.includes('The Ukrainian president'));
  assert.ok(byName(a, 'Vladimir Putin')?.aliases.includes('the Russian president'));
  assert.ok(byName(a, 'NATO')?.aliases.includes('the alliance'));
  // "the president" with two presidents in the article stays unresolved.
  assert.ok(!allForms(a).includes('the president'));
  const b = actorsOf('President Joe Biden met the Irish prime minister. Later the president flew home.');
  assert.ok(byName(b, 'Joe Biden')?.aliases.includes('the president'));
});

test('resolveMention finds the actor a written mention refers to', () => {
  const a = actorsOf(
    'US special envoy Steve Witkoff and President Donald Trump met Ukrainian President Volodymyr Zelensky. ' +
    'US Secretary of State Marco Rubio said the talks helped. Mr Witkoff agreed.',
  );
  assert.equal(resolveMention(a, 'Mr Witkoff')?.name, 'Steve Witkoff');
  assert.equal(resolveMention(a, 'Witkoff')?.name, 'Steve Witkoff');
  assert.equal(resolveMention(a, 'President Donald Trump')?.name, 'Donald Trump');
  assert.equal(resolveMention(a, "Trump's")?.name, 'Donald Trump');
  assert.equal(resolveMention(a, 'Rubio')?.name, 'Marco Rubio');
  assert.equal(resolveMention(a, 'US Secretary of State Marco Rubio')?.name, 'Marco Rubio');
  assert.equal(resolveMention(a, 'the Ukrainian president')?.name, 'Volodymyr Zelensky');
  assert.equal(resolveMention(a, 'a US official'), null);
  assert.equal(resolveMention(a, 'Kushner'), null);
});

test('mergeActors merges spelling variants, surnames and acronyms across articles and rewrites ids', () => {
  const arts = [
    { id: 'a', actors: actorsOf('President Volodymyr Zelensky spoke to the EU in Kyiv. Zelensky was upbeat.') },
    { id: 'b', actors: actorsOf('Ukrainian President Volodymyr Zelenskyy met the European Union in Brussels.') },
    { id: 'c', actors: actorsOf('Mr Zelenskyy said Kiev would not cede land. Donald Trump disagreed.') },
    { id: 'd', actors: actorsOf('Melania Trump and Donald Trump attended; Trump spoke.') },
  ];
  const corpus = mergeActors(arts);
  const zel = corpus.filter((c) => /zelensk/i.test(c.name));
  assert.equal(zel.length, 1, JSON.stringify(zel));
  assert.deepEqual(zel[0]!.articles.sort(), ['a', 'b', 'c']);
  assert.ok(zel[0]!.aliases.includes('Zelensky') && zel[0]!.aliases.includes('Zelenskyy'));
  const eu = corpus.filter((c) => c.kind === 'organization' && /EU|European Union/.test(c.name));
  assert.equal(eu.length, 1);
  const kyiv = corpus.filter((c) => c.name === 'Kyiv');
  assert.equal(kyiv.length, 1);
  assert.deepEqual(kyiv[0]!.articles.sort(), ['a', 'c']);
  // Every article actor now carries its corpus id.
  const ids = new Set(corpus.map((c) => c.id));
  for (const a of arts) for (const x of a.actors) assert.ok(ids.has(x.id), x.id);
  const zelIds = new Set(arts.flatMap((a) => a.actors.filter((x) => /zelensk/i.test(x.name)).map((x) => x.id)));
  assert.equal(zelIds.size, 1);
  // Melania and Donald Trump stay apart.
  assert.equal(corpus.filter((c) => /Trump/.test(c.name)).length, 2);
  assert.equal(corpus.reduce((s, c) => s + c.mentions, 0), arts.reduce((s, a) => s + a.actors.reduce((t, x) => t + x.mentions, 0), 0));
});

test('a title-case headline yields only names the article confirms', () => {
  const a = actorsOf(
    'Trump Hints At Big Progress On Russia As Envoy Outlines Ukraine Security Offer\n' +
    'US special envoy Steve Witkoff said on Sunday that Donald Trump was pleased.',
  );
  assert.deepEqual(names(a), ['Donald Trump', 'Russia', 'Steve Witkoff', 'Ukraine', 'United States']);
  assert.equal(byName(a, 'Donald Trump')?.mentions, 2);
});

test('datelines, portfolios, short organisation names and headline speakers', () => {
  const a = actorsOf(
    'Petrov: "The figures show the blackout is getting worse"\n' +
    'CLUJ, Romania (Metro Wire) - Environment Minister Chloe Osei met the Northern Fisheries Authority and Luzon Live Productions in Cluj.\n' +
    'Luzon Live said it was cooperating. Castillo said the fund would be reviewed. Analysts said little. Elena Petrov disagreed.',
  );
  assert.deepEqual(byName(a, 'Cluj')?.aliases.sort(), ['CLUJ', 'Cluj']);
  assert.equal(byName(a, 'Cluj')?.kind, 'place');
  assert.equal(byName(a, 'Environment'), undefined);
  assert.equal(byName(a, 'Chloe Osei')?.kind, 'person');
  assert.deepEqual(byName(a, 'Luzon Live Productions')?.aliases.sort(), ['Luzon Live', 'Luzon Live Productions']);
  assert.equal(byName(a, 'Castillo')?.kind, 'person');
  assert.equal(byName(a, 'Analysts'), undefined);
  assert.equal(byName(a, 'Elena Petrov')?.mentions, 2);
});

test('mergeActors gives a name the kind most articles give it', () => {
  const arts = [
    { id: 'a', actors: actorsOf('Customers of Zentrix, a cloud storage company, were told on Monday.') },
    { id: 'b', actors: actorsOf('The breach hit cloud company Zentrix hard.') },
    { id: 'c', actors: actorsOf('"We are sorry," Zentrix said in a statement.') },
  ];
  assert.equal(arts[2]!.actors.find((x) => x.name === 'Zentrix')?.kind, 'person'); // no cue in that article alone
  const corpus = mergeActors(arts);
  const z = corpus.filter((c) => c.name === 'Zentrix');
  assert.equal(z.length, 1);
  assert.equal(z[0]!.kind, 'organization');
  assert.deepEqual(z[0]!.articles.sort(), ['a', 'b', 'c']);
  assert.equal(arts[2]!.actors.find((x) => x.name === 'Zentrix')?.kind, 'organization');
});

test('a description with the wrong role is left unresolved', () => {
  const a = actorsOf('US special envoy Steve Witkoff met US President Donald Trump. Russian envoy Kirill Dmitriev was there. The Russian president did not come.');
  assert.equal(resolveMention(a, 'the Russian president'), null);
  assert.equal(resolveMention(a, 'the US president')?.name, 'Donald Trump');
  assert.equal(resolveMention(a, 'the Russian envoy')?.name, 'Kirill Dmitriev');
  assert.ok(!byName(a, 'Kirill Dmitriev')?.aliases.includes('The Russian president'));
});

test('appositions, "said Name" and a full name joining a titled surname', () => {
  const a = actorsOf(
    'Kemi Badenoch, the Conservative leader, said Labour had broken its promises. Mrs Badenoch added: "This is a tax on work." ' +
    'In Scotland, First Minister John Swinney said Holyrood would respond. "We are ready," said Tomasz Nowak. The plan failed, according to Nowak.',
  );
  assert.deepEqual(byName(a, 'Kemi Badenoch')?.aliases.sort(), ['Badenoch', 'Kemi Badenoch']);
  assert.deepEqual(byName(a, 'Tomasz Nowak')?.aliases.sort(), ['Nowak', 'Tomasz Nowak']);
  assert.equal(byName(a, 'Holyrood'), undefined); // "said Holyrood would ...": a clause, not a speaker
  const b = actorsOf('Nvidia shares rose 4%; Jensen Huang, its chief executive, said demand was strong. Local Councillors said no. Rep. Marjorie Taylor Greene, a Georgia Republican, agreed.');
  assert.deepEqual(names(b, 'person'), ['Jensen Huang', 'Marjorie Taylor Greene']);
  assert.equal(byName(b, 'Georgia')?.kind, 'place');
});

// Round 2: unseen names typed by context, not by lists (the given names here are in no list).
test('unknown given names: kin/role noun and comma, age, role word, possessive apposition, surname reuse', () => {
  const a = actorsOf(
    'The club thanked its fans on Sunday. His sister, Ysolde, flew in from abroad to watch. ' +
    'Her collaborator, Osric Dunmore, a hydrologist at the Greyfield Institute, was more cautious. ' +
    'The ground fell silent for former boss Tamsin Quarrell. ' +
    'Berrick Vance, 34, was arrested on Friday. ' +
    'Fennimore Kask, Lorvex\'s chief executive, said costs would fall. ' +
    'Thanks went to Iolo Brackwater after the game. Brackwater had coached the side for a decade.',
  );
  for (const n of ['Ysolde', 'Osric Dunmore', 'Tamsin Quarrell', 'Berrick Vance', 'Fennimore Kask', 'Iolo Brackwater']) {
    assert.equal(byName(a, n)?.kind, 'person', `${n}: ${names(a).join(', ')}`);
  }
  assert.deepEqual(byName(a, 'Iolo Brackwater')?.aliases.sort(), ['Brackwater', 'Iolo Brackwater']);
  assert.ok(!names(a, 'person').includes("I'd"));
  // A place or club shortened to its first word is no person: "Dunsmere Vale ... Dunsmere".
  const b = actorsOf('The road to Dunsmere Vale was shut. Dunsmere residents were angry. Dunsmere has flooded twice.');
  assert.ok(!names(b, 'person').includes('Dunsmere Vale'), names(b).join(', '));
});

test('organisation names: ampersand, "A and B Court", portfolio lists, cue words, known org + cue, workplaces', () => {
  const a = actorsOf(
    'A study by the Carden School of Botany & Applied Ecology found the opposite. ' +
    'The Soil and Water Tribunal ruled on Monday. The Merrow Pharmacy and Poisons Board objected. ' +
    'Later the Department of Fisheries, Ports and Harbours said in a statement that it would appeal. ' +
    'Shares of Quillfield Resources fell, and Trevane Biologics said in a statement that supply was secure. ' +
    'Analysts at Harrowgate said the ruling added uncertainty. The chairman told Channel 4 News that he disagreed. ' +
    'Greenhollow Pensions UK said in a statement the judgment was welcome.',
  );
  const orgs = names(a, 'organization');
  for (const n of ['Carden School of Botany & Applied Ecology', 'Soil and Water Tribunal', 'Department of Fisheries, Ports and Harbours', 'Quillfield Resources', 'Trevane Biologics', 'Harrowgate', 'Greenhollow Pensions UK']) {
    assert.ok(orgs.includes(n), `${n}: ${orgs.join(', ')}`);
  }
  assert.ok(orgs.includes('Channel 4 News'), orgs.join(', '));
  assert.ok(!names(a, 'person').some((p) => /Harbours|Harrowgate/.test(p)), names(a, 'person').join(', '));
});

test('sports: clubs in match reports, competitions are not actors, common acronyms are not organisations', () => {
  const a = actorsOf(
    'Halverton Rovers beat Kelsby Town 2-1 in the League Cup final at Wembley, with a late goal from the striker. ' +
    'The winner came in extra time after a VAR review, and the penalty was saved. They beat a Manchester United side in 1994. ' +
    'Kelsby had led through a header before the equaliser. The PC market and the antibody MAB-27 were not discussed.',
  );
  const orgs = names(a, 'organization');
  for (const n of ['Halverton Rovers', 'Kelsby Town', 'Manchester United']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(', ')}`);
  for (const n of ['League Cup', 'VAR', 'PC', 'MAB']) assert.ok(!names(a).includes(n), `${n}: ${names(a).join(', ')}`);
  assert.equal(byName(a, 'Wembley')?.kind, 'place');
  assert.ok(!names(a, 'place').includes('Manchester'));
});

test('places from context: lists after a place, Lake/Mount, X-based, shouted datelines, state abbreviations', () => {
  const a = actorsOf(
    'PORT HALLOW, Calif. - The trial ran in the counties of Nyamira, Oboro and Kesse. ' +
    'Teams worked in villages along Lake Tumara and on Mount Eskel. ' +
    'The Dunmore-based firm employs 400 people; its founder is Vashti-born.',
  );
  const places = names(a, 'place');
  for (const n of ['Port Hallow', 'California', 'Nyamira', 'Oboro', 'Kesse', 'Lake Tumara', 'Mount Eskel', 'Dunmore']) {
    assert.ok(places.includes(n), `${n}: ${places.join(', ')}`);
  }
});

test('organisations from usage: plural verbs after a singular name, "The <masthead>", "told the <masthead>"', () => {
  const a = actorsOf(
    'Neon Meadow have cancelled their tour. Speaking to The Clarion on Monday, the singer said little. ' +
    'Ms Ardley told the Courier she was relieved. Pellham City have blamed the organisers.',
  );
  const orgs = names(a, 'organization');
  for (const n of ['Neon Meadow', 'The Clarion', 'Courier']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(', ')}`);
  assert.ok(!orgs.includes('Pellham City'), orgs.join(', '));
});

test('former employers, portfolios before a lower-case minister, competitions in sports reports', () => {
  const a = actorsOf('Mr Quayle, who joined the company in 2019 from Tessaly, said demand remained strong. Vornland IT minister Raghav Patel agreed.');
  assert.equal(byName(a, 'Tessaly')?.kind, 'organization', names(a).join(', '));
  assert.ok(!names(a, 'organization').includes('IT'), names(a).join(', '));
  const b = actorsOf(
    'Halverton Rovers won the final with a late goal from their striker in extra time. The manager praised the fans and the squad after the match. ' +
    'The penalty was saved at full-time, and the club will play in the Europa Conference League next season.',
  );
  assert.ok(!names(b).includes('Europa Conference League'), names(b).join(', '));
});

test('people from kinship verbs, readers and on-pitch actions; sentence-initial full names shortened to the surname', () => {
  const a = actorsOf('He married Odile Varnsworth in 1966. A reader, Brennick from Tullow, emails: "Great day." Varnsworth survives him.');
  assert.equal(byName(a, 'Odile Varnsworth')?.kind, 'person', names(a).join(', '));
  assert.equal(byName(a, 'Brennick')?.kind, 'person', names(a).join(', '));
  const b = actorsOf(
    'Kelsby led through a header before Torin Maddox equalised on the hour. The striker scored again in extra time, and the goal won the match. ' +
    'Fans stayed after full-time; the manager thanked the squad and the club. Penalty talk filled the season.\n' +
    'Quillan Quorne fumes at the referee.\nQuorne said the goal should have stood.',
  );
  assert.equal(byName(b, 'Torin Maddox')?.kind, 'person', names(b).join(', '));
  assert.equal(byName(b, 'Quillan Quorne')?.kind, 'person', names(b).join(', '));
});

test('courts and emergencies: judicial and police titles, sheriff offices, named fires are events, agencies', () => {
  const a = actorsOf(
    'U.S. District Judge Harriet Vole ruled on Monday. The Pell County Sheriff\'s Office said deputies were at the scene. ' +
    'Fire Chief Amos Tull said crews from Cal Fire were battling the Quarry Fire. Defense attorney Marla Fenwick disagreed. ' +
    'The Securities and Exchange Commission sued.',
  );
  for (const n of ['Harriet Vole', 'Amos Tull', 'Marla Fenwick']) assert.equal(byName(a, n)?.kind, 'person', names(a).join(', '));
  const orgs = names(a, 'organization');
  for (const n of ["Pell County Sheriff's Office", 'Cal Fire', 'SEC']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(', ')}`);
  assert.ok(!names(a).some((n) => /Quarry|Defense/.test(n)), names(a).join(', '));
});

test('a sentence-initial role word marks the unknown name after it; possessive company attributes; towns people moved from', () => {
  const a = actorsOf("Guitarist Pim Okonjo left the band. He moved from Carrowby in 2001. Tarvex's chief executive, Jo Lin, spoke. Trump's spokesperson said no.");
  assert.equal(byName(a, 'Pim Okonjo')?.kind, 'person', names(a).join(', '));
  assert.equal(byName(a, 'Tarvex')?.kind, 'organization', names(a).join(', '));
  assert.equal(byName(a, 'Carrowby')?.kind, 'place', names(a).join(', '));
  assert.ok(!names(a, 'organization').includes('Trump'));
});

test('invented wire stories (wildfire, fraud trial): agencies, companies by usage, officials, no stray words', () => {
  const read = (f: string): ArticleActor[] => actorsOf(readFileSync(new URL(`./fixtures/actors/${f}`, import.meta.url), 'utf8'));
  const fire = read('wildfire-wire.txt');
  const fo = names(fire, 'organization');
  for (const n of ['Cal Fire', 'National Weather Service', 'Southern California Edison', 'Edison International', 'FEMA']) assert.ok(fo.includes(n), `${n}: ${fo.join(', ')}`);
  for (const n of ['Marisol Ocampo', 'Robert Luna', 'Gavin Newsom', 'Tomasz Wierzbicki', 'Ariel Cohen']) assert.equal(byName(fire, n)?.kind, 'person', names(fire).join(', '));
  assert.ok(!names(fire).some((n) => /Cedar Canyon|^Southern$|^Edison$/.test(n)), names(fire).join(', '));
  const trial = read('fraud-trial.txt');
  const to = names(trial, 'organization');
  for (const n of ['Pellucid Pay', 'Harrowgate Partners', 'SEC']) assert.ok(to.includes(n), `${n}: ${to.join(', ')}`);
  for (const n of ['Adaeze Okafor-Lind', 'Miriam Castellanos', 'Gideon Marchbanks', 'Kenji Moreau', 'Lucinda Brekke', 'Damian Williams']) assert.equal(byName(trial, n)?.kind, 'person', names(trial).join(', '));
});

test('tabloid and court styles: hyphenated epithets, post-nominals, premodifiers before roles, in-laws, The Sun', () => {
  const a = actorsOf(
    'BLAZE HELL: Mum-of-three Kayleigh Dobbs, 29, told The Sun she fled. Local councillor Priya Banerjee said so. ' +
    'Defence barrister Sir Quentin Hale KC told the court. His brother-in-law, Rafe Dunn, spoke. Tarvex boss Jo Lin spoke.',
  );
  for (const n of ['Kayleigh Dobbs', 'Priya Banerjee', 'Quentin Hale', 'Rafe Dunn', 'Jo Lin']) assert.equal(byName(a, n)?.kind, 'person', names(a).join(', '));
  assert.deepEqual(names(a, 'organization'), ['Tarvex', 'The Sun']);
});

test('a clause after a place and a comma is no list of places', () => {
  const a = actorsOf('In Paris, Dupontel was quiet. The counties of Nyamira, Oboro and Kesse were hit.');
  assert.ok(!names(a, 'place').includes('Dupontel'), names(a).join(', '));
  for (const n of ['Nyamira', 'Oboro', 'Kesse']) assert.ok(names(a, 'place').includes(n), names(a).join(', '));
});

test('"at X": workplaces are organisations, venues closing a clause are places', () => {
  const a = actorsOf('She works at Quorvex. Analysts at Harrowgate said so. The final was played at Dunmere.');
  assert.equal(byName(a, 'Quorvex')?.kind, 'organization', names(a).join(', '));
  assert.equal(byName(a, 'Harrowgate')?.kind, 'organization', names(a).join(', '));
  assert.equal(byName(a, 'Dunmere')?.kind, 'place', names(a).join(', '));
});

// Round 3: general rules checked on invented copy (no held-out names).
test('given names with diacritics, honorifics and a title before a compound given name', () => {
  const a = actorsOf(
    'Seismologist Ramón Ibáñez recalled that the valley had shaken before. ' +
    'The head of the agency, Gen José Luis Ortega, said roads were open. ' +
    'Mourners included Lolo Adaeze Okafor, who said the town had lost a father.',
  );
  assert.equal(byName(a, 'Ramón Ibáñez')?.kind, 'person', names(a).join(', '));
  assert.equal(byName(a, 'José Luis Ortega')?.kind, 'person', names(a).join(', '));
  assert.equal(byName(a, 'Adaeze Okafor')?.kind, 'person', names(a).join(', '));
  assert.ok(!names(a).includes('Luis Ortega'));
});

test('places by settlement and landform context; areas after a known town', () => {
  const a = actorsOf(
    'Flames reached the town of Wattle Bend on Monday, officials said, and the church of San Isidro lost its roof.\n' +
    'Farmers in the Tambo valley were cut off. Roads to Huaraya were blocked, about 30 km northeast of Pallca.\n' +
    'The Kaduna State Governor said the Lagos State government would help.',
  );
  const kinds = Object.fromEntries(a.map((x) => [x.name, x.kind]));
  assert.equal(kinds['Wattle Bend'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['San Isidro'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Tambo valley'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Huaraya'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Pallca'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Kaduna State'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Lagos State'], 'place', JSON.stringify(kinds));
});

test('organisations by usage: share moves, statements taken up as a firm, group appositions, benches, ministries', () => {
  const a = actorsOf(
    'Lenders rallied. Karvani Capital Finserv rose 3.4 per cent and Mehra Motors fell 1.1%.\n' +
    'Quikpay said in a statement that it would appeal. The company was fined last year.\n' +
    'A residents\' group, Riverside Tenants Voice, said it was worried.\n' +
    'Northern Ridge Nickel, which operates two mines in the region, said output was normal.\n' +
    'Deputy Ana Ruiz, of the Nuevo Rumbo bench, objected. The health ministry said clinics were open.',
  );
  const kinds = Object.fromEntries(a.map((x) => [x.name, x.kind]));
  assert.equal(kinds['Karvani Capital Finserv'], 'organization', JSON.stringify(kinds));
  assert.equal(kinds['Quikpay'], 'organization', JSON.stringify(kinds));
  assert.equal(kinds['Riverside Tenants Voice'], 'organization', JSON.stringify(kinds));
  assert.equal(kinds['Northern Ridge Nickel'], 'organization', JSON.stringify(kinds));
  assert.equal(kinds['Nuevo Rumbo'], 'organization', JSON.stringify(kinds));
  assert.ok(a.some((x) => x.kind === 'organization' && x.aliases.includes('health ministry')), JSON.stringify(kinds));
});

test('a surname said in a statement stays a person; shouted words and transcript labels are no actors', () => {
  const a = actorsOf(
    'Frontman Declan Moyes cancelled the show.\n' +
    '"We will be back," Moyes said in a statement.\n' +
    'FURIOUS residents have lost their homes, and the council LOST its appeal.\n' +
    '9:10am — Premier Jo Bellamy spoke to presenter Rick Dunstan this morning.\n' +
    'DUNSTAN: Are you confident?\nBELLAMY: We are doing everything we can.',
  );
  assert.equal(byName(a, 'Declan Moyes')?.kind, 'person', names(a).join(', '));
  assert.ok(!a.some((x) => x.kind === 'organization' && /Moyes/.test(x.name)), names(a).join(', '));
  for (const w of ['FURIOUS', 'LOST', 'DUNSTAN', 'BELLAMY', 'Dunstan']) assert.ok(!a.some((x) => x.kind !== 'person' && x.name === w), `${w}: ${names(a).join(', ')}`);
});

test('mastheads, club suffixes, space centres, languages and honours', () => {
  const a = actorsOf(
    'The scientist told The Coastal Ledger that the rocket lifted off from the Sagar Dweep Space Centre.\n' +
    'The mission name means "light" in Sanskrit. He was made a Member of the Order of the Niger (MON) in 2010.\n' +
    'The winger has joined Kanto Bay FC. Kanto Bay confirmed the deal on Friday. A nurse told the Clarion she was tired.',
  );
  const kinds = Object.fromEntries(a.map((x) => [x.name, x.kind]));
  assert.equal(kinds['The Coastal Ledger'], 'organization', JSON.stringify(kinds));
  assert.equal(kinds['Sagar Dweep Space Centre'], 'place', JSON.stringify(kinds));
  assert.equal(kinds['Clarion'], 'organization', JSON.stringify(kinds));
  const club = a.find((x) => x.name === 'Kanto Bay FC');
  assert.equal(club?.kind, 'organization');
  assert.ok(club?.aliases.includes('Kanto Bay'), JSON.stringify(kinds));
  for (const w of ['Sanskrit', 'Niger', 'MON', 'Kanto Bay']) assert.ok(!(w in kinds), `${w}: ${JSON.stringify(kinds)}`);
});

test('long public-body names: chained of/for complements, listed portfolios before the head, "and the" starts a new name', () => {
  const a = actorsOf(
    'The UN Office for the Coordination of Humanitarian Affairs said 40,000 people had been displaced. ' +
    'The case went to the Court of Appeals for the Second Circuit in New York. ' +
    'A spokesperson for the Foreign, Commonwealth and Development Office said it was in contact with the family. ' +
    'The Ministry of Health and the Department for Environment, Food and Rural Affairs issued guidance. ' +
    'The Bank of England on Tuesday held rates.',
  );
  assert.deepEqual(names(a, 'organization'), [
    'Bank of England', 'Court of Appeals for the Second Circuit', 'Department for Environment, Food and Rural Affairs',
    'Foreign, Commonwealth and Development Office', 'Ministry of Health', 'UN Office for the Coordination of Humanitarian Affairs',
  ]);
  assert.deepEqual(names(a, 'person'), []);
});

test('companies named by their trade: shipping lines, traders, stockbrokers, laboratories', () => {
  const a = actorsOf(
    'The MV Maria Consuelo, operated by Island Pearl Shipping Lines, left port at 4 p.m. ' +
    'The batches were imported by a Karachi-based distributor, Medline Traders, in March. ' +
    'Conor Fitzsimons covers the stock for Glenard Stockbrokers. Samples went to the Central Drugs Laboratory.',
  );
  assert.deepEqual(names(a, 'organization'), ['Central Drugs Laboratory', 'Glenard Stockbrokers', 'Island Pearl Shipping Lines', 'Medline Traders']);
});

test('museums, units, services and utilities are organisations; time zones are not', () => {
  const a = actorsOf('The Cambrian Museum in Cardiff said it would return the items. The North Shore Health Unit said 63 people were sick. Northway Water Services runs the plant for Ridgeline Utilities. The call started at 10 a.m. IST on Monday.');
  assert.deepEqual(names(a, 'organization'), ['Cambrian Museum', 'North Shore Health Unit', 'Northway Water Services', 'Ridgeline Utilities']);
  assert.deepEqual(names(a, 'person'), []);
});

test('well-known unions and agencies by their short names', () => {
  const a = actorsOf('Unite said its members would walk out on Monday. Acas is holding talks. RTÉ reported that WADA officials had met.');
  assert.deepEqual(names(a, 'organization'), ['Advisory, Conciliation and Arbitration Service', 'RTÉ', 'Unite the Union', 'World Anti-Doping Agency']);
});
