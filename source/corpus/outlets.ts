// A small table of well-known news outlets: how their pages name them (mastheads,
// footers, copyright lines), their web domains, their taglines, and the wire credits
// they put in datelines. Plain data, so adding an outlet never means adding code.

export interface OutletInfo {
  /** Canonical display name. */
  name: string;
  /** Other ways a page writes the name on a line of its own or in a credit. */
  names?: string[];
  domains?: string[];
  /** Mottos printed in mastheads and footers. */
  taglines?: string[];
  /** Dateline credits: "LONDON (Reuters) -". */
  wire?: string[];
}

export const OUTLETS: OutletInfo[] = [
  { name: 'Reuters', names: ['Thomson Reuters'], domains: ['reuters.com'], wire: ['Reuters'] },
  { name: 'The Associated Press', names: ['Associated Press', 'AP News'], domains: ['apnews.com', 'ap.org'], wire: ['AP'] },
  { name: 'AFP', names: ['Agence France-Presse', 'Agence France Presse'], domains: ['afp.com'], wire: ['AFP'] },
  { name: 'Bloomberg', names: ['Bloomberg News'], domains: ['bloomberg.com'], wire: ['Bloomberg'] },
  { name: 'BBC News', names: ['BBC', 'BBC World Service'], domains: ['bbc.com', 'bbc.co.uk'] },
  { name: 'The Guardian', names: ['Guardian', 'Guardian Australia'], domains: ['theguardian.com', 'guardian.co.uk'] },
  { name: 'The New York Times', names: ['New York Times', 'NYTimes'], domains: ['nytimes.com'], taglines: ["All the News That's Fit to Print", 'All the News That’s Fit to Print'] },
  { name: 'The Washington Post', names: ['Washington Post'], domains: ['washingtonpost.com'], taglines: ['Democracy Dies in Darkness'] },
  { name: 'The Wall Street Journal', names: ['Wall Street Journal', 'WSJ'], domains: ['wsj.com'] },
  { name: 'CNN', names: ['CNN International', 'CNN Digital'], domains: ['cnn.com'], wire: ['CNN'] },
  { name: 'Fox News', names: ['Fox News Channel', 'FOX News', 'Fox News Digital'], domains: ['foxnews.com'] },
  { name: 'NBC News', domains: ['nbcnews.com'] },
  { name: 'CBS News', domains: ['cbsnews.com'] },
  { name: 'ABC News', domains: ['abcnews.go.com', 'abcnews.com'] },
  { name: 'NPR', domains: ['npr.org'] },
  { name: 'Politico', names: ['POLITICO', 'Politico Europe'], domains: ['politico.com', 'politico.eu'] },
  { name: 'Axios', domains: ['axios.com'] },
  { name: 'The Hill', domains: ['thehill.com'] },
  { name: 'USA Today', names: ['USA TODAY'], domains: ['usatoday.com'] },
  { name: 'Los Angeles Times', names: ['LA Times'], domains: ['latimes.com'] },
  { name: 'The Epoch Times', names: ['Epoch Times'], domains: ['theepochtimes.com'], taglines: ['Truth and Tradition'] },
  { name: 'Newsweek', domains: ['newsweek.com'] },
  { name: 'Al Jazeera', names: ['Al Jazeera English', 'Al Jazeera Staff'], domains: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Sky News', domains: ['news.sky.com', 'sky.com'] },
  { name: 'The Independent', domains: ['independent.co.uk'] },
  { name: 'The Telegraph', names: ['The Daily Telegraph'], domains: ['telegraph.co.uk'] },
  { name: 'Financial Times', names: ['FT'], domains: ['ft.com'] },
  { name: 'The Economist', domains: ['economist.com'] },
  { name: 'Daily Mail', names: ['MailOnline', 'Mail Online'], domains: ['dailymail.co.uk'] },
  { name: 'The Times', domains: ['thetimes.co.uk', 'thetimes.com'] },
  { name: 'Deutsche Welle', names: ['DW'], domains: ['dw.com'] },
  { name: 'France 24', names: ['FRANCE 24'], domains: ['france24.com'] },
  { name: 'Euronews', domains: ['euronews.com'] },
  { name: 'The Kyiv Independent', names: ['Kyiv Independent'], domains: ['kyivindependent.com'] },
  { name: 'The Moscow Times', names: ['Moscow Times'], domains: ['themoscowtimes.com'] },
  { name: 'TASS', domains: ['tass.com', 'tass.ru'], wire: ['TASS'] },
  { name: 'Xinhua', names: ['Xinhua News Agency'], domains: ['xinhuanet.com', 'news.cn'], wire: ['Xinhua'] },
  { name: 'Anadolu Agency', domains: ['aa.com.tr'], wire: ['AA'] },
  { name: 'The Indian Express', names: ['Indian Express'], domains: ['indianexpress.com'], taglines: ['Journalism of Courage'] },
  { name: 'Hindustan Times', domains: ['hindustantimes.com'] },
  { name: 'The Times of India', names: ['Times of India', 'TOI', 'TIMESOFINDIA.COM'], domains: ['timesofindia.indiatimes.com', 'indiatimes.com'] },
  { name: 'The Hindu', domains: ['thehindu.com'] },
  { name: 'NDTV', domains: ['ndtv.com'] },
  { name: 'India Today', domains: ['indiatoday.in'] },
  { name: 'Press Trust of India', names: ['PTI'], wire: ['PTI'] },
  { name: 'ANI', names: ['Asian News International'], domains: ['aninews.in'], wire: ['ANI'] },
  { name: 'Dawn', domains: ['dawn.com'] },
  { name: 'Korea Economic Daily', names: ['The Korea Economic Daily', 'Korea Economic Daily Global', 'The Korea Economic Daily Global', 'Hankyung'], domains: ['hankyung.com'] },
  { name: 'Yonhap', names: ['Yonhap News Agency'], domains: ['yna.co.kr', 'en.yna.co.kr'], wire: ['Yonhap'] },
  { name: 'The Korea Herald', names: ['Korea Herald'], domains: ['koreaherald.com', 'heraldcorp.com'] },
  { name: 'The Korea Times', names: ['Korea Times'], domains: ['koreatimes.co.kr'] },
  { name: 'Korea JoongAng Daily', names: ['JoongAng Daily'], domains: ['koreajoongangdaily.joins.com', 'joongang.co.kr'] },
  { name: 'The Chosun Ilbo', names: ['Chosun Ilbo'], domains: ['chosun.com'] },
  { name: 'The Japan Times', names: ['Japan Times'], domains: ['japantimes.co.jp'] },
  { name: 'Nikkei Asia', domains: ['asia.nikkei.com'] },
  { name: 'South China Morning Post', names: ['SCMP'], domains: ['scmp.com'] },
  { name: 'The Straits Times', names: ['Straits Times'], domains: ['straitstimes.com'] },
  { name: 'CNA', names: ['Channel NewsAsia'], domains: ['channelnewsasia.com'] },
  { name: 'ABC News (Australia)', names: ['ABC News Australia'], domains: ['abc.net.au'] },
  { name: 'The Sydney Morning Herald', names: ['Sydney Morning Herald', 'SMH'], domains: ['smh.com.au'] },
  { name: 'The Age', domains: ['theage.com.au'] },
  { name: 'The Australian', domains: ['theaustralian.com.au'] },
  { name: 'news.com.au', domains: ['news.com.au'] },
  { name: '9News', names: ['Nine News'], domains: ['9news.com.au'] },
  { name: 'Arab News', domains: ['arabnews.com'] },
  { name: 'The Times of Israel', names: ['Times of Israel'], domains: ['timesofisrael.com'] },
  { name: 'Haaretz', domains: ['haaretz.com'] },
  { name: 'The Jerusalem Post', names: ['Jerusalem Post'], domains: ['jpost.com'] },
  { name: 'Kyodo News', names: ['Kyodo'], domains: ['english.kyodonews.net'], wire: ['Kyodo'] },
  { name: 'EFE', wire: ['EFE'] },
  { name: 'dpa', wire: ['dpa'] },
  { name: 'United Press International', names: ['UPI'], domains: ['upi.com'], wire: ['UPI'] },
];

const key = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}.' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const byName = new Map<string, OutletInfo>();
const byTagline = new Map<string, OutletInfo>();
const byWire = new Map<string, OutletInfo>();
const domainList: { domain: string; outlet: OutletInfo }[] = [];
for (const o of OUTLETS) {
  for (const n of [o.name, ...(o.names ?? [])]) byName.set(key(n), o);
  for (const t of o.taglines ?? []) byTagline.set(key(t), o);
  for (const w of o.wire ?? []) byWire.set(w.toLowerCase(), o);
  for (const d of o.domains ?? []) domainList.push({ domain: d, outlet: o });
}
// Longest first, so "news.sky.com" wins over "sky.com".
domainList.sort((a, b) => b.domain.length - a.domain.length);

