// Word lists for attribution. General English news usage, never a corpus's answers.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs (and participles) that introduce or attribute speech or writing. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding write writes wrote writing
  ask asks asked explain explains explained explaining argue argues argued arguing insist insists insisted insisting
  note notes noted noting warn warns warned warning state states stated declare declares declared declaring
  claim claims claimed continue continues continued reply replies replied respond responds responded
  answer answers answered remark remarks remarked observe observes observed stress stresses stressed
  emphasise emphasises emphasised emphasize emphasizes emphasized acknowledge acknowledges acknowledged
  admit admits admitted concede concedes conceded suggest suggests suggested announce announces announced
  tweet tweets tweeted post posts posted recall recalls recalled mention mentions mentioned
  comment comments commented caution cautions cautioned urge urges urged predict predicts predicted
  conclude concludes concluded counter counters countered quip quips quipped joke jokes joked
  shout shouts shouted report reports reported confirm confirms confirmed deny denies denied
  maintain maintains maintained contend contends contended boast boasts boasted complain complains complained
  lament laments lamented pledge pledges pledged promise promises promised vow vows vowed
  threaten threatens threatened stipulate stipulates stipulated reiterate reiterates reiterated
  hint hints hinted assert asserts asserted describe describes described recount recounts recounted
  whisper whispers whispered yell yells yelled sigh sighs sighed laugh laughs laughed
  testify testifies testified predicted insist opine opines opined affirm affirms affirmed
  scoff scoffs scoffed retort retorts retorted snap snaps snapped blast blasts blasted slam slams slammed
  exclaim exclaims exclaimed muse muses mused concur concurs concurred
  elaborate elaborates elaborated speak speaks spoke speaking
  fume fumes fumed rage rages raged grumble grumbles grumbled storm storms stormed gush gushes gushed
  enthuse enthuses enthused rave raves raved moan moans moaned groan groans groaned bark barks barked
  growl growls growled hiss hisses hissed snarl snarls snarled seethe seethes seethed vent vents vented
  interject interjects interjected interrupt interrupts interrupted begin begins began chime chimes chimed
  email emails emailed texted messaged captioned
  hail hails hailed praise praises praised laud lauds lauded order orders ordered
  ruled found determined
  pleads pleaded begs begged demanded accuses accused
  allege alleges alleged acknowledge acknowledged called calls dubbed branded labelled labeled termed proclaim proclaims proclaimed
`);

/** Adverbs and auxiliaries that may sit between a subject and its speech verb ("he later said"). */
export const VERB_FILLERS = words(`
  also later then again previously earlier recently repeatedly reportedly subsequently separately once
  further additionally has had have was were is are will would could did does do had already simply
  quickly flatly firmly bluntly frankly publicly privately reportedly initially finally then just
  has have been
`);

export const PRONOUNS_SINGULAR = words('he she');
export const PRONOUNS_PLURAL = words('they we');

/** Nouns that name an unnamed source. Plurals are derived. */
export const SOURCE_HEADS = words(`
  official source diplomat spokesperson spokesman spokeswoman aide adviser advisor officer insider
  person individual lawmaker legislator negotiator executive employee staffer resident witness analyst
  expert observer minister commander investigator prosecutor representative envoy delegate
  researcher scientist doctor lawyer attorney activist protester organiser organizer planner
  participant informant whistleblower worker engineer teacher student farmer soldier policeman
  policewoman agent consultant strategist campaigner economist trader banker manager director chief
  leader journalist reporter correspondent questioner interviewer caller voter supporter critic
  nurse paramedic firefighter volunteer survivor victim parent neighbour neighbor shopkeeper driver
  passenger fan spectator onlooker bystander customer patient relative friend colleague guard miner
  fisherman villager tourist pilgrim demonstrator marcher striker picket mourner commuter homeowner
  landlord tenant trader vendor owner rescuer medic surgeon midwife pharmacist clerk member
`);

/** Nouns for documents and announcements whose source is named in a complement ("a statement from X"). */
export const DOCUMENT_HEADS = words(`
  statement announcement communique communiqué release readout post tweet letter memo report note
  message notice filing document transcript account feed page handle website ruling judgment judgement
  opinion verdict decision caption alert advisory bulletin directive circular guidance
`);

/** Titles and roles dropped when turning a mention into a name. */
export const TITLES = words(`
  mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister chancellor
  secretary senator sen rep representative gov governor mayor general gen col colonel lt lieutenant
  capt captain sgt sergeant adm admiral judge justice king queen prince princess sheikh emir pope
  ambassador envoy special chief deputy foreign defence defense interior state home finance
  premier chairman chairwoman chair ceo cfo coo director commissioner speaker leader minister
  rev reverend father sister brother pastor imam rabbi cardinal bishop archbishop
  former acting incoming outgoing then us u.s. uk u.k. of the
`);

/** Modifiers allowed inside an unnamed-source description ("a senior Western diplomat"). */
export const SOURCE_MODIFIERS = words(`
  senior top junior high-ranking high-level former current retired serving administration government
  military intelligence security defence defense foreign state federal local regional police army
  party campaign company industry ministry department palace embassy white house kremlin
  western european american british russian ukrainian chinese israeli palestinian iranian arab
  us u.s. uk u.k. eu un nato gulf asian african indian korean japanese french german italian
  turkish syrian iraqi egyptian saudi canadian australian mexican brazilian spanish polish
  other second first third fourth another one two three several some many few unnamed anonymous
  knowledgeable informed briefed involved familiar close regime rebel opposition ruling
  city county district provincial health education energy trade finance justice interior
`);

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, another: 0,
};

/** Words that end a name run when walking backwards from a verb. */
export const PREPOSITIONS = words(`
  with to by of from for against about on at in between among into onto over under after before
  than like as toward towards via per upon within without through
`);

export const RELATIVE_WORDS = words('who which whose whom where that');

/** Nouns for institutions that speak as one ("the ministry said", "the NATO treaty stipulates"). */
export const INSTITUTION_HEADS = words(`
  company ministry department government agency council committee court party campaign police army
  military group firm bank union commission embassy office administration palace team club board
  authority authorities regulator organisation organization institute university school hospital
  charity newspaper network channel broadcaster treaty study survey poll cabinet parliament senate
  congress presidency kremlin consulate prosecutors prosecution defence defense family spokesteam
  foundation alliance coalition federation league association bureau service services
`);

/** Words of time that may sit between a subject and its verb ("Shetty on Wednesday said"). */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
  morning afternoon evening night week weekend month year day
  january february march april may june july august september october november december
`);
