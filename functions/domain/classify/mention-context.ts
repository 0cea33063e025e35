/** What a place mention is doing in its sentence, read from the words around it: a regulator's or a law's place, the people at stake, a seat, a dateline, a destination, a comparison. */
import {
  COMPANY_NOUNS,
  COMPARISON_WORDS,
  CONTEXT_FILLERS,
  DESTINATION_WORDS,
  GOVERNMENT_NOUNS,
  JUSTICE_NOUNS,
  LAW_NOUNS,
  ORGANISATION_HEADS,
  POPULATION_NOUNS,
  REGULATOR_NOUNS,
  SEAT_NOUNS,
  TRAILING_REGULATOR_FILLERS,
  TRANSFER_WORDS,
  VENUE_WORDS,
} from './lexicon.js';
import type { GeoMatch, GeoSense } from './term-index.js';
import { sentenceFrom, sentenceTo, startsUpper, type FieldText, type StoryFields } from './text-fields.js';
import type { EvidenceField } from './types.js';
import { internWord, UNKNOWN_WORD, WordSet } from './vocabulary.js';

export type MentionContext =
  | 'seat'
  | 'organisation'
  | 'dateline'
  | 'company'
  | 'transfer'
  | 'venue'
  | 'regulator'
  | 'government'
  /** "Shanghai police", "a Hangzhou court": the place's police or courts, weighed as its government is. */
  | 'justice'
  | 'law'
  | 'population'
  /** "modelled on Virginia's law", "similar to the GDPR": a comparison, not the story's place. */
  | 'comparison'
  /** "across the EU", "EU-wide": an effect throughout the place, which counts for a union (see `weighMention`). */
  | 'area'
  /** "the regulator, which enforces both the Protection of Personal Information Act and ...": a body's remit, not the story's law. */
  | 'remit'
  /** "一名美國人": one person's nationality, background to the story. */
  | 'person'
  /** "a federal jury in San Francisco", "un tribunal fédéral de Californie": the federal court of the place's country sits there. */
  | 'federal'
  /**
   * "a jury in San Francisco", "un jurado de Chicago", 旧金山陪审团: a court whose kind is not
   * said sits in the place; it may apply the state's law or the country's, so it counts for both.
   */
  | 'court';

/**
 * Which words of each field belong to some place mention (2 for a law's name, else 1): they
 * may sit between a place and its noun. A plain array of small integers: a typed array of a
 * body's few hundred words is allocated outside the heap, which cost more than the marking.
 */
export function markGeoTokens(fields: StoryFields, geo: readonly GeoMatch[]): ByField<number[]> {
  const marks = new ByField<number[]>();
  for (const match of geo) {
    if (match.startToken < 0) continue;
    let mark = marks.get(match.field);
    if (mark === undefined) {
      mark = new Array<number>(fields.get(match.field)!.tokenCount).fill(0);
      marks.set(match.field, mark);
    }
    let value = 1;
    for (const sense of match.senses) if (sense.role === 'law') value = 2;
    for (let token = match.startToken; token < match.endToken; token += 1) mark[token] = value;
  }
  return marks;
}

/** One value per field name for one story, picked by comparing the name with three constants. */
export class ByField<T> {
  private title: T | undefined;
  private summary: T | undefined;
  private body: T | undefined;

  get(field: EvidenceField): T | undefined {
    return field === 'title' ? this.title : field === 'summary' ? this.summary : this.body;
  }

  set(field: EvidenceField, value: T): void {
    if (field === 'title') this.title = value;
    else if (field === 'summary') this.summary = value;
    else this.body = value;
  }
}

/**
 * Whether the mention's sentence compares or looks back ("he cited the UK's cameras"). Each
 * sentence is read once, when a mention in it first asks: 0 not read yet, 1 no, 2 yes.
 */
export function inComparison(field: FieldText, match: GeoMatch, cache: ByField<number[]>): boolean {
  let marks = cache.get(field.field);
  if (marks === undefined) {
    marks = new Array<number>(field.sentenceStarts.length).fill(0);
    cache.set(field.field, marks);
  }
  if (marks[match.sentence] === 0) {
    const from = sentenceFrom(field, match.sentence);
    const to = sentenceTo(field, match.sentence);
    let found = false;
    for (let token = from; token < to && !found; token += 1) found = COMPARISON_WORDS.has(field.tokenWords[token]);
    marks[match.sentence] = found ? 2 : 1;
  }
  return marks[match.sentence] === 2;
}

// The words the rules below name, by vocabulary number.
const OF = internWord('of');
const FOR = internWord('for');
const THE = internWord('the');
/** The articles between a destination word and its place: "to the US", "in den USA", "naar de VS", "vers les États-Unis". */
const DESTINATION_ARTICLES = new WordSet(['the', 'den', 'die', 'dem', 'der', 'les', 'la', 'le', "l'", 'los', 'las', 'el', 'gli', 'i', 'de', 'het']);
const TO = internWord('to');
/** "with" in each language, between a company and its links ("Unternehmen mit US-Bezug"). */
const WITH_WORDS = new WordSet(['with', 'mit', 'avec', 'con', 'met']);
const IN = internWord('in');
const EN = internWord('en');
/** People a company hires abroad to label or review its data: their place is where the work went, not the story's. */
const OUTSOURCED_WORKERS = new WordSet([
  'contractors',
  'subcontractors',
  'labelers',
  'labellers',
  'annotators',
  'datenarbeiter',
  'datenarbeitern',
  'clickworker',
  'sous-traitants',
  'annotateurs',
  'subcontratistas',
  'etiquetadores',
  'subappaltatori',
  'annotatori',
  'onderaannemers',
  'annoteerders',
]);
/** Words after a country that make it a broadcaster's name ("Australian Broadcasting Corporation", "the Irish broadcaster"). */
const BROADCASTER_WORDS = new WordSet(['broadcasting', 'broadcaster', 'rundfunk', 'radiodiffusion', 'radiotelevisión', 'omroep']);
const AND = internWord('and');
const OR = internWord('or');
const FROM = internWord('from');
const ACROSS = internWord('across');
const THROUGHOUT = internWord('throughout');
const OUTSIDE = internWord('outside');
const S = internWord('s');
const DATA = internWord('data');
const PERSONAL = internWord('personal');
const TECH = internWord('tech');
const INTERNET = internWord('internet');
const BASED = internWord('based');
const HEADQUARTERED = internWord('headquartered');
const HEADQUARTERS = internWord('headquarters');
const INCORPORATED = internWord('incorporated');
const LOCATED = internWord('located');
const LIVING = internWord('living');
const ON = internWord('on');
const AFTER = internWord('after');
const BY = internWord('by');
const WIDE = internWord('wide');
const SUCH = internWord('such');
/** Words before "on", "after", "by" or "to" that make the next place a model or a comparison. */
const MODEL_WORDS = new WordSet(['modelled', 'modeled', 'patterned', 'inspired', 'similar', 'akin', 'comparable']);

