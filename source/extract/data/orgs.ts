// General world-knowledge organisation gazetteer, one organisation a line:
// "Canonical|alias|alias", optionally
// "#word,word" = what a definite description may call it ("the alliance").

export const ORGS = `
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato#alliance,military alliance,transatlantic alliance
United Nations|UN|U.N.#world body
UN Security Council|Security Council|United Nations Security Council|UNSC
UN General Assembly|General Assembly
European Union|EU|E.U.#bloc
European Commission
European Parliament
European Council
Council of Europe
European Central Bank|ECB
International Monetary Fund|IMF
World Bank
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
Organization for Security and Co-operation in Europe|OSCE
Organisation for Economic Co-operation and Development|OECD
African Union|AU
Arab League
Association of Southeast Asian Nations|ASEAN
Group of Seven|G7|G-7
Group of 20|G20|G-20
BRICS
OPEC|OPEC+
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
Doctors Without Borders|MSF
UNICEF
UNHCR
UNESCO
UNRWA
Interpol
Europol
Frontex
Coalition of the Willing
Hamas
Hezbollah
Houthis
Taliban
Islamic State|ISIS|ISIL
al-Qaeda|Al Qaeda
Wagner Group|Wagner
Kremlin
Pentagon
State Department|US State Department
Justice Department|Department of Justice|DOJ
Department of Defense|Defense Department
Treasury|US Treasury
Federal Reserve|Fed
Congress|US Congress
Senate|US Senate
House of Representatives
Supreme Court|US Supreme Court
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA
DHS
ICE
FEMA|Federal Emergency Management Agency
FTC|Federal Trade Commission
CFTC|Commodity Futures Trading Commission
DEA|Drug Enforcement Administration
ATF|Bureau of Alcohol, Tobacco, Firearms and Explosives
Cal Fire|CAL FIRE|California Department of Forestry and Fire Protection
National Weather Service|NWS
National Park Service
US Forest Service|U.S. Forest Service|Forest Service
Rural Fire Service|NSW Rural Fire Service|RFS
Country Fire Authority|CFA
Serious Fraud Office|SFO
Crown Prosecution Service|CPS
Financial Conduct Authority|FCA
National Crime Agency
NASA
EPA
FDA
CDC
SEC|Securities and Exchange Commission|U.S. Securities and Exchange Commission
IRS
Democratic Party
Republican Party|GOP
Labour Party|Labour
Conservative Party|Tories
Downing Street|No 10|No. 10|Number 10
Foreign, Commonwealth and Development Office|Foreign Office|FCDO
Home Office
Bundestag
Knesset
Duma|State Duma
Verkhovna Rada|Rada
Elysee|Élysée|Elysee Palace
NHS|National Health Service
Trades Union Congress|TUC
UCU#union
National Education Union|NEU
Communication Workers Union|CWU
Royal College of Nursing|RCN
British Medical Association|BMA
RMT|National Union of Rail, Maritime and Transport Workers
GMB
Unite the Union|Unite#union
Unison#union
AFL-CIO
International Brotherhood of Teamsters|Teamsters#union
United Auto Workers|UAW#union
International Labour Organization|International Labour Organisation|ILO
UN Office for the Coordination of Humanitarian Affairs|OCHA
World Anti-Doping Agency|WADA
Convention on International Trade in Endangered Species|CITES
Advisory, Conciliation and Arbitration Service|Acas
RTÉ|RTE
PAGASA|Philippine Atmospheric, Geophysical and Astronomical Services Administration
Ofcom
Ofgem
Bundesbank
Mossad
Shin Bet
MI5
MI6
GCHQ
FSB
SBU
GRU
KGB
IRGC|Revolutionary Guards|Islamic Revolutionary Guard Corps
NYPD
LAPD
Scotland Yard|Metropolitan Police|Met Police
FIFA
UEFA
International Olympic Committee|IOC
Premier League
NFL
NBA
Christian Democratic Union|CDU
Social Democratic Party|SPD
Alternative for Germany|AfD
Bharatiya Janata Party|BJP
African National Congress|ANC
Scottish National Party|SNP
Sinn Fein|Sinn Féin
Likud
Fatah
PKK
Muslim Brotherhood
Reuters
Agence France-Presse|AFP
Associated Press|AP
Bloomberg|Bloomberg News
Xinhua
TASS|Tass
RIA Novosti
Interfax
Ukrinform
Yonhap
Kyodo
Anadolu
Dow Jones
CNN
BBC
ABC|ABC News
NBC|NBC News
CBS|CBS News
Fox News
MSNBC
CNBC
NPR
PBS
Sky News
ITV
Channel 4
Al Jazeera
France 24
Deutsche Welle|DW
Euronews
RT
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
The Guardian|Guardian
The Times
Financial Times|FT
The Economist
Politico
Axios
Le Monde
Der Spiegel|Spiegel
Bild
Kyiv Independent
Kyiv Post
X|Twitter
Truth Social
Facebook
Instagram
Telegram
TikTok
YouTube
WhatsApp
LinkedIn
Meta
Google|Alphabet
Apple
Microsoft
Amazon
Tesla
SpaceX
Starlink
OpenAI
Nvidia
BlackRock
Goldman Sachs
JPMorgan|JPMorgan Chase|JP Morgan
Morgan Stanley
Citigroup|Citi
Gazprom
Rosneft
Shell
BP
ExxonMobil|Exxon
Chevron
Boeing
Airbus
Lockheed Martin
Raytheon
Rheinmetall
Huawei
Samsung
Toyota
Volkswagen
Nasdaq
New York Stock Exchange|NYSE
London Stock Exchange
U.S. Geological Survey|US Geological Survey|United States Geological Survey|USGS
British Geological Survey
World Food Programme|World Food Program|WFP
Red Crescent
Oxfam
Save the Children
Greenpeace
Asian Development Bank
Economic Community of West African States|ECOWAS
MailOnline|Mail Online
Press Trust of India|PTI
Indian Space Research Organisation|ISRO
European Space Agency|ESA
Roscosmos
JAXA
China National Space Administration|CNSA
`;

