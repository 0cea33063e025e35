/**
 * The classifier's vocabulary beyond places: words that make a story a privacy story, words
 * that make it something else, and the words behind each topic. Places, regulators and laws
 * live in the taxonomy data file; this file holds the language around them.
 *
 * Terms are matched on word boundaries, ignoring punctuation ("opt-out" = "opt out"), and
 * without regard to case unless the term is written in capitals (`PII`, `DPA`). Terms in
 * Chinese are matched anywhere in the text, since Chinese has no spaces between words.
 *
 * The word lists after the cues are tested word by word; a `WordSet` numbers its words in the
 * classifier's vocabulary, so a story's words are tested without being spelled out.
 */
import {
  CHINESE_PERSONAL_WORDS,
  DATA_FOR_AI_LINKS,
  GENERIC_OBJECT_WORDS,
  PERSONAL_OBJECT_WORDS,
  PURPOSE_LINKS,
  TERMS_BY_CUE,
  TRAINING_DATA_TERMS,
} from './lexicon-languages.js';
import { ShortWordSet } from './short-words.js';
import { WordSet } from './vocabulary.js';

/** Sending people's data to the wrong people, in English: a privacy cue and a breach. */
const MISDIRECTED_TERMS = [
  ...['recipient', 'recipients', 'address', 'person', 'people', 'family', 'families', 'patient', 'patients', 'parent', 'parents', 'customer', 'customers', 'email address'].map(
    (who) => `to the wrong ${who}`,
  ),
  'wrong recipient', 'wrong recipients', 'sent in error', 'emailed in error', 'posted in error', 'disclosed in error', 'sent by mistake',
  'emailed by mistake', 'misdirected', 'misaddressed', 'instead of bcc', 'instead of BCC', 'failed to use bcc', 'failed to use BCC',
  'visible to all recipients', 'visible to every recipient', 'visible to other recipients',
];

export type CueKind =
  /** Makes a story more likely to be about privacy or AI training on personal data. */
  | 'scope'
  /** Makes a story less likely: loose "privacy", AI business, politics. */
  | 'negative'
  | 'enforcement'
  | 'breach'
  | 'legislation'
  | 'litigation'
  | 'children'
  | 'biometrics'
  | 'cross-border'
  | 'consent'
  /** train, fine-tune: paired with an AI word nearby, the core of `ai-training`. */
  | 'train-verb'
  /** develop, build: count as training only with personal data in the same sentence. */
  | 'develop-verb'
  | 'ai-object'
  /** A regulator named by its role ("the watchdog"), for regulator actions. */
  | 'regulator-noun'
  /** Words that make a neighbouring AI-training mention about copyright rather than people. */
  | 'copyright'
  /** Litigation words that place a privacy story placed nowhere else: a jury, a class action (`litigation-place.ts`). */
  | 'litigation-place'
  /** Violating, infringing, invading: with a privacy word just after it, privacy infringed (`privacyInfringed`). */
  | 'privacy-infringe'
  /** What is infringed: privacy, private life, the right to either, in each language. */
  | 'privacy-object'
  /** Handing over: shared, sold, passed, sent (with a recipient of the data near it, `dataHandedOver`). */
  | 'handover-verb'
  /** Who receives people's data: advertisers, data brokers, insurers, third parties, fraudsters. */
  | 'data-recipient'
  /** A public body at work in a story: a government, a ministry, the police, a hospital, a school (`publisher-home.ts`). */
  | 'public-body'
  /** A term an editor promoted into a rule (see corrections.ts). */
  | 'editor';

export interface CueDefinition {
  /** Stable id, used in evidence rules (`scope:personal-data`, `topic:breach/data-breach`). */
  readonly id: string;
  readonly kind: CueKind;
  readonly weight: number;
  readonly terms: readonly string[];
  /** For editor rules: the topic or scope decision the term signals. */
  readonly target?: string;
}

function cue(id: string, kind: CueKind, weight: number, terms: readonly string[]): CueDefinition {
  return { id, kind, weight, terms };
}

/** People whose data a story is about: "drivers' data", "patient records". */
const DATA_SUBJECTS = [
  'user', 'users', 'customer', 'customers', 'consumer', 'consumers', 'driver', 'drivers', 'patient', 'patients', 'people',
  'citizen', 'citizens', 'resident', 'residents', 'employee', 'employees', 'member', 'members', 'student', 'students',
  'voter', 'voters', 'passenger', 'passengers', 'subscriber', 'subscribers', 'individuals', 'worker', 'workers', 'traveller',
  'travellers', 'traveler', 'travelers', 'borrower', 'borrowers', 'client', 'clients', 'shopper', 'shoppers', 'child', 'children',
  'kids', 'minors', 'account holders', 'job seekers', 'applicants', 'tenants', 'visitors', 'viewers', 'listeners', 'players',
  'policyholders',
];
const SUBJECT_DATA_TERMS = DATA_SUBJECTS.flatMap((subject) => [
  `${subject} data`,
  `${subject}' data`,
  `${subject} personal data`,
  `${subject} records`,
  `${subject} information`,
  `${subject} names`,
  `${subject} details`,
  // What people say and where they are: "users' conversations", "customers' locations".
  `${subject} messages`,
  `${subject} conversations`,
  `${subject} chats`,
  `${subject} locations`,
  `${subject} contacts`,
  `${subject} posts`,
  `${subject} comments`,
  `${subject} photos`,
]);

/**
 * Services whose data is what their users post, write and send: "Facebook data", "los datos de
 * Facebook", "i dati di Gmail" are people's data, in every language.
 */
const PLATFORMS = [
  'Facebook', 'Instagram', 'WhatsApp', 'Gmail', 'LinkedIn', 'TikTok', 'Twitter', 'Snapchat', 'YouTube', 'Reddit', 'Messenger',
  'WeChat', 'Weibo', 'Pinterest', 'Tinder', 'Grindr', 'Strava', 'Fitbit',
];
const PLATFORM_DATA_TERMS = PLATFORMS.flatMap((platform) => [
  `${platform} data`,
  `données ${platform}`,
  `données de ${platform}`,
  `${platform}-Daten`,
  `datos de ${platform}`,
  `dati di ${platform}`,
  `${platform}-gegevens`,
]);
/**
 * The services above by vocabulary number (see `findTrainingHits`: their data is people's), and
 * social networks as a whole: "imágenes de redes sociales", "photos from social media".
 */
export const PLATFORM_WORDS = new WordSet([
  ...PLATFORMS.map((platform) => platform.toLowerCase()),
  'social',
  'redes',
  'réseaux',
  'sozialen',
  'sociale',
  'social-media',
]);
/** Links between a word for data and the service it is from: "datos de Facebook", "dati di Gmail". */
export const PLATFORM_DATA_LINKS = new WordSet(['of', 'de', 'di', 'von', 'van', 'du', 'des', 'del', 'dei', 'from']);

