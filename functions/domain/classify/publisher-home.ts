/**
 * A story that no word of its own places: its publisher's home. A home outlet writing for its
 * own readers often never names its country ("the municipality", "the regional health
 * service", "the data protection authority"); a reader knows it from where they read it. The
 * publisher's home is its feed's declared jurisdiction, else the country of its web address
 * (`nos.nl`, `rthk.hk`, `bbc.co.uk`). It decides only where the text names no other place, not
 * even in passing (a mention of the home itself agrees), and only when the story is written in
 * a language of that home (a French story on a Dutch site is not placed in the Netherlands):
 * the weakest evidence there is, never weighed against the text's own. A global service's own
 * doings (a video service's terms, a voice assistant's recordings) are not placed so unless an
 * authority, a court or a law-maker is at work in the story: they happen wherever its users are.
 */
import { factsOf, isKnownCode } from './jurisdiction-facts.js';
import { outletHome } from './outlet-homes.js';
import type { MentionContext } from './mention-context.js';
import type { WeighedMention } from './mention-weight.js';
import type { CueMatch } from './term-index.js';
import type { ClassifyInput } from './types.js';

export interface PublisherHome {
  readonly code: string;
  /** What says so, for the evidence: the feed's name or the web address's host. */
  readonly term: string;
  /** `feed` for a feed's declared home, `site` for a web address's country. */
  readonly source: 'feed' | 'site';
}

/**
 * Country endings that sites everywhere use for their letters, not their country (`.ai`, `.io`,
 * `.tv`, …): they count only under a second level the country gives out (`sic.gov.co`).
 */
const ENDINGS_USED_AS_WORDS = new Set(['ai', 'io', 'co', 'tv', 'me', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'so', 'sh', 'ac', 'la', 'im', 'nu', 'am']);

/** Second levels under which a country's own institutions and companies register. */
const SECOND_LEVELS = new Set(['com', 'gov', 'gob', 'go', 'org', 'net', 'edu', 'ac', 'co', 'or']);

/** The jurisdiction a web address's host ends in, if it is a country's and the taxonomy knows it. */
export function siteCountry(url: string | undefined): string | undefined {
  const address = parsed(url);
  return address === undefined ? undefined : countryOfHost(address.hostname.toLowerCase());
}

