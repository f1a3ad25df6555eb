import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, readFile, rm, symlink, chmod, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadCorpus, listArticleFiles, MAX_ARTICLE_BYTES, skipMessage } from '../source/corpus/load.ts';
import { parseArticle } from '../source/corpus/clean.ts';
import { decodeBytes, decodeOrThrow, SkipFileError } from '../source/corpus/decode.ts';
import { parseFrontMatter } from '../source/corpus/frontmatter.ts';
import { datelineOf, titleFromLede } from '../source/corpus/metadata.ts';
import { UserError } from '../source/errors.ts';
import { GOLD_SETS, SYNTHETIC_SET, report, scoreSet } from './fixtures/corpus/gold-score.ts';
import type { Article, BlockKind } from '../source/types.ts';

const lineOf = (a: Article, start: number, end: number): string => a.text.slice(start, end);
/** Each line of the article with its kind. */
const kinds = (a: Article): [string, BlockKind][] => a.blocks.map((b) => [lineOf(a, b.start, b.end), b.kind]);
const kindOf = (a: Article, line: string): BlockKind | undefined => kinds(a).find(([l]) => l === line)?.[1];
/** The distinct lines that are neither content, title nor blank: what the gold calls boilerplateLines. */
const nonContent = (a: Article): string[] => [
  ...new Set(kinds(a).filter(([, k]) => k === 'boilerplate' || k === 'byline' || k === 'frontmatter').map(([l]) => l)),
];
const parse = (text: string, id = 'x'): Article => parseArticle(id, `${id}.txt`, text, Buffer.byteLength(text));

/** Every line is one block, in order, and blocks index into text exactly. */
function assertBlocksCoverText(a: Article): void {
  const lines = a.text.split('\n');
  assert.equal(a.blocks.length, lines.length);
  let pos = 0;
  a.blocks.forEach((b, i) => {
    assert.equal(b.start, pos);
    assert.equal(lineOf(a, b.start, b.end), lines[i]);
    pos = b.end + 1;
  });
}

describe('the bundled corpus against its gold', async () => {
  const gold = JSON.parse(await readFile('test/fixtures/seed-gold.json', 'utf8')) as {
    articles: { file: string; title: string | null; outlet: string | null; byline: string | null; dateline: string | null; boilerplateLines: string[] }[];
  };
  const { articles, skipped } = await loadCorpus('corpus');

  test('loads all five files, in order, with ids from their names', () => {
    assert.deepEqual(skipped, []);
    assert.deepEqual(
      articles.map((a) => a.id),
      gold.articles.map((g) => g.file.replace(/\.txt$/, '')),
    );
  });

  for (const g of gold.articles) {
    test(`${g.file}: title, outlet, byline, dateline, boilerplate lines`, () => {
      const a = articles.find((x) => x.path === g.file);
      assert.ok(a, `no article for ${g.file}`);
      assertBlocksCoverText(a);
      assert.equal(a.titleExplicit ? a.title : null, g.title, 'title');
      assert.equal(a.outlet, g.outlet, 'outlet');
      assert.equal(a.byline, g.byline, 'byline');
      assert.equal(a.dateline, g.dateline, 'dateline');
      assert.deepEqual(nonContent(a).sort(), [...g.boilerplateLines].sort(), 'boilerplate lines');
      if (!a.titleExplicit) {
        assert.ok(a.title.length > 10 && a.title.length <= 81, `derived title ${a.title}`);
      }
    });
  }
});