/** Learning from something: an AI's training only with people's data named right after it (see `findTrainingHits`). */
export const LEARNING_FROM_TERMS: readonly string[] = ['learn from', 'learns from', 'learned from', 'learnt from', 'learning from'];

const ENGLISH_CUES: readonly CueDefinition[] = [
  // Scope: data protection proper. Weight 2 or more makes a cue an anchor: a story needs one.
  cue('scope:personal-data', 'scope', 3, [
    'personal data', 'personal information', 'personal details', 'personal info', 'personally identifiable information',
    'personally identifiable', 'PII', 'data subject', 'data subjects', 'sensitive personal', 'personal health information',
    '個人資料', '个人资料', '個人信息', '个人信息', '個人數據', '个人数据', '個人私隱', '个人隐私', '個資', '个资',
  ]),
  cue('scope:data-protection', 'scope', 3, ['data protection', 'data privacy', 'information privacy', '資料保護', '数据保护', '數據保護', '資料私隱', '数据隐私']),
  cue('scope:privacy-authority', 'scope', 3, [
    'privacy watchdog', 'privacy watchdogs', 'privacy regulator', 'privacy regulators', 'privacy commissioner', 'privacy chief',
    'privacy authority', 'privacy authorities', 'privacy office', 'privacy agency', 'privacy enforcer', 'privacy enforcement',
    'DPA', 'DPAs', 'supervisory authority', 'supervisory authorities',
    // A data protection body by its generic title, whoever's it is: the place around it says whose (regulator-claims.ts).
    'data protection authority', 'data protection authorities', 'data protection regulator', 'data protection agency',
    'data protection commission', 'data protection commissioner', 'data protection office', 'data protection watchdog',
    // A privacy regulator by its role in a headline's short words.
    'data watchdog', 'data regulator',
  ]),
  cue('scope:privacy-law', 'scope', 3, [
    'privacy law', 'privacy laws', 'privacy bill', 'privacy legislation', 'privacy rules', 'privacy regulation', 'privacy regulations',
    'privacy statute', 'privacy ordinance', 'privacy act', 'privacy framework',
  ]),
  cue('scope:privacy-harm', 'scope', 3, [
    'violates the right to privacy', 'violate the right to privacy', 'violated the right to privacy', 'violating the right to privacy',
    'infringes the right to privacy', 'infringe the right to privacy', 'infringed the right to privacy', 'invasion of privacy',
    'privacy violation', 'privacy violations', 'privacy breach', 'privacy breaches', 'privacy lawsuit', 'privacy lawsuits',
    'privacy suit', 'privacy class action', 'privacy class actions', 'privacy case', 'privacy complaint', 'privacy complaints',
    'privacy probe', 'privacy investigation', 'privacy fine', 'privacy settlement', 'privacy policy', 'privacy policies',
    'privacy-invasive', 'privacy intrusive', 'privacy-intrusive',
  ]),
  cue('scope:privacy-interest', 'scope', 2, [
    'secrecy of communications', 'secrecy of correspondence', 'confidentiality of communications', 'privacy of communications',
    'privacy concerns', 'privacy concern', 'privacy risks', 'privacy risk', 'privacy settings', 'privacy rights',
    'privacy protections', 'privacy protection', 'privacy implications', 'privacy advocates', 'privacy groups', 'privacy campaigners',
    // The groups that bring privacy complaints and cases, by name.
    'noyb', 'La Quadrature du Net', 'Bits of Freedom', 'Digitalcourage', 'Privacy International', 'EDRi', 'Electronic Frontier Foundation',
    'Big Brother Watch', 'Open Rights Group', 'Irish Council for Civil Liberties', 'epicenter.works', 'Privacy First', 'Derechos Digitales',
    'Electronic Privacy Information Center',
    'data rules', 'data law', 'data laws',
    'without a legal basis', 'without legal basis', 'no legal basis', 'lacked a legal basis', 'lacks a legal basis',
    'no lawful basis', 'without a lawful basis', 'lacked a lawful basis', 'lacks a lawful basis', 'without a proper legal basis',
    'no proper legal basis',
  ]),
  cue('scope:breach', 'scope', 3, [
    'data breach', 'data breaches', 'breach notification', 'breach notifications', 'personal data breach',
    '資料外洩', '資料外泄', '数据泄露', '數據洩露', '數據外洩', '資料洩露', '信息泄露',
  ]),
  cue('scope:transfers', 'scope', 2.5, [
    'adequacy decision', 'adequacy decisions', 'standard contractual clauses', 'binding corporate rules', 'data transfer', 'data transfers',
    'transfers of personal data', 'transfer of personal data', 'cross-border transfers', 'data localisation', 'data localization',
  ]),
  cue('scope:leak', 'scope', 2, ['data leak', 'data leaks', 'leaked data', 'exposed data', 'stolen data', 'customer records', 'leaked personal']),
  cue('scope:doxxing', 'scope', 3, ['doxxing', 'doxing', 'doxxed', 'doxed', 'doxx', 'dox', '起底']),
  cue('scope:biometrics', 'scope', 3, [
    'facial recognition', 'face recognition', 'facial data', 'face data', 'faceprint', 'faceprints',
    'voiceprint', 'voiceprints', 'iris scan', 'iris scans', 'iris scanning', 'iris data',
    '人臉識別', '人脸识别', '面部識別', '面部识别', '生物特徵', '生物特征', '生物識別', '生物识别',
  ]),
  // The adjective alone ("biometric sensors", "biometric login") is a product's feature until
  // something else in the story makes people's data the point: it needs a second cue.
  cue('scope:biometric-word', 'scope', 2, ['biometric', 'biometrics']),
  cue('scope:profiling', 'scope', 3, [
    'behavioural advertising', 'behavioral advertising', 'surveillance advertising', 'location data', 'geolocation data',
    'data broker', 'data brokers', 'genetic data', 'right to be forgotten', 'right to erasure', 'subject access request',
    // Search results about a person taken down, as the right to be forgotten is applied.
    'delist', 'delisted', 'delisting', 'de-list', 'de-listed', 'de-listing', 'deindex', 'deindexed', 'de-index', 'de-indexed',
    'data subject access', 'personal profiles', 'tracked users', 'tracking users', 'track users', 'location tracking',
    'tracked their locations', 'tracked their location', 'track their locations', 'track their location', 'location history',
    'her movements', 'his movements', 'search history', 'search histories', 'browsing history',
    // Scoring people's credit, and linking what the state holds on everyone.
    'credit scoring', 'credit scores', 'credit score', 'credit bureau', 'credit bureaus', 'credit reference agency', 'data matching',
    'data linkage', 'merge databases', 'merging databases', 'link databases', 'linking databases', 'single database',
    'location services', "users' movements", 'their movements',
    'erasure requests', 'deletion requests', 'requests to delete their data',
    'requests to delete their personal data', 'requests to erase their data', 'requests to have their data deleted',
  ]),
  cue('scope:subject-data', 'scope', 2.5, [
    'political opinions', 'religious beliefs', 'trade union membership', 'police database', 'police databases',
    ...SUBJECT_DATA_TERMS, ...PLATFORM_DATA_TERMS,
    // The data of thousands or millions of anyone: a count of people.
    ...['data', 'personal data', 'details', 'records', 'information', 'personal information'].flatMap((data) =>
      ['thousands', 'millions', 'hundreds of thousands', 'tens of thousands'].flatMap((count) => [`${data} of ${count} of`, `${data} on ${count} of`]),
    ),
    "people's data", "people's personal data", "children's data", "children's personal data", 'sensitive data', 'health data', 'biometric data', 'health information', 'sensitive health', 'medical data', 'medical details', 'health details',
    // The notes clinicians and social workers keep on the people in their care.
    'clinical notes', 'medical notes', 'patient notes', 'case notes', 'discharge notes', 'discharge summaries',
    'medical information', 'passport numbers', 'social security numbers', 'identity card numbers', 'ID card numbers', 'ID numbers',
    'licence numbers', 'license numbers', 'driver licence numbers', 'driver license numbers',
    // What a headset reads from the brain.
    'brain data', 'neural data', 'neurodata', 'neurorights', 'brain activity data',
    // Data about a person that is theirs alone, whoever holds it: health status, sexuality, cycle, viewing, DNA, scans, votes, accounts.
    'HIV status', 'HIV test results', 'sexual orientation', 'menstrual data', 'period data', 'menstrual cycle data', 'fertility data',
    'pregnancy data', 'viewing habits', 'viewing history', 'viewing data', 'viewing profiles', 'DNA profiles', 'DNA data',
    'genetic profiles', 'medical images', 'medical scans', 'account details', 'bank details', 'electoral register', 'electoral roll',
    'voter roll', 'voter rolls', 'voter database', 'voter data', 'step counts', 'activity data', 'fitness data', 'heart rate data',
    'profile pictures', 'profile photos', 'tax records', 'benefits records', 'medical file', 'medical files', 'patient file',
    'face images', 'facial images', 'web searches', 'search queries',
    // Other users' data shown to users by a fault.
    "other users' chats", "other users' conversations", "other people's conversations", "other users' data", "other customers' data",
    "other customers' details", "other users' details",
  ]),
  cue('scope:identifiers', 'scope', 2, [
    'contact details', 'home addresses', 'dates of birth', 'date of birth', 'names and addresses', 'names, addresses', 'credit card numbers', 'financial information',
    'phone numbers', 'email addresses', 'chat logs', 'chat histories', 'chat history', 'conversation histories', 'browsing history', 'search history',
    'browsing histories', 'viewing history', 'viewing histories', 'incognito mode', 'private browsing', 'private browsing mode', 'ad targeting', 'target ads', 'personalise ads', 'personalize ads',
    'IP address', 'IP addresses', 'camera roll', 'camera rolls', 'passport details', 'passport data',
    'National Insurance numbers', 'National Insurance number', 'NHS numbers', 'PPS numbers', 'PPS number', 'tax file numbers',
    'tax file number', 'resident registration numbers', 'resident registration number', 'Social Insurance Numbers', 'NRIC numbers',
    'social insurance numbers', 'social insurance number', 'Aadhaar numbers', 'Aadhaar number', 'Aadhaar data', 'Aadhaar details',
    'health card numbers', 'Medicare numbers', 'Medicare card numbers', 'payment details', 'card details', 'bank details',
    'credit card details', 'payment information', 'billing information', 'billing addresses',
    'passports', 'passport scans', 'ID cards', 'identity cards', 'identity documents', 'driving licences', "driver's licenses",
    "drivers' licenses", 'ID photos', 'passport photos',
  ]),
  cue('scope:intrusion', 'scope', 2.5, [
    'eavesdropping', 'eavesdrop', 'eavesdropped', 'private conversations', 'private messages', 'voice recordings', 'recorded conversations',
    'without their consent', 'without users consent', 'without user consent', 'without customers consent', 'without their knowledge',
    'sale of personal data', 'selling personal data', 'sold personal data', 'sell personal data', 'sharing personal data',
    'shared personal data', 'selling data', 'sold data', 'sale of data', 'without telling users', 'without telling customers',
    // Recording people in secret, or without telling the people recorded.
    'secretly recorded', 'secretly recording', 'secretly records', 'covertly recorded', 'recorded without consent', 'recorded without their consent',
    ...['patients', 'employees', 'members', 'students', 'parents', 'residents', 'drivers', 'passengers', 'callers', 'guests', 'tenants'].flatMap(
      (who) => [`without telling ${who}`, `without notifying ${who}`, `without informing ${who}`],
    ),
    // Handing people's data to advertisers, as a tracking pixel does.
    'shared with advertisers', 'sharing with advertisers', 'shares with advertisers',
    // Collecting or listening on after people said no: a setting switched off, an opt-out, no knowledge of it.
    'without users knowledge', 'without their users knowledge', 'without customers knowledge', 'without peoples knowledge',
    'had turned off', 'had switched off', 'had disabled', 'had opted out', 'turned tracking off', 'switched tracking off',
    'turned off tracking', 'switched off tracking', 'after opting out', 'despite opting out', 'even after opting out',
    'after users opted out', 'after users turned off', 'after users switched off', 'despite their opt out',
    // People paid to listen to and type out what others said to a device, and what it recorded by mistake.
    'listen to recordings', 'listened to recordings', 'listening to recordings', 'listen to voice recordings', 'listened to audio',
    'listening to audio', 'transcribe recordings', 'transcribed recordings', 'transcribing recordings', 'human reviewers',
    'accidentally recorded', 'accidental recordings', 'listen in on', 'listened in on', 'listening in on', 'audio snippets',
    'voice snippets', 'voice clips', 'intimate images', 'intimate videos', 'intimate photos',
    // Staff looking people up in records they may not look into.
    // Employers watching their staff.
    'employee monitoring', 'worker monitoring', 'workplace monitoring', 'workplace surveillance', 'employee surveillance',
    'monitoring employees', 'monitoring workers', 'monitoring staff', 'monitored employees', 'monitored workers', 'monitored staff',
    'monitoring of employees', 'monitoring of workers', 'monitoring of staff', 'surveillance of employees', 'surveillance of workers',
    "employees' emails", 'employees’ emails', "staff's emails", 'staff’s emails', 'CCTV footage', 'surveillance footage',
    // Hidden cameras filming people where they live; trackers hidden on their cars.
    'hidden camera', 'hidden cameras', 'secret camera', 'secret cameras', 'spy camera', 'spy cameras', 'voyeurism', 'GPS tracker',
    'hid cameras', 'hid a camera', 'concealed camera', 'concealed cameras', 'secretly filmed', 'secretly filming',
    'GPS trackers', 'tracking device', 'tracking devices',
    // Software that watches what people do on their devices.
    'monitoring software', 'surveillance software',
    ...['pupils', 'students', 'children', 'users', 'customers', 'citizens', 'residents', 'patients', 'tenants', 'drivers', 'passengers', 'visitors'].flatMap(
      (who) => [`monitoring ${who}`, `monitors ${who}`, `monitored ${who}`, `monitor ${who}`, `surveillance of ${who}`],
    ),
    // The state intercepting people's communications.
    'interception of communications', 'intercept communications', 'intercepted communications', 'intercepting communications',
    'bulk interception', 'mass interception', 'phone tapping', 'phone-tapping', 'tapped phones', 'tapping phones',
    'snooping', 'snooped', 'snoop on', 'snooped on', 'snooping on', 'without a business reason', 'without a legitimate reason',
    'with no business reason', 'unauthorised searches', 'unauthorized searches', 'unlawful searches', 'misused police databases',
  ]),
  // Selling where people go, how they drive, what they browse (every language's terms: lexicon-languages.ts).
  cue('scope:data-sale', 'scope', 3, []),
  cue('scope:ad-tracking', 'scope', 2, [
    'cookies', 'third-party cookies', 'cookie banner', 'cookie banners', 'cookie consent', 'targeted advertising', 'targeted ads',
    'tracking pixel', 'tracking pixels', 'Meta Pixel', 'Facebook pixel',
    'personalised ads', 'personalized ads', 'personalised advertising', 'personalized advertising', 'spyware', 'stalkerware',
    // Software and apps that spy on the people who carry them.
    'spying tool', 'spy tool', 'spy app', 'spying app', 'spy apps', 'spying apps', 'surveillance tool', 'surveillance app', 'spy software',
    'opt-out', 'opt out', 'opted out', 'right to object', 'sensitive information', 'mass surveillance',
  ]),
  cue('scope:tracking', 'scope', 1.5, [
    'number plate recognition', 'licence plate readers', 'license plate readers', 'ANPR', 'metadata retention',
    'number plates', 'licence plates', 'license plates',
    'tracking', 'trackers', 'tracker', 'data collection', 'collecting data', 'collected data', 'collect data', 'data retention',
    'surveillance', 'wiretap', 'wiretapping', 'anonymised', 'anonymized', 'de-identified', 'pseudonymised', 'pseudonymized',
    'scraping', 'scraped', 'web scraping', 'data scraping', 'opt-in', 'opt in', 'without consent', 'medical records', 'fingerprints',
    'wiretaps',
    '監控', '监控',
  ]),
  // Personal data sent to the wrong people: a misaddressed letter or email, a mailing list shown to everyone on it.
  cue('scope:misdirected', 'scope', 2, MISDIRECTED_TERMS),
  cue('scope:authority', 'scope', 1, ['regulator', 'regulators', 'watchdog', 'watchdogs', 'supervisory authority', 'data regulator']),
  cue('scope:weak', 'scope', 1, ['privacy', 'private data', 'consent', 'without permission', 'advertisers', 'third parties', 'CCTV', 'encryption', 'health records', 'right to privacy', 'invasion of privacy', '私隱', '隐私', '隱私']),

  // Out of scope: the loose senses of "privacy", AI business, politics with data in passing.
  cue('negative:celebrity', 'negative', 2, ['celebrity', 'celebrities', 'paparazzi', 'royal', 'royals', 'prince', 'princess', 'duchess', 'duke', 'photographers', 'tabloid', 'tabloids']),
  cue('negative:home', 'negative', 2, [
    'window film', 'privacy screen', 'privacy screens', 'privacy fence', 'privacy fences', 'privacy filter', 'privacy glass', 'frosted',
    'curtains', 'blinds', 'home decor', 'hedge', 'hedges',
  ]),
  cue('negative:bodily', 'negative', 2, ['abortion', 'contraception', 'Roe v. Wade', 'bodily autonomy']),
  cue('negative:ai-business', 'negative', 1.5, [
    'chip', 'chips', 'chipmaker', 'chipmakers', 'semiconductor', 'semiconductors', 'GPU', 'GPUs', 'processors', 'wafer', 'nanometer',
    'export controls', 'export restrictions', 'data centre', 'data center', 'data centres', 'data centers',
  ]),
  cue('negative:finance', 'negative', 1, ['revenue', 'profit', 'earnings', 'valuation', 'funding round', 'GDP', 'gross domestic product', 'stock market']),
  cue('negative:copyright', 'negative', 1.5, [
    'copyright', 'copyrighted', 'copyright infringement', 'royalties', 'licensing deal', 'rights holders', 'rightsholders',
    'text and data mining',
  ]),
  cue('negative:ai-safety', 'negative', 1.5, ['AI safety', 'frontier AI', 'existential risk', 'Safety Summit']),
  cue('negative:politics', 'negative', 1, ['national security', 'sedition', 'seditious', 'press freedom', 'election', 'protesters', 'subversion']),
  cue('negative:freedom-of-information', 'negative', 2, [
    'freedom of information', 'FOI', 'access to information', 'public records request', 'access to documents',
    // The same in the other languages: a right to see a public body's documents, not one's own data.
    'accès aux documents', 'Zugang zu Dokumenten', 'acceso a documentos', 'accesso ai documenti', 'toegang tot documenten',
  ]),
  cue('negative:outage', 'negative', 1, ['DDoS', 'outage', 'website crashed', 'defaced']),
  // A regulator's notice of its own seminars and workshops is outreach, not news about anyone's data.
  cue('negative:event-notice', 'negative', 1.5, ['seminar', 'seminars', 'webinar', 'webinars', 'workshop', 'workshops']),
  // A card with a chip is an identity or bank card, not the chip business: as a longer cue of the
  // same kind it hides the "chip" inside it, and weighs nothing itself.
  cue('negative:chip-card', 'negative', 0, ['chip card', 'chip cards', 'Chipkarte', 'carte à puce', 'tarjeta con chip', '晶片卡', '芯片卡']),
  // A university named after a duke is no royal.
  cue('negative:university-name', 'negative', 0, ['Duke University', 'Duke Health']),
  // A privacy regulator also oversees algorithms and tests chatbots' voting advice: no one's data is at issue there.
  cue('negative:algorithm-oversight', 'negative', 3, ['voting advice', 'algorithm supervisor', 'algorithm oversight', 'algorithmic risks']),
  // English says it in words the denial rule reads ("no personal data was taken"); the other languages' set phrases are listed.
  cue('negative:no-personal-data', 'negative', 3, []),

  // Topics.
  cue('topic:enforcement/sanction', 'enforcement', 1, [
    'fine', 'fined', 'fines', 'fining', 'penalty', 'penalties', 'penalised', 'penalized', 'sanction', 'sanctioned', 'enforcement',
    'enforcement notice', 'enforcement action', 'investigation', 'investigations', 'investigating', 'investigate', 'investigated',
    'probe', 'probes', 'probing', 'raid', 'raided', 'raids', 'arrest', 'arrested', 'arrests', 'ordered', 'corrective order',
    'reprimand', 'reprimanded', 'ban', 'banned', 'bans', 'banning', 'injunction', 'legal action', 'findings', 'well-founded',
    'breached', 'violated', 'prosecute', 'prosecuted', 'charged', 'compliance order', 'stop processing', 'inspection', 'audit',
    '罰款', '罚款', '調查', '调查', '執法', '执法', '拘捕', '檢控', '检控', '罰', '罚',
  ]),
  cue('topic:enforcement/intervention', 'enforcement', 1, [
    'raised concerns', 'raised concern', 'expressed concern', 'expressed concerns', 'stepped in', 'steps in', 'intervened',
    'intervention', 'compliance check', 'compliance checks', 'opened an inquiry', 'inquiry', 'warning letter', 'enforcement notice',
  ]),
  cue('topic:enforcement/pressure', 'enforcement', 0.5, [
    'warned', 'warning', 'urged', 'concerns', 'concern', 'concerned', 'paused', 'pause', 'halted', 'halt', 'suspended', 'suspend',
    'stopped', 'stop', 'stops', 'scrutiny',
    'follow up', 'monitor', 'asked', 'requested', 'settlement', 'settle', 'threatened', 'complaint', 'complaints', 'referred',
    '警告', '關注', '关注', '暫停', '暂停',
  ]),
  cue('topic:breach/incident', 'breach', 1, [
    'data breach', 'data breaches', 'breach notification', 'breach notifications', 'leak', 'leaks', 'leaked', 'hack', 'hacked',
    'hackers', 'hacking', 'stolen', 'stole', 'cyberattack', 'cyberattacks', 'cyber attack', 'cyber-attack', 'ransomware',
    'compromised', 'unauthorised access', 'unauthorized access', 'security incident', 'exposed',
    // Breaking in and extorting the people whose records were taken.
    'hacker', 'broke into', 'hacked into', 'ransom', 'extorted', 'extortion', 'unlawfully accessed',
    'dark web', 'darknet', 'improperly disposed', 'improperly discarded', 'without being destroyed',
    // Data left open to anyone: a misconfigured or unprotected server, a database anyone could read.
    'publicly accessible', 'openly accessible', 'freely accessible', 'left exposed', 'left open', 'misconfigured', 'unsecured server',
    'unprotected server', 'unsecured database', 'unprotected database',
    // A device lost unencrypted, and a fault that showed people's data to others.
    'unencrypted', 'memory stick', 'USB stick', 'lost laptop', 'bug', 'glitch', 'fault',
    // Data put up for sale: with people's data in the sentence, stolen data offered to buyers.
    'for sale', 'up for sale', 'offered for sale',
    '外洩', '外泄', '泄露', '洩露', '黑客', '入侵',
    ...MISDIRECTED_TERMS,
  ]),
  cue('topic:legislation/law-making', 'legislation', 1, [
    'bill', 'bills', 'legislation', 'legislature', 'lawmakers', 'legislators', 'takes effect', 'take effect', 'took effect',
    'taking effect', 'come into force', 'comes into force', 'came into force', 'enter into force', 'entered into force',
    'enacted', 'enact', 'amendment', 'amendments', 'amend', 'amending', 'rulemaking', 'rule-making', 'draft', 'proposed rules',
    'guidelines', 'guidance', 'consultation', 'consultations', 'code of practice', 'new law', 'new laws', 'tougher laws',
    'reform', 'reforms', 'regulations', 'revised', 'reviewing', 'review of', 'comprehensive privacy', 'passed', 'adopted', 'passes',
    '條例草案', '条例草案', '修訂', '修订', '修例', '立法', '草案', '生效', '指引',
  ]),
  cue('topic:litigation/lawsuit', 'litigation', 1, [
    'lawsuit', 'lawsuits', 'sued', 'sue', 'sues', 'suing', 'class action', 'class actions', 'class-action', 'plaintiff', 'plaintiffs',
    'litigation', 'verdict', 'damages claim', 'damages claims', 'legal challenge', '訴訟', '诉讼', '起訴', '起诉',
  ]),
  cue('topic:litigation/court', 'litigation', 0.5, ['court', 'courts', 'judge', 'ruling', 'ruled', 'appeal', 'appealed', 'settlement', 'settle', 'settled', 'tribunal', 'judgment', '法院', '裁決', '裁决']),
  // Taiwan's legislature holds the word for a court (立法院): as a longer cue of the same kind it hides it, and weighs nothing.
  cue('topic:litigation/legislature', 'litigation', 0, ['立法院']),
  cue('topic:children/minors', 'children', 1, [
    'children', 'children\'s', 'child', 'kids', 'minors', 'teen', 'teens', 'teenagers', 'young people', 'students', 'pupils',
    'COPPA', 'age verification', 'age assurance', 'parental consent', '兒童', '儿童', '未成年',
  ]),
  cue('topic:biometrics/biometric-data', 'biometrics', 1, [
    'biometric', 'biometrics', 'facial recognition', 'face recognition', 'face detection', 'facial', 'iris', 'irises', 'fingerprint',
    'fingerprints', 'face scan', 'face scans', 'voiceprint', 'faceprint', 'face-scanning',
    '人臉識別', '人脸识别', '面部識別', '面部识别', '生物特徵', '生物特征', '生物識別', '生物识别',
  ]),
  cue('topic:biometrics/cameras', 'biometrics', 0.5, ['CCTV', 'surveillance cameras', 'security cameras', 'cameras']),
  cue('topic:cross-border/transfers', 'cross-border', 1, [
    'cross-border', 'cross border', 'cross-boundary', 'transfer', 'transfers', 'transferring', 'transferred', 'data flow', 'data flows',
    'overseas', 'offshore', 'localisation', 'localization', 'adequacy', 'standard contractual clauses', 'SCCs', 'standard contract',
    'international transfers', 'foreign adversary', 'foreign adversaries', '跨境', '出境',
  ]),
  cue('topic:cross-border/foreign', 'cross-border', 0.5, ['foreign', 'abroad', 'outside the country']),
  cue('topic:consent/choice', 'consent', 1, [
    'consent', 'consented', 'opt-out', 'opt out', 'opted out', 'opt-in', 'opt in', 'right to object', 'without permission',
    'permission', 'permissions', 'revoke', 'withdraw consent', 'authorise', 'authorize', 'default settings', 'unchecking',
    '同意', '選擇退出', '选择退出', '撤回',
  ]),

  // AI training on personal data.
  cue('ai:train', 'train-verb', 1, [
    ...LEARNING_FROM_TERMS,
    'train', 'trains', 'trained', 'training', 'pre-train', 'pretrain', 'pretrained', 'pre-trained', 'retrain', 'retrained',
    'fine-tune', 'fine-tuned', 'fine-tuning', 'fine-tunes', 'finetune', 'finetunes', 'finetuned', '訓練', '训练', 'fed into', 'feed into', 'feeding into', 'annotate',
    'annotated', 'annotating',
  ]),
  // The other actions that make a model out of data: they count only with people's data in the sentence.
  cue('ai:develop', 'develop-verb', 1, [
    'develop', 'develops', 'developed', 'developing', 'development', 'build', 'builds', 'built', 'building', 'improve', 'improves',
    'improved', 'improving', 'improvement', 'feed', 'feeds', 'feeding', 'fed', 'derived', 'derive', 'enhance', 'enhancing', 'refine', 'refines', 'refined',
    'refining', 'optimise', 'optimize', 'optimised', 'optimized', 'optimising', 'optimizing',
  ]),
  cue('ai:object', 'ai-object', 1, [
    'AI', 'A.I.', 'artificial intelligence', 'model', 'models', 'LLM', 'LLMs', 'large language model', 'large language models',
    'chatbot', 'chatbots', 'ChatGPT', 'GPT', 'Gemini', 'Llama', 'Copilot', 'Claude', 'generative', 'GenAI', 'machine learning',
    'algorithm', 'algorithms', 'neural network', 'neural networks', 'foundation model', 'foundation models',
    'facial recognition', 'face recognition', 'face-recognition', 'facial-recognition',
    '人工智能', '人工智慧', '模型', '大模型', '算法', 'Grok', 'Meta AI', 'AI system', 'AI systems', 'AI tools',
    'recommendation engine', 'recommendation engines', 'recommendation algorithm', 'recommendation algorithms', 'recommendation system',
    'recommender system', 'recommender systems',
    'speech recognition', 'voice assistant', 'object recognition', 'image recognition', 'face-matching', 'face matching',
    'image generator', 'image generators', 'virtual agent', 'virtual agents',
    // A search engine for faces, trained on them.
    'face search engine', 'facial search engine', 'search engine for faces', 'facial recognition search engine',
    // Software that forecasts from the records it learned from: "develop software that predicts readmissions".
    'predictive software', 'software that predicts', 'software to predict', 'software that could predict',
  ]),
  // Data for a model ("training data", "训练数据"): an AI word that needs no training verb.
  cue('ai:training-data', 'ai-object', 1, TRAINING_DATA_TERMS),
  cue('ai:copyright', 'copyright', 1, ['copyright', 'copyrighted', 'authors', 'artists', 'publishers', 'books', 'news articles', 'songs', 'music', 'royalties']),

  // Where privacy litigation happens when a story names no court or place (`litigation-place.ts`); every language's terms are here,
  // since the rule reads them by language: a civil jury, a class action, a federal court, an amount in US dollars.
  cue('place:jury', 'litigation-place', 1, [
    'jury', 'juries', 'jurors', 'Geschworene', 'Geschworenen', 'jurés', 'jurado', 'giuria', '陪審團', '陪审团', '陪審員', '陪审员',
  ]),
  cue('place:class-action', 'litigation-place', 1, [
    'class action', 'class actions', 'class-action', 'putative class', 'proposed class', 'action collective', 'actions collectives',
    'recours collectif', 'Sammelklage', 'Sammelklagen', 'demanda colectiva', 'demandas colectivas', 'azione collettiva', 'causa collettiva', 'cause collettive',
    'azioni collettive', 'massaclaim', 'massaclaims', '集體訴訟', '集体诉讼',
  ]),
  cue('place:federal-court', 'litigation-place', 1, ['federal judge', 'federal judges', 'federal court', 'federal courts', 'federal jury']),
  cue('place:us-dollars', 'litigation-place', 1, ['dollar', 'dollars', 'dólares', 'dollari', '美元', 'US$', 'USD']),
  // A national court's questions to the EU's Court of Justice: the referring court's country is the story's too (`eu-referral.ts`).
  cue('place:eu-referral', 'litigation-place', 1, [
    'referred by', 'referred the case', 'referred the question', 'referred the questions', 'referred questions', 'preliminary ruling',
    'preliminary reference', 'vorgelegt', 'Vorlage', 'Vorabentscheidung', 'Vorabentscheidungsersuchen', 'vorlegende Gericht',
    'vorlegenden Gericht', 'renvoi préjudiciel', 'question préjudicielle', 'questions préjudicielles', 'saisie par', 'saisi par',
    'cuestión prejudicial', 'cuestiones prejudiciales', 'remitida por', 'planteada por', 'rinvio pregiudiziale',
    'questione pregiudiziale', 'questioni pregiudiziali', 'sollevata da', 'prejudiciële vraag', 'prejudiciële vragen',
    'voorgelegd door', '初步裁決', '初步裁决', '先決裁決', '先决裁决', '提請', '提请',
  ]),

  // Privacy infringed, however the sentence runs between the act and the right ("violated their
  // right to privacy", "une atteinte disproportionnée au droit au respect de la vie privée").
  cue('privacy:infringe', 'privacy-infringe', 1, [
    'violate', 'violates', 'violated', 'violating', 'violation of', 'violations of', 'infringe', 'infringes', 'infringed',
    'infringing', 'infringement of', 'infringement on', 'infringements of', 'invade', 'invades', 'invaded', 'invading',
    'invasion of', 'invasions of', 'intrude on', 'intruded on', 'intrusion into', 'intrusion on', 'breach of', 'breaches of',
    'encroach on', 'encroaches on', 'encroached on', 'interference with', 'interfered with', 'interferes with',
  ]),
  cue('privacy:object', 'privacy-object', 1, [
    'privacy', 'right to privacy', 'privacy rights', 'private life', 'private lives', 'right to respect for private life',
    'informational self-determination', 'right to informational self-determination',
  ]),

  // People's data handed to those who profit from it or misuse it, however the sentence runs
  // ("passed users' HIV status and GPS location to two analytics companies").
  cue('handover:verb', 'handover-verb', 1, [
    'shared', 'shares', 'sharing', 'share', 'passed', 'passes', 'passing', 'sent', 'sends', 'sending', 'sold', 'sells', 'selling',
    'sell', 'handed', 'hands', 'handing', 'transmitted', 'transmits', 'transferred', 'transfers', 'gave', 'gives', 'giving',
    'provided', 'provides', 'providing', 'disclosed', 'discloses', 'leaked', 'leaks', 'forwarded', 'forwards', 'supplied',
    'supplies', 'fed', 'resold', 'resells', 'reselling',
  ]),
  cue('handover:recipient', 'data-recipient', 1, [
    'advertisers', 'advertising companies', 'advertising firms', 'ad firms', 'ad companies', 'ad networks', 'ad-tech firms',
    'adtech firms', 'marketers', 'marketing firms', 'marketing companies', 'data brokers', 'third parties', 'third-party companies',
    'outside firms', 'outside companies', 'analytics companies', 'analytics firms', 'analytics providers', 'insurers',
    'insurance companies', 'fraudsters', 'scammers', 'criminals', 'insurer', 'health insurer', 'advertiser', 'data broker',
    'third party', 'insurance company',
  ]),

  // Public bodies, whose doings a home outlet reports without naming its country.
  cue('public:body', 'public-body', 1, [
    'government', 'ministry', 'minister', 'police', 'council', 'municipality', 'city hall', 'hospital', 'hospitals', 'health service',
    'school', 'schools', 'university', 'parliament', 'agency', 'department', 'authorities', 'social security', 'national institute',
    'prosecutor', 'prosecutors', 'election commission', 'electoral commission', 'tax office', 'tax authority',
  ]),

  cue('regulator:role', 'regulator-noun', 1, [
    'regulator', 'regulators', 'watchdog', 'watchdogs', 'authority', 'authorities', 'commissioner', 'commissioners', 'commission',
    'DPA', 'DPAs', 'ombudsman', 'inspectorate', 'attorney general', 'attorneys general', 'prosecutors', 'agency', 'supervisor',
    'office', '監管', '监管', '公署', '專員', '专员', '監管機構', '监管机构',
  ]),
];

