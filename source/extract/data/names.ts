// Person cues kept as data: titles, common given names, verbs of saying.

// Titles/honorifics written before a name (multi-word ones too). Longest match wins.
export const TITLES = `Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Mx|Dr|Dr.|Sir|Dame|Lord|Lady|Baroness|Baron
President|Vice President|Vice-President|President-elect|Former President|Prime Minister|Deputy Prime Minister|Premier|Chancellor|Vice Chancellor
Secretary|Secretary of State|Secretary-General|Secretary General|Defense Secretary|Defence Secretary|Foreign Secretary|Home Secretary|Treasury Secretary|Press Secretary|Health Secretary|Interior Secretary|Commerce Secretary|Energy Secretary|War Secretary|Army Secretary
Minister|Foreign Minister|Defence Minister|Defense Minister|Finance Minister|Interior Minister|Prime Minster
Senator|Sen.|Sen|Rep.|Rep|Representative|Congressman|Congresswoman|Governor|Gov.|Lt. Gov.|Mayor|Speaker|House Speaker|Leader|Majority Leader|Minority Leader|Attorney General|Solicitor General|Vice Admiral
King|Queen|Prince|Princess|Crown Prince|Emperor|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Emir|Sultan|Ayatollah|Supreme Leader|MP|MEP|MSP|TD|Rev.|Reverend|Father
General|Gen.|Lt.|Lieutenant|Lieutenant General|Major General|Brigadier|Colonel|Col.|Major|Maj.|Captain|Capt.|Admiral|Adm.|Sergeant|Sgt.|Commander|Marshal|Field Marshal
Judge|Justice|Chief Justice|Ambassador|Envoy|Special Envoy|Commissioner|High Commissioner|High Representative|Chairman|Chairwoman|Chair|Chief Executive|CEO|Director|Director-General|Director General|Spokesman|Spokeswoman|Spokesperson|Professor|Prof.|Detective|Inspector|Officer|Agent|Coach|Chief of Staff|National Security Adviser|National Security Advisor|Adviser|Advisor|Deputy|Founder|Co-founder`;

// Lowercase role words right before a capitalised name: "envoy Steve Witkoff", "spokesman John Kirby".
export const ROLE_WORDS = `envoy president minister chancellor secretary senator governor mayor spokesman spokeswoman spokesperson adviser advisor ambassador commissioner leader chief director chairman chairwoman founder premier king queen prince general admiral colonel judge lawyer attorney official aide negotiator diplomat analyst economist professor reporter correspondent editor journalist columnist ceo executive candidate nominee lawmaker legislator counterpart colleague predecessor successor deputy commander guitarist singer drummer bassist musician frontman frontwoman vocalist presenter host anchor broadcaster actor actress author writer novelist poet artist director producer researcher scientist professor lecturer doctor nurse surgeon teacher student pupil resident witness victim survivor fan owner manager founder cofounder officer inspector detective constable sergeant superintendent mp mep councillor councilor campaigner activist organiser organizer coordinator consultant engineer farmer worker driver pilot captain coach player striker midfielder goalkeeper striker pastor priest bishop cardinal rabbi imam monk nun mother father son daughter wife husband brother sister widow uncle aunt cousin friend neighbour neighbor boss chairperson treasurer regulator prosecutor defendant suspect plaintiff judge magistrate juror`;

// Role words that head a definite description of a person ("the Ukrainian president").
export const DESCRIPTION_ROLES = `president|leader|prime minister|premier|chancellor|foreign minister|defence minister|defense minister|secretary of state|king|queen|envoy`;

// Verbs of saying right after a name mark a person ("Rubio said", "Kushner told").
export const SAY_VERBS = `said says say told tells added adds stated states explained explains wrote writes noted notes argued argues insisted insists warned warns asked asks claimed claims announced announces declared declares replied replies responded responds urged urges acknowledged acknowledges admitted admits denied denies stressed stresses emphasised emphasized suggested suggests described describes mentioned mentions confirmed confirms tweeted posted continued recalled predicted promised vowed pledged conceded commented remarked observed`;