/** No word: before the field's start, past its end, or in another sentence. */
const NO_WORD = -1;

/** The vocabulary number of the word at `token` if it is in the given sentence, else NO_WORD. */
function wordAt(field: FieldText, sentence: number, token: number): number {
  return token >= 0 && token < field.tokenCount && field.tokenSentences[token] === sentence ? field.tokenWords[token] : NO_WORD;
}

/**
 * Whether one of the `reach` words after token `last`, in its sentence, is one of `words`. With
 * `unbroken`, a comma, colon or semicolon between ends the reach: "Palermo, attacco hacker al
 * Comune" and "Österreichisches Spital: Hacker…" name the place attacked, not the attackers'.
 */
function followedWithin(field: FieldText, sentence: number, last: number, reach: number, words: WordSet, unbroken = false): boolean {
  for (let distance = 1; distance <= reach; distance += 1) {
    const token = last + distance;
    const word = wordAt(field, sentence, token);
    if (word === NO_WORD) return false;
    if (unbroken && /[,:;]/.test(field.text.slice(field.tokenEnds[token - 1], field.tokenStarts[token]))) return false;
    if (words.has(word)) return true;
  }
  return false;
}

// Chinese has no spaces: what a place is doing is read from the characters next to it.
/** After a place: the people whose data is at stake ("歐盟用戶"). */
const CHINESE_POPULATION = ['用戶', '用户', '居民', '市民', '公民', '消費者', '消费者', '會員', '会员', '民眾', '民众', '網民', '网民', '人士'];
/** After a place: a company of that place ("中國公司"), not the story's place. */
const CHINESE_COMPANY = ['公司', '企業', '企业', '集團', '集团', '科技公司', '母公司'];
/** After a city: a court or jury sitting there ("旧金山陪审团", "芝加哥法院"), see the `court` context. */
const CHINESE_COURT = ['陪審團', '陪审团', '法院', '法官', '聯邦法院', '联邦法院'];
/** Right after a state: its federal court, judge or jury (聯邦法院, 联邦陪审团, 聯邦地區法院), cut to the three characters read after a place. */
const CHINESE_FEDERAL = ['聯邦法', '联邦法', '聯邦陪', '联邦陪', '聯邦地', '联邦地'];
/** After a place (and 市 or 省): its own government acting ("郑州通报", "杭州市政府"). A police force is not its government. */
const CHINESE_GOVERNMENT = [
  '通报',
  '通報',
  '政府',
  '人民政府',
  '人大',
  '市委',
  '省委',
  '网信办',
  '網信辦',
  // The government's own departments: health, market regulation, education, civil affairs, data.
  '卫健委',
  '衛健委',
  '市场监管局',
  '市場監管局',
  '教育局',
  '民政局',
  '大数据局',
  '大數據局',
  '数据局',
  '數據局',
];
/** After a place (and 市 or 省): a legislature or government making rules ("天津出台", "杭州修订"). */
const CHINESE_RULE_VERBS = ['出台', '修订', '修訂', '通过', '通過', '发布', '發布', '印发', '印發', '施行', '实施', '實施', '颁布', '頒布', '制定'];
/** The rules a local government makes ("条例", "办法"), read within the clause after its verb or inside a title's 《》. */
const CHINESE_LOCAL_RULES = ['条例', '條例', '办法', '辦法', '规定', '規定'];
/** How far after the place its rules' name may end: a regulation's title is long ("社会信用条例", "物业管理条例"). */
const CHINESE_RULE_REACH = 20;
/** Before a place: where data is sent ("傳送至中國"). */
const CHINESE_TRANSFER = [
  '傳送至',
  '传送至',
  '傳輸至',
  '传输至',
  '轉移至',
  '转移至',
  '傳至',
  '传至',
  '傳往',
  '传往',
  '送往',
  '存放於',
  '存放于',
  '儲存於',
  '储存于',
];
/**
 * Chinese regulators' names right after another place's name ("南韓個人資料保護委員會",
 * "澳洲私隱專員"): the place says whose the body is, so the name's home sense ("個人資料保護委員會"
 * is Taiwan's, "私隱專員" Hong Kong's) is not the story's, and the place is the regulator's.
 * Returns the regulators so owned and the places that own them.
 */
export function chineseRegulatorsOwnedByPlace(
  fields: StoryFields,
  geo: readonly GeoMatch[],
): { regulators: ReadonlySet<GeoMatch>; owners: ReadonlySet<GeoMatch> } {
  let regulators: Set<GeoMatch> | undefined;
  let owners: Set<GeoMatch> | undefined;
  for (const match of geo) {
    if (match.startToken >= 0) continue;
    const law = match.senses.every((sense) => sense.role === 'law');
    if (!law && !match.senses.some((sense) => sense.role === 'regulator' || isMinistry(match, sense))) continue;
    // "省私隱專員", "州私隱專員": a province's or a state's commissioner, whose place the story gives elsewhere.
    // The mainland's own provinces have offices of its regulators ("省网信办"): those stay the mainland's.
    if (
      match.start > 0 &&
      SUBDIVISION_MARKS.includes(fields.get(match.field)!.text.charAt(match.start - 1)) &&
      !match.senses.some((sense) => sense.code === MAINLAND)
    ) {
      (regulators ??= new Set()).add(match);
      continue;
    }
    for (const place of geo) {
      if (place.field !== match.field || place.startToken >= 0) continue;
      if (!(law ? placeAmendsLaw(fields, geo, place, match) : placeOpensTitle(fields, geo, place, match))) continue;
      if (place.senses.some((sense) => match.senses.some((own) => own.code === sense.code))) continue;
      (regulators ??= new Set()).add(match);
      (owners ??= new Set()).add(place);
    }
  }
  if (regulators !== undefined) ownLawsOfTheSameHome(geo, regulators);
  // Most stories have none: one shared empty set serves them all.
  return { regulators: regulators ?? NONE_OWNED, owners: owners ?? NONE_OWNED };
}