/**
 * German declines an adjective with its case: "biometrische Daten" is also "die Verarbeitung
 * biometrischer Daten" and "mit biometrischen Daten". A lexicon lists one or two forms; the others
 * follow from a German adjective's stem (-isch, -bezogen, sensibl-) before data or on its own.
 */
const GERMAN_DECLINED = /^(\p{Ll}+(?:isch|bezogen|sensibl))(?:e|en|er)((?: (?:\p{Lu}\p{Ll}*)?(?:daten|Daten|Informationen|Angaben))?)$/u;

export function withGermanDeclensions(terms: readonly string[]): string[] {
  const all = [...terms];
  const listed = new Set(terms);
  for (const term of terms) {
    const match = GERMAN_DECLINED.exec(term);
    if (!match) continue;
    const [, stem, noun] = match;
    for (const ending of ['e', 'en', 'er']) {
      const form = `${stem}${ending}${noun}`;
      if (!listed.has(form)) {
        listed.add(form);
        all.push(form);
      }
    }
  }
  return all;
}

/** Every cue with its terms in all the languages the classifier reads (`lexicon-languages.ts`). */
export const CUES: readonly CueDefinition[] = ENGLISH_CUES.map((definition) => {
  const more = TERMS_BY_CUE[definition.id];
  return more === undefined ? definition : { ...definition, terms: withGermanDeclensions([...definition.terms, ...more]) };
});
for (const id of Object.keys(TERMS_BY_CUE)) {
  if (!ENGLISH_CUES.some((definition) => definition.id === id)) throw new Error(`lexicon-languages.ts names an unknown cue: ${id}`);
}

