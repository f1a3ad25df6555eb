// Quotes and speakers on real-looking text: boundaries, attribution patterns, unnamed sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../source/corpus/clean.ts';
import { analyzeArticle } from '../source/extract/index.ts';
import type { AnalyzedArticle } from '../source/types.ts';

/** Analyses an article written as paragraphs (one per line). */
function analyze(...paragraphs: string[]): AnalyzedArticle {
  const text = paragraphs.join('\n');
  return analyzeArticle(parseArticle('t', 't.txt', text, Buffer.byteLength(text)));
}

const quotesOf = (a: AnalyzedArticle) => a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, anonymous: q.anonymous, kind: q.kind }));

test('a quote split by its attribution gives two quotes that share one attribution', () => {
  const a = analyze(
    'LONDON (Reuters) - The Bank of England held rates on Thursday.',
    '"We are not yet confident that inflation is beaten," Governor Andrew Bailey said, "and we will not cut until we are."',
  );
  const [first, second] = a.quotes;
  assert.equal(a.quotes.length, 2);
  assert.equal(first!.text, 'We are not yet confident that inflation is beaten,');
  assert.equal(second!.text, 'and we will not cut until we are.');
  assert.equal(first!.speaker, 'Andrew Bailey');
  assert.equal(second!.speaker, 'Andrew Bailey');
  assert.ok(first!.group && first!.group === second!.group, 'the two halves share a group');
  assert.equal(first!.verb, 'said');
});

test('a quote that runs on into the next paragraph is one quote in two parts, one speaker', () => {
  const a = analyze(
    'Maria Lopez, the city’s housing commissioner, told the council on Monday: “We have waited long enough for the developers to keep their promises.',
    '“From today, every permit will carry a deadline, and we will enforce it,” she said.',
    'The council approved the plan by nine votes to two.',
  );
  assert.equal(a.quotes.length, 2);
  assert.match(a.quotes[0]!.text, /^We have waited long enough/);
  assert.match(a.quotes[1]!.text, /^From today, every permit/);
  assert.ok(a.quotes.every((q) => q.speaker === 'Maria Lopez'));
  assert.equal(a.quotes[0]!.group, a.quotes[1]!.group);
});

test('an unbalanced mark never swallows the rest of the article', () => {
  const a = analyze(
    'The mayor said the plan was "a disaster for the city.',
    'Residents were not consulted, according to the report.',
    '"It is time to start again," said councillor Ben Akers.',
  );
  const last = a.quotes.at(-1)!;
  assert.equal(last.text, 'It is time to start again,');
  assert.equal(last.speaker, 'Ben Akers');
  for (const q of a.quotes) assert.ok(!q.text.includes('Residents were not consulted'), 'the stray mark stays in its paragraph');
});

test('nested single quotes stay inside the outer quote', () => {
  const a = analyze(`"They told us, 'Go home and wait,' and we did," said Ana Silva, a resident.`);
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0]!.text, "They told us, 'Go home and wait,' and we did,");
  assert.equal(a.quotes[0]!.speaker, 'Ana Silva');
});

test("British single-mark style, '' marks, and apostrophes that are not quotes", () => {
  const uk = analyze(
    'Mr Jones, the committee chairman, said: ‘The Smiths’ case is not unique. We don’t know how many others there are.’',
    'Rock ’n’ roll fans at the ’90s night were unaffected.',
  );
  assert.deepEqual(quotesOf(uk), [{ text: 'The Smiths’ case is not unique. We don’t know how many others there are.', speaker: 'Jones', anonymous: false, kind: 'statement' }]);
  const wire = analyze("''We will rebuild,'' Governor Kathy Hochul told reporters in Albany.");
  assert.equal(wire.quotes[0]!.text, 'We will rebuild,');
  assert.equal(wire.quotes[0]!.speaker, 'Kathy Hochul');
});

test('"he said" resolves to the right person, never to a name inside the quote', () => {
  const a = analyze(
    'Senator Clara Whitfield spent the morning in meetings with union leaders.',
    '"Governor Reyes has misled this state for two years," she said.',
  );
  assert.equal(a.quotes[0]!.speaker, 'Clara Whitfield');
});