/** A province and a state: a title right after one of them is a subdivision's body, not the home's. */
const SUBDIVISION_MARKS = '省州';
const MAINLAND = 'CN';

/** A ministry known by a short name ("數位部"), which other countries' longer titles end with ("印尼通訊及數位部"). */
function isMinistry(match: GeoMatch, sense: GeoSense): boolean {
  return sense.role === 'alias' && match.term.endsWith('部');
}

/** Han characters a title may run over between its place and the known name at its end ("印尼" + "通訊及" + "數位部"). */
const TITLE_GAP = /^[\u4e00-\u9fff]{0,6}$/;

/**
 * Whether a place opens the title that ends with the regulator's or ministry's name: right before
 * it, or a few Han characters before with no other name between ("印尼通訊及數位部").
 */
function placeOpensTitle(fields: StoryFields, geo: readonly GeoMatch[], place: GeoMatch, title: GeoMatch): boolean {
  if (place.end === title.start) return true;
  // Only a country's name opens a longer title, and a word that joins two bodies ("與") ends it.
  if (place.end > title.start || title.start - place.end > 6 || !place.senses.some((sense) => sense.role === 'name')) return false;
  const gap = fields.get(title.field)!.text.slice(place.end, title.start);
  if (!TITLE_GAP.test(gap) || TITLE_BREAKS.includes(gap.charAt(0))) return false;
  for (const other of geo) if (other.field === title.field && other.start >= place.end && other.start < title.start) return false;
  return true;
}

/**
 * What may stand between a country and a law it is making or changing ("日本擬修個資法",
 * "南韓通過個資法修正案"): its legislature, verbs of law-making, "its" and "new", nothing else.
 */
const LAW_MAKING_GAP = /^(?:的|之|擬|拟|將|将|正|已|新|再|修|訂|订|改|正|通過|通过|制定|公布|研議|研议|推動|推动|實施|实施|國會|国会|議會|议会|政府)*$/;

/** Whether a country's name stands just before a law it is making or changing, with only law-making words between. */
function placeAmendsLaw(fields: StoryFields, geo: readonly GeoMatch[], place: GeoMatch, law: GeoMatch): boolean {
  if (place.end > law.start || law.start - place.end > 8 || !place.senses.some((sense) => sense.role === 'name')) return false;
  if (!LAW_MAKING_GAP.test(fields.get(law.field)!.text.slice(place.end, law.start))) return false;
  for (const other of geo) if (other.field === law.field && other.start >= place.end && other.start < law.start) return false;
  return true;
}

/**
 * Once a place owns a regulator named by a home name ("日本個人資料保護委員會"), the laws named
 * by that home's words are the owner's too ("日本擬修個資法", "修訂《個人資料保護法》" is Japan's
 * law, not Taiwan's), unless the story names the home itself.
 */
function ownLawsOfTheSameHome(geo: readonly GeoMatch[], owned: Set<GeoMatch>): void {
  const homes = new Set<string>();
  for (const regulator of owned) for (const sense of regulator.senses) homes.add(sense.code);
  for (const match of geo) {
    if (match.senses.some((sense) => homes.has(sense.code) && sense.role !== 'law' && sense.role !== 'regulator')) return;
  }
  for (const match of geo) {
    if (match.startToken < 0 && match.senses.every((sense) => sense.role === 'law' && homes.has(sense.code))) owned.add(match);
  }
}
const NONE_OWNED: ReadonlySet<GeoMatch> = new Set();

/** Counting one person ("一名", "該名"): a place + 人 after it is that person's nationality, not people at stake ("數百萬美國人"). */
const ONE_PERSON = ['一名', '一位', '一個', '一个', '該名', '该名', '這名', '这名'];
/** How far back the count may stand ("一名曾被判刑的美國人"). */
const ONE_PERSON_REACH = 10;

function isOnePersonsNationality(field: FieldText, match: GeoMatch): boolean {
  const text = field.text;
  if (text.charAt(match.end) !== '人' || text.charAt(match.end + 1) === '民') return false;
  const before = text.slice(Math.max(0, match.start - ONE_PERSON_REACH), match.start);
  // Within the clause: a stop or comma between ends the count's reach.
  const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  return ONE_PERSON.some((word) => clause.includes(word));
}

/** Words that follow an outlet's title when it is cited ("英國《金融時報》報道"). */
const CHINESE_REPORTED = ['報道', '报道', '報導', '报导', '稱', '称', '指出', '披露', '援引', '引述'];

/**
 * A place right before a title in 《》 that is then cited as reporting: the outlet's country
 * ("據英國《金融時報》報道"), which is never the story's. A law's title after its place
 * ("香港《個人資料(私隱)條例》") is followed by no such word.
 */
function namesOutlet(text: string, end: number): boolean {
  if (text.charAt(end) !== '《') return false;
  const close = text.indexOf('》', end);
  if (close < 0 || close - end > 16) return false;
  const after = text.slice(close + 1, close + 3);
  return CHINESE_REPORTED.some((word) => after.startsWith(word));
}

/** Characters that join places in a list (和, 及, 與, 与, 、). */
const CHINESE_AND = ['和', '及', '與', '与', '、'];
/** Words that join two bodies ("美國聯邦貿易委員會與私隱專員公署"): the title ends before them. */
const TITLE_BREAKS = [...CHINESE_AND, '跟', '同'];
/** How far back a destination list's transfer word may stand ("傳往中國、新加坡和美國"). */
const CHINESE_LIST_REACH = 12;

/** How far the characters read reach on either side. */
const CHINESE_REACH = 3;

/**
 * "$5 million (about 750 million yen)", "罰款50萬美元（約7,500萬日圓）": an amount converted into
 * another country's currency, for the reader's sake, inside brackets right after the amount.
 */