/** Words that, right after a place, make it the population whose data is at stake. */
export const POPULATION_NOUNS = new WordSet([
  'user', 'users', 'resident', 'residents', 'citizen', 'citizens', 'consumer', 'consumers', 'customer', 'customers', 'member',
  'members', 'people', 'nationals', 'individuals', 'patients', 'subscribers', 'employees', 'students', 'voters', 'travellers',
  'travelers', 'passengers', 'children', 'parents', 'accounts', 'account', 'internet', 'netizens', 'data', 'personal', 'population',
  'adults', 'teenagers', 'teens', 'minors', 'kids', 'pupils', 'drivers', 'workers', 'shoppers', 'borrowers', 'tenants', 'taxpayers',
  'clients', 'viewers', 'applicants',
]);

/** Words that turn "X's ..." or "X ..." into X's regulator (`Norway's data protection regulator`). */
export const REGULATOR_NOUNS = new WordSet([
  'regulator', 'regulators', 'watchdog', 'watchdogs', 'authority', 'authorities', 'dpa', 'dpas', 'commissioner', 'commissioners',
  'ombudsman', 'inspectorate', 'attorney', 'ag', 'supervisor', 'agency', 'commission', 'enforcer', 'counterpart', 'counterparts',
  // The same nouns in the other languages read, so "die irische Datenschutzkommission" and "l'autorité belge" are their country's.
  'datenschutzkommission', 'datenschutzbehörde', 'datenschutzbehörden', 'datenschutzaufsicht', 'aufsichtsbehörde', 'behörde',
  'datenschutzbeauftragte', 'datenschutzbeauftragter', 'datenschützer', 'régulateur', 'autorité', 'gendarme', 'préposé',
  'commissaire', 'comisión', 'autoridad', 'agencia', 'regulador', 'comisionado', 'commissione', 'autorità', 'garante', 'incaricato',
  'toezichthouder', 'privacytoezichthouder', 'privacywaakhond', 'waakhond', 'autoriteit', 'commissie',
]);