test('a new person named between quotes takes over only when the pronoun fits', () => {
  const a = analyze(
    'Manager Colm Brennan told reporters the tour was off. "Nobody is thinking about music right now," he said.',
    'He said guitarist Niamh Cassidy had visited the injured fans. "She sat with their families for hours," he said.',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Colm Brennan', 'Colm Brennan']);
});

test('unnamed sources are speakers of their own, and the second is not the first', () => {
  const a = analyze(
    '"The ceasefire will hold," a senior US official said on condition of anonymity.',
    'But another US official was less sure.',
    '"Nobody knows what Moscow will do," the second official said.',
    '"We remain hopeful," the first official said.',
  );
  const [one, two, three] = a.quotes;
  assert.ok(a.quotes.every((q) => q.anonymous));
  assert.notEqual(one!.speaker, two!.speaker);
  assert.equal(one!.speaker, three!.speaker);
  assert.match(one!.speaker!, /official/);
});

test('inverted attribution, according to, organisations and statements', () => {
  const a = analyze(
    '"It is over," said Jane Doe, the finance minister.',
    'According to Amnesty International, "the detentions were arbitrary."',
    '"We take security seriously," Google said in a statement.',
    '"No decision has been made," a spokesperson for the ministry said.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker, q.anonymous]), [
    ['Jane Doe', false],
    ['Amnesty International', false],
    ['Google', false],
    ['ministry spokesperson', true],
  ]);
});

test('a scare quote is a term; a headline colon names the speaker', () => {
  const a = analyze(
    'Trump: "We are very close to a deal"',
    'Critics called the plan a "giveaway" to developers.',
  );
  assert.equal(a.quotes[0]!.speaker, 'Trump');
  assert.equal(a.quotes[0]!.kind, 'statement');
  assert.equal(a.quotes[1]!.kind, 'term');
});

test('a paragraph that is only a quote continues the last speaker', () => {
  const a = analyze(
    '"We made progress," Secretary of State Marco Rubio said on Sunday.',
    '"But we are still a long way off."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Marco Rubio', 'Marco Rubio']);
  assert.ok(a.quotes[1]!.confidence < a.quotes[0]!.confidence, 'an inherited speaker is less certain');
});

test('quotes and speakers carry offsets into the original text', () => {
  const a = analyze('Intro line here.', '“Offsets matter,” said Dana Reyes.');
  const q = a.quotes[0]!;
  assert.equal(a.text.slice(q.start, q.end), q.text);
  assert.equal(a.text.slice(q.speakerSpan!.start, q.speakerSpan!.end), q.speakerMention);
});

test('appositives, asides and descriptions before a name', () => {
  const a = analyze(
    'The head of the agency, retired General Tomas Ortega, explained that roads were cut: "Three bridges are down."',
    '"Search teams are on the way," the National Emergency Office (ONEM) said in a statement.',
    'The Diocese of Brava opened its churches to families. "Nobody will sleep outside tonight," the diocese said.',
    'But one nurse, who did not want to be named, hit back: "Why did they send lawyers?"',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker, q.anonymous]), [
    ['Tomas Ortega', false],
    ['National Emergency Office', false],
    ['Diocese of Brava', false],
    ['nurse', true],
  ]);
});

test('pronouns follow the subject chain and a role noun gives the gender', () => {
  const a = analyze(
    'Samuel Obi, who has died aged 81, was a bandleader. He was the son of a trader and his wife, Grace.',
    'It was Grace who first put a guitar in his hands. "Make it in tune," he recalled her saying.',
  );
  assert.equal(a.quotes[0]!.speaker, 'Samuel Obi');
});

test('answers in a Q&A belong to the interviewee', () => {
  const a = analyze(
    'Musician Dele Ade talked to us about his new record. Dele Ade has toured for forty years, and Dele Ade is not done.',
    'Q: Will you ever stop touring?',
    'A: "When my fingers stop. Not before."',
  );
  assert.equal(a.quotes[0]!.speaker, 'Dele Ade');
});

test('posts: the poster speaks, not the platform; "her post" points back to her', () => {
  const a = analyze(
    'Floods kill 41 in northern Kenya',
    'Opposition leader Grace Wanjiru has responded on X, writing: "The minister asks where my dams are. I am not the minister."',
    'Defence minister Rosa Quispe has just posted on X that army engineers have reopened the bridge at Huambo. Her post reads:',
    '"Bridge at Huambo reopened by army engineers. Trucks with water and tents are crossing now."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Grace Wanjiru', 'Rosa Quispe']);
});

test('a shouted headline phrase is nobody; the headline quote echoes its speaker in the body', () => {
  const a = analyze(
    "NURSES' FURY: 'We were treated like criminals'",
    "Intensive care nurse Shona McBride, 31, told the Clarion: 'We were treated like criminals. My mum was a nurse for 35 years.'",
    "COLES ROCKS 'N' ROLLS! Jamie's ton sinks India as Pruitt hails 'best knock I've seen'",
    "England head coach Gary Pruitt was purring afterwards. 'That's the best knock I've seen from an England player,' he said.",
  );
  assert.deepEqual(a.quotes.map((q) => [q.text.slice(0, 20), q.speaker]), [
    ['We were treated like', 'Shona McBride'],
    ['We were treated like', 'Shona McBride'],
    ["best knock I've seen", 'Gary Pruitt'],
    ["That's the best knoc", 'Gary Pruitt'],
  ]);
});