function isConvertedAmount(text: string, match: GeoMatch): boolean {
  // Read back no further than the bracket may stand: most mentions have none before them.
  let open = match.start - 1;
  const stop = Math.max(0, match.start - CONVERSION_REACH);
  for (; open >= stop; open -= 1) {
    const code = text.charCodeAt(open);
    if (code === OPEN_BRACKET || code === OPEN_FULL_WIDTH) break;
    if (code === CLOSE_BRACKET || code === CLOSE_FULL_WIDTH) return false;
  }
  if (open < stop || !DIGIT.test(text.slice(open + 1, match.start))) return false;
  return DIGIT.test(text.slice(Math.max(0, open - CONVERSION_REACH), open));
}

/**
 * "Russian hackers", "pirates russes", "un groupe de pirates se revendiquant algérien": the
 * attackers' nationality, background to a breach whose place is the victims'. So are the
 * researchers' ("American researchers", "investigadores de universidades estadounidenses"):
 * where a study was done is not what it found.
 */
function namesBackgroundPeople(field: FieldText, sentence: number, first: number, last: number): boolean {
  if (followedWithin(field, sentence, last, 2, BACKGROUND_PEOPLE, true)) return true;
  // "piratas que se presentan como rusos": up to five words back, each of them a link.
  for (let distance = 1; distance <= 5; distance += 1) {
    const word = wordAt(field, sentence, first - distance);
    if (BACKGROUND_PEOPLE.has(word)) return true;
    if (!ATTACKER_LINKS.has(word)) break;
  }
  // "plusieurs universités américaines", "US universities", with researchers in the sentence: the researchers' universities.
  const university = UNIVERSITY_WORDS.has(wordAt(field, sentence, first - 1)) || UNIVERSITY_WORDS.has(wordAt(field, sentence, last + 1));
  return university && sentenceHas(field, sentence, RESEARCHER_WORDS);
}

/** Whether a word of the sentence is one of `words`. */
function sentenceHas(field: FieldText, sentence: number, words: WordSet): boolean {
  const to = sentenceTo(field, sentence);
  for (let token = sentenceFrom(field, sentence); token < to; token += 1) if (words.has(field.tokenWords[token])) return true;
  return false;
}

const ATTACKERS = [
  'hackers',
  'hacker',
  'hacking',
  'gang',
  'gangs',
  'attackers',
  'cybercriminals',
  'hacktivists',
  'pirates',
  'hackern',
  'hackergruppe',
  'angreifer',
  'cyberkriminelle',
  'piratas',
  'ciberdelincuentes',
  'atacantes',
  'pirati',
  'aggressori',
  'cybercriminali',
  'aanvallers',
  'cybercriminelen',
  'hackersgroep',
  'hackergroep',
];
/** People who study something, in each language: their place is where they work, not the story's. */
const RESEARCHERS = [
  'researchers',
  'researcher',
  'academics',
  'scientists',
  'chercheurs',
  'chercheuses',
  'scientifiques',
  'forscher',
  'forscherinnen',
  'forschende',
  'forschenden',
  'wissenschaftler',
  'investigadores',
  'científicos',
  'ricercatori',
  'scienziati',
  'onderzoekers',
  'wetenschappers',
];
const BACKGROUND_PEOPLE = new WordSet([...ATTACKERS, ...RESEARCHERS]);

/** Articles that count one person: "an American", "un Français", "ein Amerikaner", "een Amerikaan". */
const ONE_PERSON_ARTICLES = new WordSet(['a', 'an', 'one', 'un', 'une', 'ein', 'eine', 'einen', 'einem', 'einer', 'een', 'uno', 'una']);
/** Words that go on about that person: "an American who…", "a British national", "un Français qui…". */
const ONE_PERSON_FOLLOWERS = new WordSet([
  'who',
  'whose',
  'national',
  'citizen',
  'man',
  'woman',
  'qui',
  'dont',
  'ressortissant',
  'ressortissante',
  'der',
  'die',
  'staatsbürger',
  'staatsbürgerin',
  'que',
  'quien',
  'ciudadano',
  'ciudadana',
  'che',
  'cittadino',
  'cittadina',
  'dat',
  'onderdaan',
]);
/** Punctuation that ends a noun phrase right after the nationality ("an American, who…", "ein Amerikaner."). */
const PHRASE_END = /^\s*(?:[,;:.!?)]|$)/;

/**
 * One person's nationality, as the Chinese rule reads "一名美國人": a demonym counted by an
 * indefinite article and standing as a noun (nothing after it, or a word that goes on about the
 * person) is who someone is, not where the story is: "leaked by an American who was convicted
 * here", "un Français qui a travaillé à Cork". "An American company" and "a German court" are
 * read by the rules below.
 */
function isOnePersonsNationalityInWords(field: FieldText, match: GeoMatch, sentence: number, first: number, last: number): boolean {
  if (!ONE_PERSON_ARTICLES.has(wordAt(field, sentence, first - 1))) return false;
  if (!match.senses.every((sense) => sense.role === 'demonym')) return false;
  return PHRASE_END.test(field.text.slice(match.end, match.end + 3)) || ONE_PERSON_FOLLOWERS.has(wordAt(field, sentence, last + 1));
}
const RESEARCHER_WORDS = new WordSet(RESEARCHERS);
const UNIVERSITY_WORDS = new WordSet(['universities', 'universités', 'universitäten', 'universidades', 'università', 'universiteiten']);
/** Words between attackers and the nationality they claim: "hackers from", "pirates se revendiquant", "hackers que se dicen". */
const ATTACKER_LINKS = new WordSet([
  'from',
  'based',
  'in',
  'linked',
  'to',
  'claiming',
  'be',
  'said',
  'aus',
  'de',
  'du',
  'da',
  'dal',
  'van',
  'uit',
  'se',
  'revendiquant',
  'disant',
  'que',
  'dice',
  'dicen',
  'presuntamente',
  // "pirates se présentant comme algériens", "hackers que se presentan como", "die sich als … ausgeben".
  'présentant',
  'présentent',
  'comme',
  'presentan',
  'presentándose',
  'como',
  'come',
  'als',
  'sich',
]);
const CHINESE_ATTACKERS = ['黑客', '駭客', '骇客'];
/** Researchers in Chinese: a place before them in the same clause is where they work ("美国华盛顿大学等机构的研究人员"). */
const CHINESE_RESEARCHERS = ['研究人員', '研究人员', '研究員', '研究员', '研究團隊', '研究团队', '學者', '学者', '科學家', '科学家'];
/** How far on, within the clause, the researchers may stand. */
const CHINESE_RESEARCHER_REACH = 16;
/** Broadcasters and agencies named by their country ("澳大利亚广播公司", "美國之音"): the outlet, not the story's place. */
const CHINESE_OUTLETS = ['廣播公司', '广播公司', '廣播電台', '广播电台', '廣播協會', '广播协会', '通訊社', '通讯社', '之音', '之聲', '之声', '放送'];