/** Words that make X the government or court acting (`Hong Kong's legislature`, `Texas state law`). */
export const GOVERNMENT_NOUNS = new WordSet([
  'government', 'governments', 'legislature', 'parliament', 'lawmakers', 'legislators', 'police', 'ministry', 'minister',
  'court', 'courts', 'judge', 'senate', 'assembly', 'congress', 'governor', 'administration', 'officials', 'cabinet',
  'prosecutor', 'prosecutors', 'premier', 'president',
]);

/** The government nouns that name a place's police or courts: a mainland city's are China's, not its own rules. */
export const JUSTICE_NOUNS = new WordSet(['police', 'court', 'courts', 'judge', 'prosecutor', 'prosecutors']);

/** Words that make X's law the subject (`Canadian privacy laws`). */
export const LAW_NOUNS = new WordSet(['law', 'laws', 'legislation', 'rules', 'regulation', 'regulations', 'statute', 'statutes', 'act', 'ordinance', 'requirements', 'bill']);

/** Words allowed between a place and its regulator/government/law noun. */
export const CONTEXT_FILLERS = new WordSet([
  's', 'the', 'data', 'protection', 'privacy', 'personal', 'information', 'supervisory', 'federal', 'state', 'national', 'top',
  'own', 'and', 'competition', 'consumer', 'cyber', 'cyberspace', 'security', 'digital', 'independent', 'chief', 'main', 'whose',
  'general', 'comprehensive', 'new', 'online', 'children', 'health', 'biometric',
]);