/** The outlet whose name or tagline is exactly this line (ignoring case, "The", punctuation). */
export function outletNamedBy(line: string): OutletInfo | null {
  const k = key(line);
  if (!k) return null;
  return byName.get(k) ?? byTagline.get(k) ?? null;
}

/** True when the line is exactly a known tagline. */
export function isTagline(line: string): boolean {
  return byTagline.has(key(line));
}

/** The outlet for a dateline wire credit: "Reuters", "AP". */
export function outletForWire(credit: string): OutletInfo | null {
  return byWire.get(credit.trim().toLowerCase()) ?? null;
}

const DOMAIN_RE = /(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

/** The first known outlet whose domain appears in the text ("Hankyung.com reporter", "kdy@hankyung.com"). */
export function outletInDomains(text: string): OutletInfo | null {
  if (!text.includes('.')) return null;
  for (const m of text.matchAll(DOMAIN_RE)) {
    const host = m[0].toLowerCase().replace(/^www\./, '');
    for (const { domain, outlet } of domainList) {
      if (host === domain || host.endsWith(`.${domain}`)) return outlet;
    }
  }
  return null;
}

/** A known outlet named anywhere inside a short line ("© 2025 Reuters", "Copyright The Guardian"). */
export function outletMentionedIn(line: string): OutletInfo | null {
  const words = key(line).split(' ');
  // Longest word runs first, so "new york times" wins over "times".
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const k = words.slice(i, i + n).join(' ');
      // Very short names ("ap", "ft") only count when they are the whole line.
      if (k.length < 4 && words.length > n) continue;
      const o = byName.get(k);
      if (o) return o;
    }
  }
  return null;
}