/** Gig workers and labellers hired abroad, in both scripts (not contractors: a city's own contractor is local). */
const CHINESE_WORKERS = ['零工', '標註員', '标注员', '數據標註', '数据标注'];
const WORKER_OPENINGS = CHINESE_WORKERS.map((word) => word[0]).join('');

/** How far on, within the clause, the workers may stand ("菲律宾等地的零工"). */
const CHINESE_WORKER_REACH = 8;

/**
 * Whether one of `words` follows a place within `reach` characters of its clause: read character
 * by character, comparing words only where one opens (`openings`), as most places have none.
 */
function followsInClause(text: string, end: number, reach: number, words: readonly string[], openings: string): boolean {
  const stop = chineseClauseEnd(text, end, reach);
  for (let at = end; at < stop; at += 1) {
    if (!openings.includes(text[at])) continue;
    for (const word of words) if (at + word.length <= stop && text.startsWith(word, at)) return true;
  }
  return false;
}
const CLAUSE_ENDS = '，。,；;：:';

/** Where the clause that goes on at `from` ends, at most `reach` characters on. */
function chineseClauseEnd(text: string, from: number, reach: number): number {
  const stop = Math.min(text.length, from + reach);
  for (let at = from; at < stop; at += 1) if (CLAUSE_ENDS.includes(text[at])) return at;
  return stop;
}
/** The characters the researchers' words open with. */
const RESEARCHER_OPENINGS = CHINESE_RESEARCHERS.map((word) => word[0]).join('');
/** The characters the outlets' words open with. */
const OUTLET_OPENINGS = CHINESE_OUTLETS.map((word) => word[0]).join('');

/** Whether a broadcaster's or agency's word follows the place ("澳大利亚" + "广播公司"). */
function namesChineseOutlet(text: string, end: number): boolean {
  if (!OUTLET_OPENINGS.includes(text.charAt(end))) return false;
  return CHINESE_OUTLETS.some((word) => text.startsWith(word, end));
}

/** How far a converted amount's bracket and the amount before it may stand. */
const CONVERSION_REACH = 30;
const DIGIT = /[0-9０-９]/;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;
const OPEN_FULL_WIDTH = 0xff08;
const CLOSE_FULL_WIDTH = 0xff09;

export function readChineseContext(field: FieldText, match: GeoMatch): MentionContext | undefined {
  if (isConvertedAmount(field.text, match)) return 'comparison';
  if (CHINESE_ATTACKERS.some((word) => field.text.startsWith(word, match.end))) return 'person';
  const after = field.text.slice(match.end, match.end + CHINESE_REACH);
  const before = field.text.slice(Math.max(0, match.start - CHINESE_REACH), match.start);
  if (CHINESE_TRANSFER.some((word) => before.endsWith(word))) return 'transfer';
  // "雇用菲律宾等地的零工": where outsourced workers were hired, as "contractors in Kenya" is.
  if (followsInClause(field.text, match.end, CHINESE_WORKER_REACH, CHINESE_WORKERS, WORKER_OPENINGS)) return 'transfer';
  // "傳往中國和美國": the second place of a destination list is a destination too.
  if (CHINESE_AND.includes(field.text.charAt(match.start - 1))) {
    const earlier = field.text.slice(Math.max(0, match.start - CHINESE_LIST_REACH), match.start);
    if (CHINESE_TRANSFER.some((word) => earlier.includes(word))) return 'transfer';
  }
  if (CHINESE_COMPANY.some((word) => after.startsWith(word))) return 'company';
  if (namesOutlet(field.text, match.end) || namesChineseOutlet(field.text, match.end)) return 'organisation';
  if (followsInClause(field.text, match.end, CHINESE_RESEARCHER_REACH, CHINESE_RESEARCHERS, RESEARCHER_OPENINGS)) return 'person';
  if (isOnePersonsNationality(field, match)) return 'person';
  // "加州聯邦法院", "加州联邦陪审团": a federal court in a state applies its country's law, as in the other languages.
  if (CHINESE_FEDERAL.some((word) => after.startsWith(word))) return 'federal';
  const local = readChineseLocalAct(field.text, match);
  if (local !== undefined) return local;
  if (CHINESE_COURT.some((word) => after.startsWith(word)) && match.senses.some((sense) => sense.role === 'place')) return 'court';
  if (CHINESE_POPULATION.some((word) => after.startsWith(word))) return 'population';
  return undefined;
}

/**
 * A place's own government or legislature at work: "郑州通报" and "杭州市政府" are its
 * government, "天津出台社会信用条例" and "《天津市社会信用条例》" its law.
 */
function readChineseLocalAct(text: string, match: GeoMatch): 'government' | 'law' | undefined {
  let at = match.end;
  if (text.charAt(at) === '市' || text.charAt(at) === '省') at += 1;
  if (CHINESE_GOVERNMENT.some((word) => text.startsWith(word, at))) return 'government';
  const clauseEnd = chineseClauseEnd(text, at, CHINESE_RULE_REACH);
  const clause = text.slice(at, clauseEnd);
  if (text.charAt(match.start - 1) === '《') {
    const title = clause.slice(0, Math.max(0, clause.indexOf('》')));
    return CHINESE_LOCAL_RULES.some((word) => title.includes(word)) ? 'law' : undefined;
  }
  const verb = CHINESE_RULE_VERBS.find((word) => clause.startsWith(word));
  return verb !== undefined && CHINESE_LOCAL_RULES.some((word) => clause.includes(word, verb.length)) ? 'law' : undefined;
}