/**
 * Words allowed between a regulator noun and the country adjective after it, in the languages
 * that put the adjective last ("la Comisión de Protección de Datos irlandesa").
 */
export const TRAILING_REGULATOR_FILLERS = new WordSet([
  'de', 'del', 'la', 'des', 'du', 'di', 'per', 'dei', 'della', 'delle', 'van', 'voor', 'protección', 'protection', 'protezione',
  'datos', 'données', 'dati', 'gegevens', 'personales', 'personnelles', 'personali', 'vie', 'privée', 'privacy', 'los',
  'información', 'informations', 'informazione', 'nationale', 'nacional', 'nazionale', 'federal', 'fédéral', 'federale',
]);

/** Words right after a place that make it a company's nationality, not the story's place. */
export const COMPANY_NOUNS = new WordSet([
  'company', 'firm', 'giant', 'owner', 'parent', 'affiliate', 'subsidiary', 'startup', 'start', 'conglomerate', 'chipmaker',
  'maker', 'carrier', 'operator', 'group', 'corporation', 'corp', 'unit', 'bank', 'brand', 'retailer', 'app', 'platform',
  // The other languages' words: "das irische Unternehmen", "l'entreprise irlandaise" (see `readContext`).
  'unternehmen', 'konzern', 'firma', 'entreprise', 'société', 'groupe', 'empresa', 'compañía', 'azienda', 'società', 'gruppo',
  'bedrijf', 'onderneming', 'concern',
  // A university's place is its seat too ("dell'università californiana", "a Dutch university").
  'university', 'università', 'université', 'universidad', 'universität', 'universiteit',
]);