// Common given names from many languages: the first word of a two-word name that is one of
// these is a person. Lower-case, space separated.
export const GIVEN_NAMES = `
aaron abdul abdullah abe abigail abraham adam adrian ahmad ahmed aidan aiden alan albert alberto alejandro aleksandr aleksei alex alexander alexandra alexandre alexei alexis alfred ali alice alicia alison allison amanda amber amir amy ana anatoly andre andrea andreas andrei andrej andres andrew andrey andriy andrzej angela angelina angus anita ann anna anne annalena annie anthony antonio antony anton antoine april ariel arnold arthur ashley ashraf audrey austin avi ayman
barack barbara barry bashar basil beata beatrice ben benjamin benedict benny bernard bernie beth betty bill billy bob bobby bogdan boris brad bradley brandon brenda brent brett brian bridget bruce bruno bryan
caitlin calvin cameron camilla carl carla carlos carmen carol caroline carolyn carrie casey catherine cathy cecilia celine chad charles charlie charlotte chen chris christian christina christine christopher chuck cindy claire clara claude claudia clint colin connor cory craig cristina curtis cynthia
dale damian dan dana daniel daniela danielle danny daria darius darren dave david dean deborah debbie denis dennis derek diana diane dick diego dmitry dmitri dmytro dominic don donald donna doug douglas drew dylan
ed eddie edgar edith edouard eduardo edward elaine eleanor elena eli elias elijah elisabeth elise elizabeth ella ellen elon emily emma emmanuel emmanuelle enrique eric erica erik erin ernest esther ethan eugene eva evan evelyn ewa
fabian faisal farah fatima federico felix fernando fiona florian frances francesca francis francisco franck frank franz fred frederick friedrich
gabriel gabriela gail gary gavin gene geoffrey george georgia gerald gerhard gianni gina giorgia giorgio giuseppe giovanni glen glenn gloria gordon grace graham grant greg gregory guido gustavo guy
hakan hamid hannah hans harold harriet harry hassan heather hector heidi heinz helen helena helmut henry herbert hillary hiroshi hugh hugo hussein
ian ibrahim igor ilham ilya imran ingrid irene iris isaac isabel isabella ismail ivan
jack jackie jacob jacqueline jaime jake james jamie jan jane janet janice jared jason javier jay jean jeanne jeff jeffrey jen jennifer jenny jens jeremy jerome jerry jess jesse jessica jim jimmy jin joan joanna joe joel johann johannes john johnny jon jonathan jordan jorge jose josef joseph josh joshua joyce juan judith judy julia julian julie julien julius justin
kai kamala karen karin karl kate katherine kathleen kathryn kathy katie kay kaja keir keith kelly ken kenneth kevin khalid kim kimberly kirill kristen kristi kurt kyle
lara larry laura lauren lawrence lee leo leon leonard leonid lewis liam lina linda lindsey lisa liz lloyd lorenzo louis louise lucas lucy luis luke lynn
mahmoud mahmood maria marc marco marcus margaret margarita maria mariana marie marine mario marion mark marsha martha martin mary mateusz matt matteo matthew matthias maurice max maxim maxime mehmet melania melanie melissa mette michael michel michelle miguel mike mikhail mila miriam mitch mitt mohamed mohammad mohammed monica morgan muhammad mustafa
nadia nancy naomi naftali narendra natalia natalie nathan neil nicholas nick nicola nicolas nicole nigel nikki nikolai nina noah noam norbert norman
olaf olena oleg oleksandr oleksiy olga oliver olivia omar oscar osama otto owen
pablo pam pamela paolo pascal patricia patrick paul paula pedro pekka pete peter petr petro philip philippe phillip pierre piotr
rachel rafael rahul ralph ramzan randy raul ray raymond rebecca recep reza ricardo richard rick rishi rob robert roberto robin rodrigo roger roman ron ronald rosa rose ross roy ruslan russell ruth ryan
sabine sadiq salman sam samantha samuel sandra sara sarah saul scott sean sebastian serge sergei sergey sergio shane shannon sharon shawn sheila shinzo shirley sigmar simon sofia sonia sophie stacey stanley stefan stefano stephanie stephen steve steven stuart susan suzanne sven svetlana sylvia
tamara tammy tanya ted teresa terry thierry thomas tim timothy tina todd tom tommy tony tracy travis tulsi
ursula
valentina valerie vanessa vasyl veronica victor victoria viktor vince vincent virginia vitali vitaliy vivian vladimir vladislav volodymyr
walter wang wayne wendy werner will william willie wolfgang
xavier xi
aarav aditya akash amit anand anil anjali arjun arun ashok deepak deepika dev divya gaurav harish kavita kiran krishna lakshmi manoj meera mohan neha nikhil nitin pooja prakash pradeep priya rahul raj rajesh rajiv ramesh ravi rohit sanjay sachin sanjeev shreya sunil sunita suresh vikram vijay vinod
aoife ciara ciaran colm conor declan eoin fergal fionn grainne niamh oisin padraig roisin saoirse seamus sinead siobhan
maricel mariel rodrigo ferdinand bongbong corazon gloria imelda jun joel jericho ramon rizal rosario leni sara
ruth amina chinedu chidi emeka fatou kofi kwame ngozi oluwaseun tunde wanjiru
hiroshi yuki haruki kenji takeshi akira fumio shigeru li liu zhang wei ming jun hyun minjun seo ji
yasser yevgeny yitzhak yoav yolanda yoon yulia yuri yury
zach zachary zoe
`;