/** Reads the words around a mention for what they make of it. */
export function readContext(field: FieldText, geoTokens: readonly number[], match: GeoMatch): MentionContext | undefined {
  const sentence = match.sentence;
  const first = match.startToken;
  const last = match.endToken - 1;

  if (isDateline(field, match)) return 'dateline';
  if (isConvertedAmount(field.text, match)) return 'comparison';
  if (namesBackgroundPeople(field, sentence, first, last)) return 'person';
  if (isOnePersonsNationalityInWords(field, match, sentence, first, last)) return 'person';
  const previous = wordAt(field, sentence, first - 1);
  const beforePrevious = wordAt(field, sentence, first - 2);
  if (previous === OF && ORGANISATION_HEADS.has(beforePrevious)) return 'organisation';
  // "the Australian Broadcasting Corporation reported": a broadcaster named by its country.
  if (BROADCASTER_WORDS.has(wordAt(field, sentence, last + 1))) return 'organisation';
  if (followsRemitVerb(field, geoTokens, match)) return 'remit';
  // "modelled on Virginia's law", "similar to the GDPR": whatever follows, the place is a comparison.
  const link = previous === THE ? beforePrevious : previous;
  const beforeLink = wordAt(field, sentence, previous === THE ? first - 3 : first - 2);
  if ((link === ON || link === AFTER || link === BY || link === TO) && MODEL_WORDS.has(beforeLink)) return 'comparison';
  if (isExampleOfPlaces(field, geoTokens, match)) return 'comparison';

  const next = wordAt(field, sentence, last + 1);
  const afterNext = wordAt(field, sentence, last + 2);
  if (SEAT_NOUNS.has(next)) {
    // "Texas-based users" are people; a "Nevada-registered data broker" is a company's seat.
    return afterNext !== DATA && afterNext !== PERSONAL && POPULATION_NOUNS.has(afterNext) ? 'population' : 'seat';
  }
  if (sitsAfterSeatWords(field, match)) return 'seat';

  // Forward: skip fillers and other places to the noun that says what the place is doing;
  // failing that, a population right after the place ("Hong Kong users", "EU user data").
  // The population right after the place, or one word on ("European taxi drivers", "Irish Facebook users").
  const populationNext =
    POPULATION_NOUNS.has(next) ||
    (next !== NO_WORD && next !== DATA && next !== PERSONAL && afterNext !== DATA && afterNext !== PERSONAL && POPULATION_NOUNS.has(afterNext));
  for (let distance = 1, skipped = 0; skipped <= 4; distance += 1) {
    const token = last + distance;
    const word = wordAt(field, sentence, token);
    if (word === NO_WORD) break;
    if (REGULATOR_NOUNS.has(word)) return 'regulator';
    if (GOVERNMENT_NOUNS.has(word)) return JUSTICE_NOUNS.has(word) ? 'justice' : 'government';
    if (LAW_NOUNS.has(word) || geoTokens[token] === 2) return 'law';
    if (COMPANY_NOUNS.has(word) && distance <= 2) return 'company';
    if (!(CONTEXT_FILLERS.has(word) || geoTokens[token] === 1 || word === TECH || word === INTERNET)) break;
    skipped += 1;
  }
  if (populationNext) return 'population';

  if (next === WIDE) return 'area';

  // Backward: "the data protection authority of Norway", "his counterparts in Quebec, British
  // Columbia and Alberta", "users in the U.K. and E.U.".
  if (hasRegulatorBefore(field, geoTokens, match) || followsRegulatorNoun(field, match) || endsRegulatorList(field, geoTokens, match)) return 'regulator';
  // "l'entreprise irlandaise", "la empresa irlandesa": a company's nationality, as "Irish company" is.
  if (COMPANY_NOUNS.has(previous)) return 'company';
  // "ein Unternehmen mit US-Bezug", "a firm with US ties": a company's links, not the story's place.
  if (WITH_WORDS.has(previous) && COMPANY_NOUNS.has(beforePrevious)) return 'company';
  if (hasPopulationBefore(field, geoTokens, match)) return 'population';
  if (link === ACROSS || link === THROUGHOUT) return 'area';
  // French "en Chine" says where data went; Dutch "namen, adressen en burgerservicenummers" only lists.
  const listed = previous === EN && match.senses.every((sense) => sense.role === 'place');
  if (!listed && (DESTINATION_WORDS.has(previous) || (DESTINATION_ARTICLES.has(previous) && DESTINATION_WORDS.has(beforePrevious)))) {
    for (let token = first - 1; token >= 0 && field.tokenSentences[token] === sentence; token -= 1) {
      if (TRANSFER_WORDS.has(field.tokenWords[token])) return 'transfer';
    }
    // German and Dutch put the verb last: "an einen Werbedienst in den USA übermittelt", "naar de VS doorgegeven".
    if (followedWithin(field, sentence, last, 2, TRANSFER_WORDS)) return 'transfer';
  }
  // "Datenarbeitern in Venezuela", "contractors in Kenya": where outsourced work was done, as a destination is where data went.
  if (DESTINATION_WORDS.has(previous) && OUTSOURCED_WORKERS.has(beforePrevious)) return 'transfer';
  if (previous === IN || (previous === THE && beforePrevious === IN)) {
    // "a summit in Seoul".
    for (let distance = 1; distance <= 7; distance += 1) {
      const word = wordAt(field, sentence, first - distance);
      if (word === NO_WORD) break;
      if (VENUE_WORDS.has(word)) return 'venue';
    }
  }
  const court = sitsAfterCourt(field, match);
  if (court === 'federal') return 'federal';
  // A place of a state (a city) under a court of no stated kind: the state's and the country's.
  if (court === 'court' && match.senses.some((sense) => sense.role === 'place')) return 'court';
  return undefined;
}

/**
 * "a federal court in California", "a federal jury in San Francisco", "un jurado federal de San
 * Francisco", "Bundesgericht in Kalifornien": a federal court applies its country's law, so the
 * place says which country, not which state. The court and "federal" come in either order (or as
 * one compound), then a preposition and the place. A court of no stated kind ("a jury in San
 * Francisco") is `court`: it counts for the state and the country (see `weighMention`).
 */
function sitsAfterCourt(field: FieldText, match: GeoMatch): 'federal' | 'court' | undefined {
  const link = wordAt(field, match.sentence, match.startToken - 1);
  if (!PLACE_PREPOSITIONS.has(link)) return undefined;
  let court = false;
  let federal = false;
  for (let distance = 2; distance <= 5; distance += 1) {
    const word = wordAt(field, match.sentence, match.startToken - distance);
    if (word === NO_WORD) break;
    if (FEDERAL_COURTS.has(word)) return 'federal';
    if (COURT_WORDS.has(word)) court = true;
    else if (FEDERAL_WORDS.has(word)) federal = true;
    if (court && federal) return 'federal';
  }
  return court ? 'court' : undefined;
}