/** Words right after a place that make it a company's seat (`Beijing-based`, `Irish headquarters`). */
export const SEAT_NOUNS = new WordSet([
  'based', 'headquartered', 'headquarters', 'hq', 'registered', 'incorporated', 'born',
  // A country chairing the EU's Council speaks for the Council, not for itself ("der dänischen Ratspräsidentschaft").
  'presidency', 'ratspräsidentschaft', 'eu-ratspräsidentschaft', 'présidence', 'presidencia', 'presidenza', 'voorzitterschap',
]);

/** Words right before `of X` that make X part of an organisation's name (`University of Washington`). */
export const ORGANISATION_HEADS = new WordSet(['university', 'bank', 'college', 'institute', 'school', 'museum', 'port']);

/** Words that make a sentence a comparison or background ("he cited the UK's cameras"). */
export const COMPARISON_WORDS = new WordSet(['similar', 'similarly', 'compared', 'comparison', 'unlike', 'likewise', 'cited', 'echoing', 'recalls', 'recalled']);

/** Words before "in X" that make X the venue of a meeting, not its subject. */
export const VENUE_WORDS = new WordSet(['summit', 'conference', 'assembly', 'forum', 'meeting', 'held', 'event', 'convention', 'gathering', 'session']);

/** Verbs that make "to X" the destination of a data transfer. */
export const TRANSFER_WORDS = new WordSet([
  'transfer', 'transfers', 'transferring', 'transferred', 'sent', 'sending', 'send', 'flow', 'flows', 'shared', 'sharing', 'moved',
  'moving', 'exported', 'stored', 'storing',
  // The other languages' verbs and nouns of a transfer, before "nach", "vers", "hacia", "in", "naar" and the like.
  'übermittlung', 'datenübermittlung', 'übermittlungen', 'datenübermittlungen', 'übermittelt', 'übermittelte', 'übermittelten',
  'übertragen', 'transfert', 'transferts', 'transférées', 'transférés', 'envoyées', 'envoyés', 'transferencia',
  'transferencias', 'transfirió', 'transferido', 'transferidos', 'enviados', 'envió', 'trasferimento', 'trasferimenti',
  'trasferito', 'trasferiti', 'inviati', 'doorgifte', 'doorgegeven', 'doorgaf', 'stuurde', 'verstuurd', 'gestuurd', 'overgedragen',
]);