describe('cleaning rules on real-looking pages', () => {
  const fixture = async (name: string): Promise<Article> => {
    const text = await readFile(`test/fixtures/corpus/${name}`, 'utf8');
    return parseArticle(name.replace(/\.\w+$/, ''), name, text, text.length);
  };

  test('wire copy: headline, byline, timestamps, dateline with wire credit, photo credit, credits footer', async () => {
    const a = await fixture('wire-reuters.txt');
    assertBlocksCoverText(a);
    assert.equal(a.title, 'EU ministers back emergency gas price cap after all-night talks');
    assert.equal(a.titleExplicit, true);
    assert.equal(a.byline, 'Kate Abnett and Julia Payne');
    assert.equal(a.dateline, 'BRUSSELS');
    assert.equal(a.outlet, 'Reuters');
    assert.equal(kindOf(a, 'By Kate Abnett and Julia Payne'), 'byline');
    assert.equal(kindOf(a, 'November 24, 2025 6:12 AM GMT'), 'boilerplate');
    assert.equal(kindOf(a, 'Updated 2 hours ago'), 'boilerplate');
    assert.equal(kindOf(a, 'Advertisement'), 'boilerplate');
    assert.equal(kindOf(a, 'Sign up here.'), 'boilerplate');
    assert.equal(kindOf(a, 'Our Standards: The Thomson Reuters Trust Principles.'), 'boilerplate');
    assert.equal(kindOf(a, '(Reporting by Kate Abnett and Julia Payne; Editing by Alex Richardson)'), 'byline');
    const photo = kinds(a).find(([l]) => l.startsWith('FILE PHOTO:'));
    assert.equal(photo?.[1], 'boilerplate');
    // "advertisement" inside a sentence is content; so are quotes and short prose.
    assert.equal(kinds(a).find(([l]) => l.includes('newspaper advertisement'))?.[1], 'content');
    assert.equal(kindOf(a, '"This is a good day for Europe," Czech industry minister Jozef Sikela told reporters. "We showed we can act together."'), 'content');
    assert.equal(kindOf(a, 'Prices on the TTF fell 4% after the announcement.'), 'content');
  });

  test('digital page: share furniture, name + job byline, image credits, topic menu, copyright footer', async () => {
    const a = await fixture('digital-bbc.txt');
    assertBlocksCoverText(a);
    assert.equal(a.title, "Zelensky says Ukraine ready for talks 'in any format'");
    assert.equal(a.byline, 'Paul Kirby');
    assert.equal(a.outlet, 'BBC News');
    for (const l of ['2 hours ago', 'Share', 'Save', 'Getty Images', 'Image caption, Zelensky spoke to reporters in Kyiv on Monday', 'Related topics', 'Ukraine', 'War in Ukraine', 'Volodymyr Zelensky', 'More on this story', 'Copyright 2025 BBC. All rights reserved.']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kindOf(a, 'Paul Kirby'), 'byline');
    assert.equal(kindOf(a, 'Europe digital editor'), 'byline');
    // A crosshead in the body is content, not a menu.
    assert.equal(kindOf(a, 'What happens next?'), 'content');
  });

  test('markdown with front matter: metadata from front matter, H1, image embed, caption, agency notes', async () => {
    const a = await fixture('agency-frontmatter.md');
    assertBlocksCoverText(a);
    assert.equal(a.title, "Delhi air quality slips to 'severe' as stubble fires rise");
    assert.equal(a.titleExplicit, true);
    assert.equal(a.outlet, 'Hindustan Times');
    assert.equal(a.byline, 'Jayashree Nandi');
    assert.equal(a.date, '2025-11-19');
    assert.equal(a.url, 'https://www.hindustantimes.com/cities/delhi-news/air-quality-severe-101.html');
    assert.equal(a.dateline, 'New Delhi');
    assert.deepEqual(a.blocks.slice(0, 8).map((b) => b.kind), Array(8).fill('frontmatter'));
    for (const l of ['Also Read | Schools in Delhi shift to hybrid classes as smog thickens', '![Commuters on a smoggy morning](https://images.example.com/smog.jpg)', 'Commuters make their way through heavy smog in New Delhi. (HT Photo/Raj K Raj)', 'Follow us on Google News for the latest updates.', '(With inputs from PTI)']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kinds(a).filter(([, k]) => k === 'content').length, 2);
  });

  test('cable news page: masthead line, app and subscribe prompts, contributor line, topics, shouted footer', async () => {
    const a = await fixture('cable-fox.txt');
    assert.equal(a.outlet, 'Fox News');
    assert.equal(a.byline, 'Chad Pergram, Tyler Olson');
    assert.equal(a.dateline, null);
    for (const l of ['Fox News', 'Published November 14, 2025 11:48pm EST', 'Download the Fox News app', 'Subscribe now', "Fox News' Jamie Joseph contributed to this report.", 'Topics: Congress, Senate, Government shutdown', 'CLICK HERE TO GET THE FOX NEWS APP']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kindOf(a, 'The measure funds the government through Jan. 30.'), 'content');
  });

  test('Gulf broadcaster page: bracketed photo credit, staff byline, reading-list prompt, source line', async () => {
    const a = await fixture('gulf-aljazeera.txt');
    assert.equal(a.title, 'Israeli strikes kill dozens in Gaza as truce talks resume in Cairo');
    assert.equal(a.outlet, 'Al Jazeera');
    assert.equal(a.byline, null);
    for (const l of ['Palestinians inspect the damage after an overnight strike in Rafah [Mohammed Salem/Reuters]', 'Published On 15 Dec 2025', 'Save articles to read later and create your own reading list.', 'Source: Al Jazeera and news agencies']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kindOf(a, 'By Al Jazeera Staff'), 'byline');
    assert.equal(kindOf(a, 'Hamas delegation arrives in Egypt as the United States pushes for a deal before the holiday.'), 'content');
    assert.equal(kindOf(a, 'Egypt and Qatar have mediated between the two sides for months.'), 'content');
  });

  test('British paper: section label, dek, "Name in Place" byline, topic footer', async () => {
    const a = await fixture('paper-guardian.txt');
    assert.equal(a.title, 'Zelenskyy urges allies to speed up air defence deliveries before winter');
    assert.equal(a.byline, 'Dan Sabbagh');
    assert.equal(kindOf(a, 'Ukraine war'), 'boilerplate');
    assert.equal(kindOf(a, 'Ukrainian president says Russia is preparing a new wave of strikes on the energy grid'), 'content');
    assert.equal(kindOf(a, 'Dan Sabbagh in Kyiv'), 'byline');
    for (const l of ['Mon 15 Dec 2025 10.12 GMT', 'Share', 'Explore more on these topics', 'Europe', 'news', 'Reuse this content']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kindOf(a, 'Analysts said the warning matched intelligence assessments shared with Nato members last week.'), 'content');
  });

  test('American paper: furniture above the headline, dek, byline block, gift prompt, author bio', async () => {
    const a = await fixture('paper-nyt.txt');
    assert.equal(a.title, 'Fed Holds Rates Steady, Signaling Patience on Cuts');
    assert.equal(a.byline, 'Jeanna Smialek');
    assert.equal(a.outlet, 'The Times');
    for (const l of ['Supported by', 'SKIP ADVERTISEMENT', 'Share full article', 'Read in app', 'Dec. 10, 2025, 2:00 p.m. ET', 'As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    for (const l of ['By Jeanna Smialek', 'Reporting from Washington', 'Jeanna Smialek covers the Federal Reserve and the economy for The Times. She is based in Washington.']) {
      assert.equal(kindOf(a, l), 'byline', l);
    }
    assert.equal(kinds(a).filter(([, k]) => k === 'content').length, 3);
  });

  test('Korean wire: (LEAD) headline, dateline with wire credit, (END) marker', async () => {
    const a = await fixture('wire-yonhap.txt');
    assert.equal(a.title, '(LEAD) N. Korea fires ballistic missile into East Sea: JCS');
    assert.equal(a.outlet, 'Yonhap');
    assert.equal(a.dateline, 'SEOUL');
    assert.equal(kindOf(a, '(END)'), 'boilerplate');
    assert.equal(kinds(a).filter(([, k]) => k === 'content').length, 3);
  });

  test('Australian broadcaster: masthead, glued topic label, posted time, app prompts, back to top', async () => {
    const a = await fixture('public-abc.txt');
    assert.equal(a.title, 'Residents told to evacuate as Hawkesbury River rises');
    assert.equal(a.byline, 'Jane Norman');
    assert.equal(a.outlet, 'ABC News');
    for (const l of ['ABC News', 'Topic:Floods', 'Posted Mon 15 Dec 2025 at 5:02am', 'Get breaking news alerts directly to your phone with the ABC News app.', 'Download the ABC News app for the latest news.', 'Back to top']) {
      assert.equal(kindOf(a, l), 'boilerplate', l);
    }
    assert.equal(kinds(a).filter(([, k]) => k === 'content').length, 3);
  });

  test('photo captions and credits, wherever they sit', () => {
    const a = parse(
      [
        'Rescue teams reached the village on Tuesday after the road was cleared of debris and mud.',
        'Picture:',
        'Residents wait for supplies outside the school',
        'A man walks past a collapsed house. Pic: Reuters',
        'Photo: Getty Images',
        'Firefighters at the scene on Monday. (File photo)',
        'Relatives gather outside the hospital. (AP Photo/Jae C. Hong)',
        'Soldiers unload aid. Photograph: Anadolu/Getty Images',
        'Image credit: Supplied',
        'The aid agency said more than 3,000 people had been displaced by the floods.',
      ].join('\n'),
    );
    const k = kinds(a).map(([, x]) => x);
    assert.deepEqual(k, ['content', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'content']);
  });

  test('ad slots, paywall labels, newsletter and app prompts, follow prompts, developing-news notes', () => {
    const lines = [
      'Advertisement',
      'ADVERTISEMENT',
      'Premium',
      'Story continues below this ad',
      'Continue reading the main story',
      'Sign up for our newsletter',
      'Subscribe to our Morning Briefing newsletter for the day’s top stories.',
      'Install the Express App for',
      'Get the BBC News app',
      'From the homepage',
      'Stay updated with the latest - Click here to follow us on Instagram',
      'This is developing news and will be updated.',
      'This story has been updated with additional details.',
      '5 min read',
      'Listen to this article',
    ];
    const a = parse(['The minister resigned on Friday after a week of pressure from her own party.', ...lines, 'Her deputy will take over until a successor is chosen next month.'].join('\n'));
    for (const l of lines) assert.equal(kindOf(a, l), 'boilerplate', l);
  });

  test('content is not lost: prose that mentions furniture words, quotes, summary bullets, subheadlines', () => {
    const body = [
      'Officials said the advertisement had been pulled after complaints, and that no one would be disciplined.',
      '"Subscribe to nothing you do not understand," the regulator warned investors on Monday.',
      '- The central bank held rates at 3.5% for a third month.',
      '- Analysts expect a cut in the spring.',
      'Rates on hold',
      'The decision was unanimous, the bank said in a statement.',
      'Photo opportunities were limited, aides said, because the president was running late.',
      'Governor: "We are not in a hurry"',
      'Complaints can be sent to complaints@centralbank.example, the bank said.',
      'Members who voted to hold:',
      'Ana Ruiz',
      'Tomas Berg',
      'Li Wei',
      'Share prices rose 2% after the announcement.',
      "Critics said the 'click here' culture of online ads had eroded trust.",
      "The company's newsletter was leaked last week.",
      'He urged voters to follow him on X for updates.',
      'Customers were told to download the app to check their balances.',
      'This report, published by the IMF in March, was updated in June.',
      'Input from farmers was ignored, the union said.',
      'Research by university economists found that rents rose 9%.',
      'By the end of the week, officials said, the talks had collapsed.',
      'Voters can pre-register online until Friday, officials said.',
    ];
    const a = parse(['Central bank holds rates as inflation cools', ...body, 'The next meeting is on 12 March.'].join('\n'));
    assert.equal(a.title, 'Central bank holds rates as inflation cools');
    for (const l of body) assert.equal(kindOf(a, l), 'content', l);
  });

  test('breadcrumbs are navigation; a headline with one separator is not', () => {
    const a = parse('Home > Security > Data Breaches\nHackers hit city water systems | Analysis of the fallout\nHackers breached the control systems of three city water plants last week, officials said.');
    assert.equal(kindOf(a, 'Home > Security > Data Breaches'), 'boilerplate');
    assert.equal(a.title, 'Hackers hit city water systems | Analysis of the fallout');
  });

  test('tag lists and navigation menus at the foot of the page', () => {
    const a = parse(
      [
        'The company said it would appeal the ruling, which it called "deeply flawed".',
        '',
        'Tags:',
        '  • antitrust',
        '  • google',
        'Edition',
        'Featured',
        'Trending Topics',
        'Multimedia',
        'Follow Us',
        'X',
      ].join('\n'),
    );
    assert.deepEqual(
      kinds(a).map(([, k]) => k),
      ['content', 'blank', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate'],
    );
  });

  test('bylines: "By", capitals, name + outlet reporter with e-mail, credit without a name', () => {
    const jd = parse('Seoul weighs new chip subsidies\nBY LEE HYO-JIN [lee.hyojin@joongang.co.kr]\nThe government is weighing new subsidies for chipmakers, officials said on Tuesday.');
    assert.equal(jd.byline, 'Lee Hyo-Jin');
    assert.equal(jd.outlet, 'Korea JoongAng Daily');
    assert.equal(parse('Talks resume in Geneva\nBy EMEL AKAN\nThe talks resumed on Monday after a two-week break, officials said.').byline, 'Emel Akan');
    const k = parse('Seoul stocks close higher\nKim Daeyoung, Hankyung.com reporter kdy@hankyung.com\nThe KOSPI rose 1.2% on Tuesday as chipmakers rallied on strong export data.');
    assert.equal(k.byline, 'Kim Daeyoung');
    assert.equal(k.outlet, 'Korea Economic Daily');
    assert.equal(kindOf(k, 'Kim Daeyoung, Hankyung.com reporter kdy@hankyung.com'), 'byline');
    const s = parse('Rupee hits record low\nSpecial Correspondent\nMUMBAI\nThe rupee fell to a record low against the dollar on Wednesday, traders said.');
    assert.equal(s.byline, 'Special Correspondent');
    assert.equal(kindOf(s, 'Special Correspondent'), 'byline');
    assert.equal(s.dateline, 'MUMBAI');
    // "By" opening a sentence is not a byline.
    const p = parse('Ferry service restored\nBy Monday, the ferries were running again.\nThe operator said repairs had taken longer than expected because of the storm.');
    assert.equal(p.byline, null);
    assert.equal(kindOf(p, 'By Monday, the ferries were running again.'), 'content');
  });

  test('all-caps headlines, "By AP", outlet signed after the headline', () => {
    const a = parse('TRUMP AND PUTIN MEET IN ALASKA\nBy AP\nThe two leaders met for three hours on Friday at a military base near Anchorage.');
    assert.equal(a.title, 'TRUMP AND PUTIN MEET IN ALASKA');
    assert.equal(a.byline, null);
    assert.equal(a.outlet, 'The Associated Press');
    assert.equal(parse('Talks stall in Geneva | Reuters\nThe talks stalled on Monday after delegates failed to agree on a text.').outlet, 'Reuters');
  });

  test('outlets: tagline, footer name, wire credit in the dateline, copyright holder, none when only the body names one', () => {
    assert.equal(parse('Journalism of Courage\nFarmers protest new water rules\nThousands of farmers marched on the state capital on Monday to protest new rules.').outlet, 'The Indian Express');
    assert.equal(parse('Stocks fall on rate fears\nLONDON (Reuters) - European shares fell on Tuesday as investors braced for higher rates.').outlet, 'Reuters');
    assert.equal(parse('Quake hits coast\nTOKYO (AP) — A strong earthquake shook northern Japan on Friday, officials said.').outlet, 'The Associated Press');
    assert.equal(parse('Port reopens after strike\nDockworkers returned to work on Monday after a ten-day strike ended.\n© 2025 Harbour Gazette Media. All rights reserved.').outlet, 'Harbour Gazette');
    assert.equal(parse('Port reopens after strike\nDockworkers returned to work on Monday after a ten-day strike ended.\n© 2025 The Dublin Courier').outlet, 'The Dublin Courier');
    assert.equal(parse('Port reopens after strike\nDockworkers returned to work on Monday after a ten-day strike ended.\n© Galway Tidings 2025').outlet, 'Galway Tidings');
    assert.equal(parse('Quake hits coast\nThe quake struck at dawn, officials said, and damaged dozens of homes near the port.\nReuters\nRescue teams were searching the rubble on Friday evening, the mayor said.').outlet, null);
    assert.equal(parse('Prices climb\nAccording to Reuters and other foreign media, prices climbed sharply on Monday after the announcement.').outlet, null);
  });

  test('datelines in their usual forms', () => {
    assert.equal(datelineOf('WASHINGTON: The United States said Monday...')?.place, 'WASHINGTON');
    assert.equal(datelineOf('WASHINGTON—Substantial progress was made...')?.place, 'WASHINGTON');
    assert.equal(datelineOf('LONDON (Reuters) - British inflation...')?.wire, 'Reuters');
    assert.equal(datelineOf('SAN JOSE, Calif. -- For at least five weeks...')?.place, 'SAN JOSE, Calif.');
    assert.equal(datelineOf('KYIV, Ukraine (AP) — Russian drones...')?.place, 'KYIV, Ukraine');
    assert.equal(datelineOf('NAIROBI, Nov 18 (Reuters) - Negotiators...')?.place, 'NAIROBI');
    assert.equal(datelineOf('Seoul, Dec 15 (Yonhap) -- South Korea...')?.place, 'Seoul');
    assert.equal(datelineOf('Manila (AFP) - Philippine authorities...')?.wire, 'AFP');
    assert.equal(datelineOf('Washington CNN — President Donald Trump said on Monday...')?.place, 'Washington');
    assert.equal(datelineOf('Washington CNN — President Donald Trump said on Monday...')?.wire, 'CNN');
    assert.equal(datelineOf('Former President Obama — who spoke on Monday — said...'), null);
    assert.equal(datelineOf('NATO-style guarantees were discussed...'), null);
    assert.equal(datelineOf('COVID-19 cases rose again...'), null);
    assert.equal(datelineOf('BREAKING: Markets tumble...'), null);
    assert.equal(datelineOf('The United States said Monday...'), null);
    assert.equal(datelineOf('New Delhi: The Supreme Court on Monday refused to stay the order, saying the petitioners had not made out a case for urgent relief.')?.place, 'New Delhi');
    assert.equal(datelineOf('Trump: "Possibility of a ceasefire closer than ever"'), null);
    assert.equal(datelineOf('Summary: The court refused to stay the order on Monday, saying the petitioners had not made out any case for relief.'), null);
  });

  test('derived titles: first sentence, dateline removed, cut on a word boundary', () => {
    assert.equal(titleFromLede('WASHINGTON: Mr. Smith met U.S. officials on Monday. He left on Tuesday.'), 'Mr. Smith met U.S. officials on Monday');
    const long = titleFromLede('Vladimir Putin has agreed to permit Ukraine’s allies to supply it a NATO-like safety assure as a part of an eventual deal.');
    assert.ok(long.length <= 81 && long.endsWith('…') && !long.includes('  '), long);
    assert.ok('Vladimir Putin has agreed to permit Ukraine’s allies to supply it a NATO-like safety assure'.startsWith(long.slice(0, -1)));
  });

  test('front matter: quoted values, lists, not confused with a rule above prose', () => {
    const fm = parseFrontMatter('---\ntitle: \'It\'\'s over\'\nauthors: [Ann Lee, "Bo Chan"]\n---\nBody');
    assert.equal(fm?.fields.get('title'), "It's over");
    assert.equal(fm?.fields.get('authors'), 'Ann Lee, Bo Chan');
    assert.equal(fm?.end, '---\ntitle: \'It\'\'s over\'\nauthors: [Ann Lee, "Bo Chan"]\n---\n'.length);
    assert.equal(parseFrontMatter('---\nThe minister said the plan would work.\n---\nMore text'), null);
    const a = parse('---\ntitle: Dam opens\noutlet: reuters\n---\nThe dam opened on Monday, officials said.');
    assert.equal(a.title, 'Dam opens');
    assert.equal(a.outlet, 'Reuters');
    assert.deepEqual(a.blocks.map((b) => b.kind), ['frontmatter', 'frontmatter', 'frontmatter', 'frontmatter', 'content']);
  });
});

describe('the seed and all held-out sets against their gold', () => {
  // Floors a little under the measured figures (see the printed table): a rule that starts
  // eating content, or loses a house style, fails here. Precision matters most: a content line
  // called boilerplate hides its quotes and actors.
  const scores = GOLD_SETS.map(scoreSet);
  test('boilerplate lines: precision and recall; title, outlet, byline, dateline', () => {
    console.log(report(scores));
    for (const s of scores) {
      assert.ok(s.precision >= 0.99, `${s.name}: boilerplate precision ${s.precision.toFixed(3)}`);
      // The first held-out set lists live-blog entry times as boilerplate; the others keep them (followed here).
      assert.ok(s.recall >= (s.name === 'heldout' ? 0.85 : 0.95), `${s.name}: boilerplate recall ${s.recall.toFixed(3)}`);
      assert.equal(s.fieldOk.title, s.n, `${s.name}: titles`);
      assert.equal(s.fieldOk.dateline, s.n, `${s.name}: datelines`);
      assert.ok(s.fieldOk.byline >= s.n - 1, `${s.name}: bylines ${s.fieldOk.byline}/${s.n}`);
      assert.ok(s.fieldOk.outlet >= s.n - 3, `${s.name}: outlets ${s.fieldOk.outlet}/${s.n}`);
    }
    const all = scores.reduce((t, s) => t + s.fieldOk.outlet, 0);
    assert.ok(all >= 48, `outlets right in ${all}/53 articles`);
  });
  test('generated pages: every boilerplate line, outlet and byline', () => {
    const s = scoreSet(SYNTHETIC_SET);
    assert.deepEqual([s.fp, s.fn], [0, 0]);
    assert.equal(s.fieldOk.outlet, s.n);
    assert.equal(s.fieldOk.byline, s.n);
  });
});

describe('round 2: bylines, mastheads and furniture of unseen house styles', () => {
  const lede = 'The regional council voted on Tuesday to close the old harbour bridge to heavy traffic, officials said.';
  const body = 'Engineers found cracks in two of the bridge supports during an inspection last month, the council said.';

  test('a bare name under the headline, right above the timestamp or the lede, is the byline', () => {
    const a = parse(['Harbour bridge closed to lorries', 'Council acts after engineers find cracks in the supports', 'Tomasz Wilk', 'Wed 4 Jun 2025 08.15 BST', lede, body].join('\n'));
    assert.equal(a.byline, 'Tomasz Wilk');
    assert.equal(kindOf(a, 'Tomasz Wilk'), 'byline');
    const b = parse(['Harbour bridge closed to lorries', 'R.K. Menon', lede, body].join('\n'));
    assert.equal(b.byline, 'R.K. Menon');
    // A Title Case kicker is not a name, and names inside the story stay content.
    const c = parse(['Harbour bridge closed to lorries', 'Middle East', lede, 'Councillors who voted against:', 'Anna Berg', 'Piotr Nowak', body].join('\n'));
    assert.equal(c.byline, null);
    assert.equal(kindOf(c, 'Middle East'), 'boilerplate');
    assert.equal(kindOf(c, 'Anna Berg'), 'content');
    // A Title Case kicker whose words the story repeats is not a name.
    const k = parse(['Lorry ban begins', 'Harbour Bridge', lede, body].join('\n'));
    assert.equal(k.byline, null);
    assert.notEqual(kindOf(k, 'Harbour Bridge'), 'byline');
  });

  test('bylines with a beat, a lower-case role, a shouted place or outlet, an outlet run on, live-blog credits', () => {
    const beat = parse(['Harbour bridge closed to lorries', 'Tomasz Wilk Transport correspondent', 'Wed 4 Jun 2025 08.15 BST', lede, body].join('\n'));
    assert.equal(beat.byline, 'Tomasz Wilk');
    assert.equal(kindOf(beat, 'Tomasz Wilk Transport correspondent'), 'byline');
    assert.equal(parse(['Harbour bridge closed to lorries', 'By senior transport reporter Ana Lopes', lede].join('\n')).byline, 'Ana Lopes');
    assert.equal(parse(['Harbour bridge closed to lorries', 'By JOHN KEMP AT THE TOWN HALL', lede].join('\n')).byline, 'John Kemp');
    assert.equal(parse(['Harbour bridge closed to lorries', 'By MARIA COSTA Associated Press', lede].join('\n')).byline, 'Maria Costa');
    const live = parse(['Bridge closure live: lorries diverted', 'Live updates by Ana Lopes and Tomasz Wilk. Last updated 11.02 BST', lede].join('\n'));
    assert.equal(live.byline, 'Ana Lopes and Tomasz Wilk');
    // A desk credit at the foot of wire copy is not the story's byline.
    const wire = parse(['Harbour bridge closed to lorries', `GDANSK (Reuters) - ${lede}`, body, '(Reporting by Piotr Nowak; Editing by Jane Roe)'].join('\n'));
    assert.equal(wire.byline, null);
    assert.equal(kindOf(wire, '(Reporting by Piotr Nowak; Editing by Jane Roe)'), 'byline');
  });

  test('outlets the table does not know: masthead lines, app prompts, print notes, staff credits, domains', () => {
    const m = parse(['Harbour bridge closed to lorries', 'The Baltic Courier', lede, body].join('\n'));
    assert.equal(m.outlet, 'The Baltic Courier');
    assert.equal(kindOf(m, 'The Baltic Courier'), 'boilerplate');
    const above = parse(['Coastal Weekly', 'Harbour bridge closed to lorries', lede, body].join('\n'));
    assert.equal(above.title, 'Harbour bridge closed to lorries');
    assert.equal(above.outlet, 'Coastal Weekly');
    const section = parse(['Harbour bridge closed to lorries', 'Port Review | Long read', lede, body].join('\n'));
    assert.equal(section.outlet, 'Port Review');
    assert.equal(parse(['Harbour bridge closed to lorries', lede, body, 'Download The Gdansk Ledger app for breaking news'].join('\n')).outlet, 'The Gdansk Ledger');
    assert.equal(parse(['Harbour bridge closed to lorries', 'Freight Today staff', lede, body].join('\n')).outlet, 'Freight Today');
    assert.equal(parse(['Harbour bridge closed to lorries', 'Freight Today staff', lede, body].join('\n')).byline, null);
    assert.equal(parse(['Harbour bridge closed to lorries', lede, body, 'This article appears in the June 2025 issue of Harbourmaster. Subscribe for the full archive.'].join('\n')).outlet, 'Harbourmaster');
    const more = parse(['Harbour bridge closed to lorries', lede, body, "MORE FROM CITY DESK: Ferry fares to rise in July"].join('\n'));
    assert.equal(more.outlet, 'City Desk');
    assert.equal(kindOf(more, 'MORE FROM CITY DESK: Ferry fares to rise in July'), 'boilerplate');
    const dom = parse(['Harbour bridge closed to lorries', lede, 'Lorries queue at the bridge. [Photo: Ana Lopes, Pomeranian Post]', body, 'Ana Lopes is a transport correspondent. Email: alopes@pomeranianpost.pl'].join('\n'));
    assert.equal(dom.outlet, 'Pomeranian Post');
    // A Title Case headline is not a masthead, nor a possessive kicker under it; a surname that is an outlet's name stays.
    const tc = parse(['Oil Prices Hit Record High Today', 'Brent crude passed $140 a barrel as supply fears grew', lede, body].join('\n'));
    assert.equal(tc.title, 'Oil Prices Hit Record High Today');
    assert.equal(tc.outlet, null);
    const kick = parse(['Harbour bridge closed to lorries', "Gdansk's Big Week", lede, body].join('\n'));
    assert.equal(kick.outlet, null);
    assert.equal(kindOf(kick, "Gdansk's Big Week"), 'content');
    assert.equal(parse(['Harbour bridge closed to lorries', 'By Mary Ann Dawn', lede].join('\n')).byline, 'Mary Ann Dawn');
    // Nothing that names an outlet: none is made up.
    assert.equal(parse(['Harbour bridge closed to lorries', lede, body, 'Contact the council at roads@gdansk-council.example'].join('\n')).outlet, null);
  });

  test('furniture: tip lines, print and archive notes, About footers, embed signatures, captions', () => {
    const lines = [
      'Got a news tip? Email the newsroom.',
      'Do you have a story? Email tips@balticcourier.example',
      'A version of this article appears in print on June 5, 2025, Section B, Page 2.',
      'This interview originally appeared in the March 3, 1998 edition.',
      'About the Harbour Trust: The trust manages the port on behalf of the city.',
      '— Ana Lopes (@AnaLopesPort) June 4, 2025',
      'Lorries queue at the harbour bridge on Tuesday (pictured)',
      'Pictured: engineers inspect the supports',
      'The old bridge at dawn. [Photo: Piotr Nowak, Harbour Gazette]',
      'Share or comment on this article:',
      'Live feed',
    ];
    const a = parse(['Harbour bridge closed to lorries', lede, ...lines.slice(0, 6), body, ...lines.slice(6)].join('\n'));
    for (const l of lines) assert.equal(kindOf(a, l), 'boilerplate', l);
  });

  test('content stays content: numbers after "About", "(pictured)" inside a sentence, prose about tips and apps', () => {
    const body2 = [
      'About 200 people gathered outside: some carried signs, others sang.',
      'The mayor (pictured) said the closure would last until September.',
      'Residents who have a tip about illegal crossings were asked to call the police.',
      'Drivers were told to download the council app to check closures.',
      'More from the council meeting: the budget vote was delayed again.',
    ];
    const a = parse(['Harbour bridge closed to lorries', lede, ...body2, body].join('\n'));
    for (const l of body2) assert.equal(kindOf(a, l), 'content', l);
  });

  test('live blogs: entry times are content, the page timestamp is not; an obituary keeps its closing line', () => {
    const a = parse(
      ['Bridge closure live: lorries diverted', 'Ana Lopes', 'Wed 4 Jun 2025 12.40 BST', '12.40 BST', body, '11.55 BST', lede, '10.30 BST', 'The first lorries were turned back at the ring road, police said.', 'Share'].join('\n'),
    );
    for (const t of ['12.40 BST', '11.55 BST', '10.30 BST']) assert.equal(kindOf(a, t), 'content', t);
    assert.equal(kindOf(a, 'Wed 4 Jun 2025 12.40 BST'), 'boilerplate');
    const lone = parse(['Harbour bridge closed to lorries', '09:12 GMT', lede, body].join('\n'));
    assert.equal(kindOf(lone, '09:12 GMT'), 'boilerplate');
    const obit = parse(['Jan Kowal obituary', 'Shipwright who built the harbour ferries', 'Ana Lopes', 'Jan Kowal, who has died aged 90, built most of the ferries that still cross the harbour.', 'He is survived by his wife, Ewa.', 'Jan Kowal, shipwright, born 2 May 1935; died 1 June 2025', 'Explore more on these topics'].join('\n'));
    assert.equal(kindOf(obit, 'Jan Kowal, shipwright, born 2 May 1935; died 1 June 2025'), 'content');
    assert.equal(kindOf(obit, 'Explore more on these topics'), 'boilerplate');
  });
});

describe('decoding', () => {
  const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
  test('UTF-8 with and without BOM, CRLF and CR line endings', () => {
    assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc('a\r\nb')])), { ok: true, text: 'a\nb' });
    assert.deepEqual(decodeBytes(enc('a\rb\r\n\r\nc')), { ok: true, text: 'a\nb\n\nc' });
  });
  test('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zelenskyy “said”\r\n', 'utf16le')]);
    assert.deepEqual(decodeBytes(le), { ok: true, text: 'Zelenskyy “said”\n' });
    const be = Buffer.from(Buffer.concat([Buffer.from('Zelenskyy “said”', 'utf16le')])).swap16();
    assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { ok: true, text: 'Zelenskyy “said”' });
  });
  test('binary, invalid UTF-8, control-heavy and empty input are refused', () => {
    assert.equal(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).ok, false);
    assert.equal(decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9])).ok, false); // Latin-1 "Café olé"
    assert.equal(decodeBytes(enc('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10 abc')).ok, false);
    assert.equal(decodeBytes(Buffer.alloc(0)).ok, false);
    assert.equal(decodeBytes(enc(' \n\t\n')).ok, false);
    assert.throws(() => decodeOrThrow(Buffer.from([0xc3, 0x28])), (e: unknown) => e instanceof SkipFileError && /UTF-8/.test(e.message));
    assert.equal(decodeOrThrow(enc('ok\r\n')), 'ok\n');
  });

  test('escape sequences and stray controls become spaces of the same length (offsets hold)', () => {
    const raw = 'Ivan \x1b[31mPetrov\x1b[0m said \x1b]0;pwned\x07hi\x0b.\n';
    const d = decodeBytes(enc(raw));
    assert.ok(d.ok);
    assert.equal(d.text.length, raw.length);
    assert.equal(d.text, `Ivan ${' '.repeat(5)}Petrov${' '.repeat(4)} said ${' '.repeat(10)}hi .\n`);
    assert.equal(d.text.indexOf('Petrov'), raw.indexOf('Petrov'));
  });
});