test('post-nominals, next-sentence attribution, lower-case roles after "said", "quoted by X as saying", audiences', () => {
  const a = analyze(
    'Recall row deepens',
    'Opposition health spokesperson Pádraig Nolan TD said the episode raised “serious questions” about checks.',
    '"Management\'s handling looks textbook. The question is the bill." That was the view of Conor Fitzsimons, who covers the stock for Glenard Stockbrokers.',
    '“Island communities cannot be collateral damage in an industrial dispute,” said transport secretary Kenneth Drummond.',
    'The company\'s chief executive, Declan Furlong, was quoted by Reuters as saying: "We will not rest until every bottle is off the shelf."',
    'Spokesperson Commodore Ricardo Salonga told reporters in Manila the search would continue "as long as there is hope".',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Pádraig Nolan', 'Conor Fitzsimons', 'Kenneth Drummond', 'Declan Furlong', 'Ricardo Salonga']);
});

test('a passive subject or a description never teaches a pronoun the wrong gender', () => {
  const a = analyze(
    'NAFDAC warns Nigerians against syrup',
    'In a public alert signed by its director, Dr. Halima Bakare-Yusuf, on Wednesday, the agency said 14 batches had been imported.',
    'Speaking in Abuja on Thursday, Bakare-Yusuf said no adverse reaction linked to the product had been reported so far.',
    '"We have not received any report of harm," she said.',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Halima Bakare-Yusuf']);
  const b = analyze(
    'ISLAMABAD: The Drug Regulatory Authority of Pakistan (Drap) on Thursday ordered an immediate recall of six batches.',
    'According to a drug safety alert issued by Drap, the batches were imported by a Karachi-based distributor.',
    '“All pharmacists are directed to stop the sale of the affected batches,” the alert said.',
  );
  assert.deepEqual(b.quotes.map((q) => q.speaker), ['Drug Regulatory Authority of Pakistan']);
});

test('a crew member is an unnamed source; a headline body "orders" its quoted term', () => {
  const a = analyze(
    'Drap orders \'immediate\' recall of imported syrup',
    'Her husband, Rodrigo, a tricycle driver, had been waiting at the port. “God gave them back to me,” he said.',
    'A crew member, who asked not to be named, said the vessel had taken on extra cargo. “We told the chief mate it was too heavy,” the crew member said.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker, q.anonymous]), [['Drap', false], ['Rodrigo', false], ['crew member', true]]);
});

test('a dateline is never the subject; a possessive description with nobody before it is its own label', () => {
  const a = analyze(
    'Startup deal collapses',
    'NEW YORK (AP) — The startup\'s founder wrote to investors on Friday, saying the deal was "dead in the water."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ["startup's founder"]);
  const b = analyze(
    'Merger off',
    'LONDON, May 3 (Reuters) - Maria Lopez wrote to staff on Monday, saying the merger was "off the table."',
  );
  assert.deepEqual(b.quotes.map((q) => q.speaker), ['Maria Lopez']);
});

test('names in apposition win over roles and offices; "X of the Y-based Z" is X', () => {
  const a = analyze(
    'Kenya jails rhino horn financier',
    '"We will appeal," said his lawyer, Collins Wafula, outside the court.',
    '"This is not a loan," the Minister for Tourism, Arts and Culture, Mrs Abena Sarpong-Mensah, said at a briefing.',
    'She said the government would fund a new gallery.',
    '"He did not listen to them," she said.',
    "''The guys on the ground get caught,'' said Wanjiru Macharia of the Nairobi-based WildLink Africa.",
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Collins Wafula', 'Abena Sarpong-Mensah', 'Abena Sarpong-Mensah', 'Wanjiru Macharia']);
});

test('a colon after a clause gives its subject the quote; a page belongs to its owner, not the platform', () => {
  const a = analyze(
    'Boil-water advisory stays',
    'Dr. Arjun Mehta, the medical officer of health, opened by repeating the advice: "Do not drink tap water unless it has been boiled."',
    'The North Shore Health Unit says 63 people have reported symptoms. Eleven are in hospital. Via the health unit\'s Facebook page: "Please go to the emergency department."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Arjun Mehta', 'North Shore Health Unit']);
});

test("a short single-quoted fragment closes at a plural-looking mark even when the next paragraph opens a quote", () => {
  const a = analyze(
    'Museum to return gold',
    "Culture Secretary Owain Lloyd-Harris said the Welsh Government 'fully supports' the move.",
    "'Wales likes to think of itself as a nation on the receiving end of empire,' he said.",
  );
  assert.deepEqual(a.quotes.map((q) => q.text), ['fully supports', 'Wales likes to think of itself as a nation on the receiving end of empire,']);
});

test('a described source with a titled name in apposition is that person ("a Welsh officer, Captain X")', () => {
  const a = analyze(
    'Museum to return gold',
    'The objects were donated by the family of a Welsh officer, Captain Edward Vaughan-Lloyd. In one letter, written in 1874, he tells his mother the palace was "cleared out" before the fire.',
  );
  assert.deepEqual(a.quotes.map((q) => [q.speaker, q.anonymous]), [['Edward Vaughan-Lloyd', false]]);
});

test('a quote after a sentence about an organisation\'s statement is the organisation\'s', () => {
  const a = analyze(
    'Boil-water advisory stays',
    'Ridgeline Utilities, whose Northway subsidiary runs the plant, has just put out a written statement. Key lines: "Northway crews identified a mechanical fault and corrected it within hours."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Ridgeline Utilities']);
});

test('progressive "is saying" is no passive; a plain document before a colon names no one', () => {
  const a = analyze(
    'Deal talk',
    'Donald Trump is saying the deal is done. "It is over," he said.',
    'The ministry issued a statement on Monday. Maria Lopez, the mayor, spoke next. "We are ready," she said.',
    'The message was simple: "Stay at home."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Donald Trump', 'Maria Lopez', 'Maria Lopez']);
});

test('demonym descriptions, self-naming quotes, lower-case role runs, particles in names, inverted kin appositions', () => {
  const a = analyze(
    "Nigeria's Adeyemi-Bello set for bronze after Jamaica's Blackwood is banned",
    "Oluwaseun Adeyemi-Bello heard the news at 2 a.m. The Athletics Integrity Unit banned Jamaica's Tavian Blackwood for four years.",
    'The Nigerian, a senior at the University of Arkansas, said the news came with mixed feelings.',
    '“It’s bittersweet, man,” he said.',
    'Of Blackwood, he said: “I don’t know what happened with Tavian. I’m not going to judge him.”',
    '“Where else?” asked his mother, Folake Adeyemi, who was listening on speakerphone.',
    '"Houses can be rebuilt," disaster management state minister Mohammad Abdur Rahim Talukder told reporters.',
    '"It looks like a giant hand has swept through the camps," said Nur Aisyah binti Ahmad, a Malaysian emergency coordinator.',
    'Those reports described the budget as "insufficient to maintain the asset".',
  );
  assert.deepEqual(a.quotes.slice(0, 5).map((q) => q.speaker), [
    'Oluwaseun Adeyemi-Bello', 'Oluwaseun Adeyemi-Bello', 'Folake Adeyemi', 'Mohammad Abdur Rahim Talukder', 'Nur Aisyah binti Ahmad',
  ]);
  // A demonstrative is no name.
  assert.notEqual(a.quotes[5]!.speaker, 'Those');
});

test('a shared surname goes to the one named last; "the post on X" is the poster\'s', () => {
  const a = analyze(
    'Sprinter banned',
    "Jamaica's Tavian Blackwood was banned for four years. Blackwood denies wrongdoing, he said in a statement.",
    "Blackwood's mother, Pauline Blackwood, a retired teacher, wept as she spoke. ''They took his medal,'' she said.",
    '5.20pm: Humanita Malaysia has posted an update from its team on the ground. The post on X reads:',
    '"Our team in Kutupalong is safe. We need tarpaulins URGENTLY."',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker), ['Pauline Blackwood', 'Humanita Malaysia']);
});

test('an office whose complement ends in a name is that person; a spokesperson for someone stays the spokesperson', () => {
  const a = analyze(
    'Sprinter congratulated',
    'Minister of Sports Chief Adebayo Okonkwo-Daniels congratulated the sprinter on X, writing: "Well done."',
    'A spokesperson for Prime Minister Keir Starmer said: "We do not comment."',
  );
  assert.equal(a.quotes[0]!.speaker, 'Adebayo Okonkwo-Daniels');
  assert.equal(a.quotes[1]!.anonymous, true);
  assert.match(a.quotes[1]!.speaker ?? '', /spokesperson/);
});