/** Prepositions that, after a transfer word, make the next place its destination. */
export const DESTINATION_WORDS = new WordSet(['to', 'into', 'nach', 'vers', 'en', 'à', 'hacia', 'a', 'in', 'verso', 'naar']);

/** Sense cues for ambiguous names when the taxonomy gives none of its own. */
export const SUBDIVISION_CUES = new WordSet(['state', 'governor', 'attorney', 'legislature', 'statehouse', 'senator', 'county', 'province', 'provincial']);
export const COUNTRY_CUES = new WordSet(['country', 'nation', 'national', 'federal', 'parliament', 'president', 'prime', 'ministry', 'embassy', 'republic', 'administration', 'congress', 'white']);

/** Personal data a trained model could have learned from: makes AI training a privacy story. */
export const PERSONAL_TRAINING_OBJECTS = new WordSet([
  'personal', 'user', 'users', 'member', 'members', 'customer', 'customers', 'people', 'posts', 'photos', 'profiles', 'profile',
  'conversations', 'chats', 'messages', 'faces', 'voices', 'recordings', 'children', 'patients', 'scraped', 'scraping', 'emails',
  'interactions', 'individuals', 'citizens', 'residents', 'recording', 'recorded', 'calls', 'voice', 'videos', 'comments',
  'medical', 'health', 'patient', 'private', 'sensitive', 'biometric', 'location', 'browsing', 'faces', 'uploaded', 'accounts',
  'travellers', 'travelers', 'employees', 'workers', 'staff', 'consent', 'inmates', 'prisoners', 'detainees', 'pictures', 'voters',
  // Students, applicants, tenants, clients and the other people whose files an institution keeps.
  'students', 'pupils', 'applicants', 'claimants', 'tenants', 'passengers', 'guests', 'clients', 'subscribers', 'donors', 'victims', 'parents',
  // Children as the press also calls them ("algorithms built with kids' data").
  'kids', 'child', 'minors', 'teens', 'teenagers',
  // Passers-by whose faces were scanned.
  'passers', 'passersby', 'volunteers',
  // Viewers, drivers, players and the other people a device or service records.
  'viewers', 'viewer', 'listeners', 'drivers', 'motorists', 'players', 'gamers', 'women', 'shoppers',
  // Policyholders, whose claims an insurer keeps.
  'policyholders', 'policyholder', 'insured',
  ...PERSONAL_OBJECT_WORDS,
]);
/** Weaker: "data" alone could be anyone's. */
export const GENERIC_TRAINING_OBJECTS = new WordSet(['data', 'information', 'content', 'images', 'datasets', 'dataset', ...GENERIC_OBJECT_WORDS]);
/** Chinese words for personal data and users, found by substring. */
export const CHINESE_PERSONAL_OBJECTS: readonly string[] = ['個人資料', '个人资料', '個人信息', '个人信息', '用戶', '用户', ...CHINESE_PERSONAL_WORDS];
/** Chinese words for data that could be anyone's (satellite data as much as users'), found by substring. */
export const CHINESE_DATA_WORDS: readonly string[] = ['數據', '数据', '資料'];

/** Links between people's data and the AI it serves ("users' posts for generative AI"): see `findTrainingHits`. Too common to number (see short-words.ts). */
export const DATA_FOR_AI_LINK_WORDS = new ShortWordSet(DATA_FOR_AI_LINKS);
/** Nouns of purpose that link data to an AI as the prepositions above do ("for the purposes of machine learning"). */
export const PURPOSE_LINK_WORDS = new WordSet(PURPOSE_LINKS);

/** AI tools people type into: data put in them is input, not training (see `isChatTool`). */
export const CHAT_TOOL_WORDS = new WordSet([
  'chatbot', 'chatbots', 'chatgpt', 'copilot', 'gemini', 'assistant', 'assistants', 'tool', 'tools', 'app', 'apps', 'assistent',
  'assistenten', 'outil', 'outils', 'herramienta', 'herramientas', 'strumento', 'strumenti', 'tooling',
]);

/** A regulator action cue next to these is about powers, not an action (`investigation powers`). */
export const POWER_WORDS = new WordSet(['power', 'powers']);