/** Prepositions between a court and its seat ("in", "de", "di", "en", "van", "von", "du", "dell'"). */
const PLACE_PREPOSITIONS = new WordSet(['in', 'de', 'di', 'en', 'van', 'von', 'du', 'of', 'at', 'd', 'del', 'dell', 'della']);
const COURT_WORDS = new WordSet([
  'court',
  'courts',
  'judge',
  'courthouse',
  'jury',
  'jurors',
  'tribunal',
  'tribunale',
  'rechtbank',
  'jurado',
  'giuria',
  'juge',
  'juez',
  'giudice',
  'rechter',
  'gericht',
  'geschworene',
  'geschworenen',
  'jurés',
  'corte',
  'cour',
  // The kinds of court German and Dutch write as one word, and Spain's first-instance courts.
  'voorzieningenrechter',
  'kantonrechter',
  'bestuursrechter',
  'strafrechter',
  'gerechtshof',
  'landgericht',
  'amtsgericht',
  'verwaltungsgericht',
  'oberlandesgericht',
  'oberverwaltungsgericht',
  'arbeitsgericht',
  'sozialgericht',
  'juzgado',
  'audiencia',
]);
const FEDERAL_WORDS = new WordSet(['federal', 'fédéral', 'fédérale', 'federale', 'federali', 'federales']);
/** German and Dutch write the federal court as one word. */
const FEDERAL_COURTS = new WordSet(['bundesgericht', 'bundesgerichts', 'bundesjury', 'bundesrichter', 'bundesrichterin', 'bondsrechter']);

function sitsAfterSeatWords(field: FieldText, match: GeoMatch): boolean {
  for (let distance = 1; distance <= 4; distance += 1) {
    const word = wordAt(field, match.sentence, match.startToken - distance);
    if (word === NO_WORD) return false;
    if (POPULATION_NOUNS.has(word)) return false;
    if (word === BASED || word === HEADQUARTERED || word === HEADQUARTERS || word === INCORPORATED) return true;
  }
  return false;
}

/** Verbs that say what a regulator is in charge of ("which enforces the GDPR"). */
const REMIT_VERBS = new WordSet(['enforces', 'oversees', 'administers', 'polices', 'supervises']);
const BOTH = internWord('both');
const ALSO = internWord('also');

/** Whether a law's name follows "enforces", "oversees"... with at most articles and the like between. */
function followsRemitVerb(field: FieldText, geoTokens: readonly number[], match: GeoMatch): boolean {
  // Only a law's name can be a remit (see `markGeoTokens`).
  if (geoTokens[match.startToken] !== 2) return false;
  let token = match.startToken - 1;
  for (let skipped = 0; skipped < 5; skipped += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === NO_WORD) return false;
    if (REMIT_VERBS.has(word)) return true;
    if (!(word === THE || word === BOTH || word === ALSO || word === S || geoTokens[token] === 1)) return false;
  }
  return false;
}

/**
 * The token of the word that links a place to what comes before it: articles and other places
 * of the same list ("Quebec, British Columbia and Alberta") are stepped over. -1 when the
 * sentence starts first, or the list runs on too long: `wordAt` then reads no word.
 */
function linkBeforeList(field: FieldText, geoTokens: readonly number[], match: GeoMatch): number {
  let token = match.startToken - 1;
  for (let skipped = 0; skipped < 6; skipped += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === NO_WORD) return -1;
    if (word === THE || word === AND || word === OR || geoTokens[token] === 1) continue;
    break;
  }
  return token;
}

/**
 * "the data protection authority of Norway", "regulators in France", "the privacy commissioners
 * of Canada, Quebec and Alberta": a regulator noun, then "of", "for" or "in", then this place,
 * perhaps at the end of a list of places.
 */
function hasRegulatorBefore(field: FieldText, geoTokens: readonly number[], match: GeoMatch): boolean {
  const token = linkBeforeList(field, geoTokens, match);
  const link = wordAt(field, match.sentence, token);
  if (link !== OF && link !== FOR && link !== IN) return false;
  let head = wordAt(field, match.sentence, token - 1);
  if (head === THE) head = wordAt(field, match.sentence, token - 2);
  return REGULATOR_NOUNS.has(head);
}

/** Articles, conjunctions and the words that link a noun to a place, in the languages read: what a list of places is made of. */
const LIST_GLUE = new WordSet(
  (
    'the and or of for in de du des la le les l et ou au aux en dans del el los las y e o di dei ' +
    'della delle degli dello il lo gli i nel nella von aus der die dem den und oder van het uit'
  ).split(' '),
);

/**
 * "ses homologues du Québec, de la Colombie-Britannique et de l'Alberta", "sus homólogos de
 * Chile y de Perú", "i colleghi garanti di Francia e Spagna": a regulator noun, then a list of
 * places each with its own link word, as the other languages write what English says with one
 * "in". Walks back over the list's places and glue words to the word before them.
 */
function endsRegulatorList(field: FieldText, geoTokens: readonly number[], match: GeoMatch): boolean {
  const token = wordBeforeList(field, geoTokens, match, 20, inRegulatorList);
  if (token < 0) return false;
  // The noun must be followed by a link word ("homologues du") or its remit, not by the place itself.
  const next = wordAt(field, match.sentence, token + 1);
  return LIST_HEADS.has(field.tokenWords[token]) && (LIST_LINKS.has(next) || REMIT_QUALIFIERS.has(next));
}

/**
 * The token of the first word before a list of places that ends at `match`: the list's places
 * and the words `inList` accepts are walked over, for at most `steps` words. -1 when the
 * sentence or the steps end first.
 */
function wordBeforeList(field: FieldText, geoTokens: readonly number[], match: GeoMatch, steps: number, inList: (word: number) => boolean): number {
  for (let token = match.startToken - 1, step = 0; step < steps; step += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === NO_WORD) return -1;
    if (geoTokens[token] !== 1 && !inList(word)) return token;
  }
  return -1;
}