describe('loading folders', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'whosaid-corpus-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const dir = async (name: string, files: Record<string, string | Buffer>): Promise<string> => {
    const d = path.join(root, name);
    await mkdir(d, { recursive: true });
    for (const [rel, body] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(d, rel)), { recursive: true });
      await writeFile(path.join(d, rel), body);
    }
    return d;
  };
  const story = 'Flood waters receded\nThe river fell below its banks on Sunday, the agency said.\n';

  test('a missing folder, a file, an empty folder: one-line UserErrors', async () => {
    await assert.rejects(loadCorpus(path.join(root, 'nope')), (e: unknown) => e instanceof UserError && /no such folder/.test(e.message) && !e.message.includes('\n'));
    const d = await dir('filecase', { 'a.txt': story });
    await assert.rejects(loadCorpus(path.join(d, 'a.txt')), (e: unknown) => e instanceof UserError && /not a folder/.test(e.message));
    const empty = await dir('empty', { 'notes.pdf': 'x', 'image.jpg': 'y' });
    await assert.rejects(loadCorpus(empty), (e: unknown) => e instanceof UserError && /no articles \(\.txt or \.md\)/.test(e.message));
  });

  test('nested folders, sorted ids without extensions, .md and .txt only, hidden entries ignored', async () => {
    const d = await dir('nested', {
      'b.txt': story,
      'a/z.md': story,
      'a/b/c.txt': story,
      'A.TXT': story,
      'notes.docx': 'x',
      '.hidden.txt': story,
      '.git/x.txt': story,
    });
    const { articles, skipped } = await loadCorpus(d);
    assert.deepEqual(skipped, []);
    assert.deepEqual(articles.map((a) => a.id), ['A', 'a/b/c', 'a/z', 'b']);
    assert.deepEqual(articles.map((a) => a.path), ['A.TXT', 'a/b/c.txt', 'a/z.md', 'b.txt']);
  });

  test('two files with the same id keep them apart', async () => {
    const d = await dir('dupes', { 'x.md': story, 'x.txt': story });
    const { articles } = await loadCorpus(d);
    assert.deepEqual(articles.map((a) => a.id), ['x', 'x.txt']);
  });

  test('bad files are skipped with one warning each and never stop the others', async () => {
    const d = await dir('mixed', {
      'good.txt': story,
      'crlf.txt': story.replace(/\n/g, '\r\n'),
      'cr.txt': story.replace(/\n/g, '\r'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)]),
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story, 'utf16le').swap16()]),
      'fm.md': `---\ntitle: "Flood waters recede"\noutlet: Reuters\n---\n${story}`,
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      'latin1.txt': Buffer.from('Caf\xe9 owners said the rules were unfair.', 'latin1'),
      'empty.txt': '',
    });
    // Over 5 MB: a sparse file, created instantly and never read.
    const big = await open(path.join(d, 'big.txt'), 'w');
    await big.truncate(MAX_ARTICLE_BYTES + 1);
    await big.close();
    const warnings: string[] = [];
    const { articles, skipped } = await loadCorpus(d, { onWarning: (m) => warnings.push(m) });
    assert.deepEqual(articles.map((a) => a.id), ['be', 'bom', 'cr', 'crlf', 'fm', 'good', 'le']);
    for (const a of articles) {
      assert.equal(a.text.startsWith('\ufeff'), false, a.id);
      assert.equal(a.text.includes('\r'), false, a.id);
      assertBlocksCoverText(a);
    }
    const good = articles.find((a) => a.id === 'good')!;
    for (const id of ['be', 'bom', 'cr', 'crlf', 'le']) assert.equal(articles.find((a) => a.id === id)!.text, good.text, id);
    assert.equal(articles.find((a) => a.id === 'le')!.bytes, 2 + Buffer.byteLength(story, 'utf16le'));
    const fm = articles.find((a) => a.id === 'fm')!;
    assert.equal(fm.title, 'Flood waters recede');
    assert.equal(fm.outlet, 'Reuters');
    assert.deepEqual(skipped.map((s) => s.path), ['big.txt', 'binary.txt', 'empty.txt', 'latin1.txt']);
    assert.match(skipped[0]!.reason, /over 5 MB/);
    assert.match(skipped[1]!.reason, /binary/);
    assert.match(skipped[2]!.reason, /empty/);
    assert.match(skipped[3]!.reason, /UTF-8/);
    assert.deepEqual(warnings, skipped.map(skipMessage));
    assert.equal(warnings[0], 'whosaid: skipped big.txt: over 5 MB');
    for (const w of warnings) assert.ok(!w.includes('\n'));
  });

  test('every file skipped: the error says so', async () => {
    const d = await dir('allbad', { 'a.txt': '', 'b.txt': Buffer.from([0, 1, 2, 3]) });
    const warnings: string[] = [];
    await assert.rejects(loadCorpus(d, { onWarning: (m) => warnings.push(m) }), (e: unknown) => e instanceof UserError && /all 2 article files were skipped/.test(e.message));
    assert.equal(warnings.length, 2);
  });

  test('symlink loops do not hang, and linked folders are walked once', async () => {
    const d = await dir('loops', { 'real/a.txt': story });
    await symlink(path.join(d, 'real'), path.join(d, 'real', 'again'));
    await symlink(path.join(d, 'loops-self.txt'), path.join(d, 'loops-self.txt'));
    const warnings: string[] = [];
    const { articles, skipped } = await loadCorpus(d, { onWarning: (m) => warnings.push(m) });
    assert.deepEqual(articles.map((a) => a.id), ['real/a']);
    assert.deepEqual(skipped.map((s) => s.path), ['loops-self.txt']);
    assert.equal(warnings.length, 1);
  });

  test('a link to a folder that contains this one is not followed (the world around is not loaded)', async () => {
    const d = await dir('uplink', { 'inner/a.txt': story, 'beside.txt': story });
    await symlink('..', path.join(d, 'inner', 'up'));
    const { articles, skipped } = await loadCorpus(path.join(d, 'inner'));
    assert.deepEqual(articles.map((a) => a.id), ['a']);
    assert.deepEqual(skipped.map((s) => s.path), ['up']);
  });

  test('a named pipe called like an article is skipped, never opened (no hang)', async () => {
    const d = await dir('fifo', { 'ok.txt': story });
    execFileSync('mkfifo', [path.join(d, 'pipe.txt')]);
    const { articles, skipped } = await loadCorpus(d);
    assert.deepEqual(articles.map((a) => a.id), ['ok']);
    assert.deepEqual(skipped, [{ path: 'pipe.txt', reason: 'not a regular file' }]);
  });

  test('an unreadable file is skipped', { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false }, async () => {
    const d = await dir('perm', { 'ok.txt': story, 'locked.txt': story });
    await chmod(path.join(d, 'locked.txt'), 0o000);
    const { articles, skipped } = await loadCorpus(d);
    assert.deepEqual(articles.map((a) => a.id), ['ok']);
    assert.deepEqual(skipped, [{ path: 'locked.txt', reason: 'unreadable (permission denied)' }]);
  });

  test('listing never reads: sizes are checked on open', async () => {
    const d = await dir('list', { 'x/y.txt': story });
    const { files } = await listArticleFiles(d);
    assert.deepEqual(files.map((f) => [f.id, f.rel]), [['x/y', 'x/y.txt']]);
  });
});

test('cleaning is linear and fast: 2 MB of short lines', () => {
  const page = [
    'Ministers agree on new border rules after marathon talks',
    'By Jane Doe',
    'BRUSSELS (Reuters) - Ministers agreed on Monday to tighten border rules, ending months of talks.',
    '"This is a historic day," said one minister, speaking on condition of anonymity.',
    'Advertisement',
    'The plan, which still needs approval by parliament, would take effect next year.',
    'Picture:',
    'Ministers at the summit. Pic: AP',
    'Tags:',
    '  • migration',
  ].join('\n');
  const text = Array.from({ length: 4000 }, () => page).join('\n');
  parse(text.slice(0, 100_000)); // warm up the JIT
  // CPU time, not wall time: the test machine is shared.
  const c0 = process.cpuUsage();
  const a = parse(text);
  const c = process.cpuUsage(c0);
  const mbps = text.length / 1e6 / ((c.user + c.system) / 1e6);
  assert.equal(a.blocks.length, 40000);
  // Short lines are the worst case (per-line overhead); real articles clean several times faster.
  assert.ok(mbps > 1, `only ${mbps.toFixed(1)} MB/s`);
});