// Capitalised words that are never actors on their own: function words that start
// sentences, calendar words, and common nouns capitalised in headlines or by convention.
export const STOP_WORDS = `a about above according across after afterwards again against ago all almost already also although always am among an and another any anyone anything are around as asked at back be because been before being below beside besides between both but by can cannot could despite did do does doing down during each earlier either else elsewhere even ever every everyone everything except far few first following for former from further furthermore had has have having he hence her here hers herself him himself his how however i if in indeed inside instead into is it its itself just last later latest least less let like likewise many may me meanwhile might more moreover most much must my myself neither never nevertheless new next no nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves out outside over own per perhaps rather regardless same several she should since so some someone something sometimes soon speaking still such than that the their theirs them themselves then there thereafter therefore these they this those though through throughout thus to today together tomorrow too toward towards under unless unlike until up upon us very via was we well were what whatever when whenever where whereas whether which while who whoever whole whom whose why will with within without would yes yet you your yours yourself yesterday tonight
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
god article articles section clause chapter part paragraph annex amendment act bill law summary update updated breaking watch read more advertisement photo picture pic video file image source sources credit copyright editor note related tags topics share follow subscribe sign log home news opinion analysis comment premium exclusive
mr mrs ms dr sir madam president minister chancellor secretary senator official officials leader leaders people
north south east west
`;

// Multi-word capitalised phrases that are not actors: programmes, documents, events.
export const NON_ACTOR_PHRASES = `Tory|Tories|Democrat|Republican|Labour|Conservative|Liberal|Socialist|Communist|State of the Union|This Week|Meet the Press|Face the Nation|Good Morning America|60 Minutes|Newsnight|Question Time|World War|World War I|World War II|Cold War|Second World War|First World War|Article Five|Article 5|New Year|Christmas Day|Christmas|Easter|Ramadan|Thanksgiving|Independence Day|Victory Day|Holocaust|Brexit|Covid|COVID|Covid-19|COVID-19|White Paper`;

// All-caps tokens that are abbreviations but not organisations.
export const NON_ORG_ACRONYMS = `I II III IV V VI OK CEO CFO COO CTO GDP GMT UTC EST EDT PST BST CET AM PM TV AI IT ID PR HR VIP PhD MP MPs MEP MEPs DJ FAQ PDF URL USD EUR GBP RUB UAH LNG GPS DNA HIV AIDS COVID MAGA NB PS PPS ET PT OKAY ICBM ICBMs HIMARS ATACMS F-16 F-16s AK TBA TBC`;