// A capitalised phrase containing one of these head words names an organisation.
export const ORG_CUES = `FC AFC Panchayat Archdiocese Diocese Infirmary Agency Alliance Assembly Association Authority Bank Board Bureau Cabinet Caucus Centre Center Chamber Church Coalition College Command Commission Committee Company Conference Congress Corp Corporation Council Court Department Directorate Federation Forces Foundation Front Fund Group Guard Inc Institute Institution League Ltd LLC Ministry Movement Network News Office Organisation Organization Parliament Partnership Party Police Press Railways Senate Service Society Tribunal Trust Union University Airlines Airways Army Navy Brigade Battalion Times Post Journal Herald Tribune Telegraph Gazette Media Broadcasting Television Radio Holdings Industries Technologies Capital Partners Motors Energy Pharmaceuticals Pharma Securities Insurance Exchange Reserve Treasury Academy School Hospital Club Productions Entertainment Records Studios Labs Laboratories Systems Solutions Software Logistics Bancorp FM Government Inc. Corp. Ltd. plc PLC AG SA GmbH Commissioner's Commissioners Biologics Biosciences Biotech Therapeutics Semiconductor Semiconductors Resources Mining Minerals Petroleum Rovers Sports Pensions Courier Chronicle Examiner Inquirer Observer Bulletin Bancorp Brewery Brewing Foods Stores Markets Ventures Investments Advisors Advisers Consulting Robotics Electronics Telecom Communications Pictures Publishing Lines Shipping Traders Stockbrokers Brokers Bancshares Laboratory Distributors Wholesalers Manufacturing Transport Ferries Shipyard Services Utilities Unit Museum Gallery Library Conservancy`;

// A capitalised phrase ending in one of these is a place.
export const PLACE_CUES = `State Creek Springs Beach Gully Junction Crossing Flats Archipelago Glacier Volcano Canyon Basin Delta Steppe Ridge Hills Falls Grounds Park Island Islands River Mountains Mountain Province Region Oblast County City Valley Sea Ocean Strait Gulf Bay Peninsula Desert Lake Canal Coast Republic Kingdom Emirate Territory Territories Heights Airport Palace Square Plaza Airbase Base Camp Harbour Harbor`;

// Lowercase words after a capitalised name that make it a place ("the Donetsk and Luhansk regions").
export const PLACE_AFTER = `valley volcano glacier canyon mine church cathedral temple mosque shrine monastery basilica chapel region regions province provinces oblast oblasts area areas district districts county state city town village port airport border capital`;

// Venues named by a building word: "White House" used as where something happens.
export const VENUE_CUES = `House Home Hall Building Tower Palace Castle Cathedral Stadium Arena`;

// Lowercase nouns right before a capitalised name that make it an organisation
// ("cloud backup company Corvane", "campaign group Clean Seas Africa", "rock band ...").
export const ORG_BEFORE = `company firm group band agency organisation organization charity startup start-up bank insurer broadcaster newspaper tabloid network party union retailer manufacturer carrier airline platform outlet promoter promoters label publisher brand maker club team consultancy conglomerate giant regulator watchdog station channel magazine website app ngo coalition lobby association alliance thinktank think-tank institute university school hospital militia faction movement`;