function parsed(url: string | undefined): URL | undefined {
  if (url === undefined || url === '') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function countryOfHost(host: string): string | undefined {
  const labels = host.split('.');
  const ending = labels[labels.length - 1];
  if (ending.length !== 2) return undefined;
  if (ENDINGS_USED_AS_WORDS.has(ending) && !(labels.length > 2 && SECOND_LEVELS.has(labels[labels.length - 2]))) return undefined;
  const code = ending === 'uk' ? 'GB' : ending.toUpperCase();
  return isKnownCode(code) ? code : undefined;
}

/**
 * The home that places a story nothing else placed: `named` are the codes the story mentions
 * (called only when it is about none), `language` as `detectLanguage` gave it.
 */
export function publisherHome(
  input: ClassifyInput,
  named: readonly string[],
  weighed: readonly WeighedMention[],
  language: string,
  cues: readonly CueMatch[],
): PublisherHome | undefined {
  // A global service's own doings ("Zoom will Gespräche nicht … für KI-Training nutzen") happen
  // everywhere its users are: with no authority, court or law-maker of the home at work, the
  // outlet's home is only where the story was read.
  if (namesGlobalService(input.title) && !namesAuthorityAtWork(cues)) return undefined;
  // A home outlet names its country's institutions instead of the country; a story that names
  // none (a company's terms, an app's settings) could be anyone's.
  if (!namesInstitution(cues)) return undefined;
  const declared = input.feed?.jurisdiction;
  const home: PublisherHome | undefined =
    declared !== undefined && declared !== '' ? { code: declared, term: input.feed?.name || declared, source: 'feed' } : homeOfSite(input.url);
  if (home === undefined) return undefined;
  for (const code of named) if (code !== home.code && factsOf(code).parent !== home.code && !onlyInBackground(code, weighed)) return undefined;
  const languages = factsOf(home.code).languages;
  return languages.length === 0 || languages.includes(language) ? home : undefined;
}

function homeOfSite(url: string | undefined): PublisherHome | undefined {
  const address = parsed(url);
  if (address === undefined || onForeignDesk(address.pathname)) return undefined;
  const host = address.hostname.toLowerCase();
  const code = countryOfHost(host) ?? outletHome(host);
  return code === undefined || !isKnownCode(code) ? undefined : { code, term: host, source: 'site' };
}

/**
 * Sections where a home outlet reports other countries (`/internacional/`, `/ausland/`,
 * `/world/`, `/america/`): a story filed there is not about the outlet's home.
 */
const FOREIGN_SECTIONS = new Set([
  'world',
  'world-news',
  'worldnews',
  'international',
  'internacional',
  'internazionale',
  'monde',
  'ausland',
  'welt',
  'esteri',
  'buitenland',
  'mundo',
  'america',
  'americas',
  'latinoamerica',
  'asia',
  'europe',
  'europa',
  'africa',
  'middle-east',
  'us-news',
  'us',
  'uk',
  'uk-news',
  'australia-news',
  'global',
  'intl',
  'internationaal',
]);

function onForeignDesk(path: string): boolean {
  for (const segment of path.toLowerCase().split('/').slice(1, -1)) if (FOREIGN_SECTIONS.has(segment)) return true;
  return false;
}

/**
 * Services used the world over, as headlines name them, in both Chinese scripts too. Services
 * whose users are mostly one country's (WeChat, Weibo) are not among them: a story about one
 * in that country's press is a domestic story.
 */
const GLOBAL_SERVICES =
  /(?:^|[^\p{L}\p{N}])(?:Amazon|Alexa|Google|Gmail|YouTube|Microsoft|Skype|Cortana|Apple|iPhone|Siri|Meta|Facebook|Instagram|WhatsApp|Messenger|Zoom|OpenAI|ChatGPT|TikTok|Twitter|LinkedIn|Snapchat|Netflix|Spotify|Samsung|Uber|Airbnb)(?![\p{L}\p{N}])|亞馬遜|亚马逊|谷歌|微軟|微软|蘋果公司|苹果公司|臉書|脸书/u;

function namesGlobalService(title: string | undefined): boolean {
  return title !== undefined && GLOBAL_SERVICES.test(title);
}

/** Cues of an institution at work: a sanction or an intervention, a court or a lawsuit, a law being made. */
const AUTHORITY_KINDS: readonly string[] = ['litigation', 'legislation'];
const AUTHORITY_CUES: readonly string[] = [
  'topic:enforcement/sanction',
  'topic:enforcement/intervention',
  'place:jury',
  'place:class-action',
  'place:federal-court',
];
const AT_WORK_KINDS: ReadonlySet<string> = new Set(AUTHORITY_KINDS);
const AT_WORK_CUES: ReadonlySet<string> = new Set(AUTHORITY_CUES);

function namesAuthorityAtWork(cues: readonly CueMatch[]): boolean {
  for (const match of cues) {
    // The story's own event, in its headline or lead: not research "investigación" further down.
    if (match.field !== 'title' && match.sentence > 0) continue;
    if (AT_WORK_KINDS.has(match.cue.kind) || AT_WORK_CUES.has(match.cue.id)) return true;
  }
  return false;
}

/**
 * Contexts that name a place as background, not as where the story happens: one person's
 * nationality ("an American who…"), where data was sent, a dateline. A place named only so
 * does not keep a story from its publisher's home. A foreign company's seat or a foreign
 * outlet's name does: the story is likely that company's or that outlet's, told abroad.
 */
const BACKGROUND: ReadonlySet<MentionContext> = new Set(['person', 'transfer', 'dateline']);

function onlyInBackground(code: string, weighed: readonly WeighedMention[]): boolean {
  let seen = false;
  for (const mention of weighed) {
    if (mention.sense.code !== code) continue;
    if (mention.context === undefined || !BACKGROUND.has(mention.context)) return false;
    seen = true;
  }
  return seen;
}

/** Cues that name an institution: one at work, anywhere in the story, or a public body or a regulator by its role. */
const INSTITUTION_KINDS: ReadonlySet<string> = new Set([...AUTHORITY_KINDS, 'public-body', 'regulator-noun']);
const INSTITUTION_CUES: ReadonlySet<string> = new Set([...AUTHORITY_CUES, 'scope:privacy-authority', 'scope:authority']);

function namesInstitution(cues: readonly CueMatch[]): boolean {
  for (const match of cues) if (INSTITUTION_KINDS.has(match.cue.kind) || INSTITUTION_CUES.has(match.cue.id)) return true;
  return false;
}