/** What the regulators are of may stand between them and the places: "les commissaires à la vie privée du Canada, du Québec…". */
function inRegulatorList(word: number): boolean {
  return LIST_GLUE.has(word) || REMIT_QUALIFIERS.has(word);
}

/** Places the taxonomy does not hold ("Costa Rica") are in a list of examples too: words it does not know. */
function inExampleList(word: number): boolean {
  return word === UNKNOWN_WORD || LIST_GLUE.has(word);
}

/** The words of a regulator's remit between its title and its places ("à la vie privée", "for data protection"). */
const REMIT_QUALIFIERS = new WordSet(
  (
    'à vie privée protection données personnelles renseignements privacy data personal information datos protección ' +
    'personales privacidad dati personali datenschutz gegevensbescherming'
  ).split(' '),
);

/** The link words that may follow the regulator noun of a list. */
const LIST_LINKS = new WordSet('of for in de du des del di dei della delle degli von aus der van uit en dans au aux nel nella'.split(' '));

/** Regulator nouns that head such a list: the regulator nouns and the words for a regulator's counterparts. */
const LIST_HEADS = new WordSet(
  (
    'homologue homologues homólogo homólogos homóloga homólogas omologo omologhi amtskollegen ' +
    'ambtgenoten ambtgenoot counterparts counterpart régulateurs commissaires reguladores ' +
    'comisionados garanti datenschutzbehörden aufsichtsbehörden datenschutzbeauftragten ' +
    'toezichthouders'
  ).split(' '),
);

/** Words that open a list of examples ("such as", "como", "comme", "wie", "come", "zoals"). */
const EXAMPLE_WORDS = new WordSet(['as', 'like', 'como', 'comme', 'wie', 'come', 'zoals']);
/** Nouns for places in general, whose examples are where something happens, not whose law applies. */
const PLACE_NOUNS = new WordSet(
  (
    'places locations sites cities offices lugares sitios ciudades oficinas endroits lieux villes bureaux orten ' +
    'städten standorten luoghi città sedi plaatsen steden locaties kantoren'
  ).split(' '),
);

/**
 * "emplea a miles de personas en lugares como Boston, Costa Rica, India y Rumanía", "in places
 * such as Boston and Bucharest": places given as examples of where work is done, which is no
 * jurisdiction of the story. Only after a noun for places in general: "countries such as
 * France" may well be the story's.
 */
function isExampleOfPlaces(field: FieldText, geoTokens: readonly number[], match: GeoMatch): boolean {
  const token = wordBeforeList(field, geoTokens, match, 16, inExampleList);
  if (token < 0 || !EXAMPLE_WORDS.has(field.tokenWords[token])) return false;
  let noun = wordAt(field, match.sentence, token - 1);
  if (noun === SUCH) noun = wordAt(field, match.sentence, token - 2);
  return noun !== NO_WORD && PLACE_NOUNS.has(noun);
}

/**
 * A country adjective after its regulator's noun, as French, Spanish and Italian put it: "l'autorité
 * belge", "la Commissione irlandese", "la Comisión de Protección de Datos irlandesa".
 */
function followsRegulatorNoun(field: FieldText, match: GeoMatch): boolean {
  for (let distance = 1; distance <= 6; distance += 1) {
    const word = wordAt(field, match.sentence, match.startToken - distance);
    if (word === NO_WORD) return false;
    if (REGULATOR_NOUNS.has(word)) return true;
    if (!TRAILING_REGULATOR_FILLERS.has(word)) return false;
  }
  return false;
}

/** "users in the U.K. and E.U.", "residents of Texas", "members located in the EU". */
function hasPopulationBefore(field: FieldText, geoTokens: readonly number[], match: GeoMatch): boolean {
  const token = linkBeforeList(field, geoTokens, match);
  const link = wordAt(field, match.sentence, token);
  if (link !== IN && link !== OF && link !== FROM && link !== ACROSS && link !== THROUGHOUT && link !== OUTSIDE) return false;
  let noun = wordAt(field, match.sentence, token - 1);
  if (noun === LOCATED || noun === BASED || noun === LIVING) noun = wordAt(field, match.sentence, token - 2);
  return noun !== NO_WORD && noun !== DATA && noun !== PERSONAL && POPULATION_NOUNS.has(noun);
}

/** "LONDON (Reuters) -" or "Hong Kong —" at the very start of a summary or body. */
function isDateline(field: FieldText, match: GeoMatch): boolean {
  if (field.field === 'title' || match.start > 2) return false;
  const rest = field.text.slice(match.end, match.end + 40);
  return /^(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?\s*(?:\(|—|–|-\s|:)/u.test(rest);
}

/**
 * Whether the word just before a name says whose it is: a place's name, or a capitalised word
 * inside the sentence (Dutch and English nationalities: "Ierse", "Belgian").
 */
export function ownedByWordBefore(field: FieldText, geoTokens: readonly number[] | undefined, match: GeoMatch): boolean {
  const before = match.startToken - 1;
  if (match.startToken < 0 || before < 0 || field.tokenSentences[before] !== field.tokenSentences[match.startToken]) return false;
  if (geoTokens !== undefined && geoTokens[before] !== 0) return true;
  return before !== field.sentenceFirstTokens[field.tokenSentences[before]] && startsUpper(field.text, field.tokenStarts[before]);
}

/**
 * Whether a place says whose a home name is from after it or from the headline's opening: the
 * Romance languages put the nationality after ("il Garante privacy greco"), and Italian headlines
 * open on the country ("Grecia, il Garante privacy multa…").
 */
export function ownedByPlaceAfterOrKicker(field: FieldText, geoTokens: readonly number[] | undefined, match: GeoMatch): boolean {
  if (match.startToken < 0 || geoTokens === undefined) return false;
  const after = match.endToken;
  if (after < field.tokenCount && field.tokenSentences[after] === match.sentence && geoTokens[after] === 1) return true;
  // The kicker: a place as the title's first words, then a comma or colon, before the name.
  if (field.field !== 'title' || geoTokens[0] !== 1 || match.startToken === 0) return false;
  let last = 0;
  while (last + 1 < match.startToken && geoTokens[last + 1] === 1) last += 1;
  const mark = field.text.slice(field.tokenEnds[last], field.tokenEnds[last] + 2).trimStart();
  return mark.startsWith(',') || mark.startsWith(':');
}
