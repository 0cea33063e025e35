/**
 * When a story is about the EU although the words that say so are not the EU's names: a
 * national regulator deciding as the lead authority for every EU user (the GDPR's one-stop
 * shop), Europe's users as such, a campaign before regulators in many European countries, and
 * "Brussels" standing for the EU's institutions rather than for Belgium.
 */
import type { WeighedMention } from './mention-weight.js';
import { spanMatch, withSenses, type GeoMatch, type GeoSense } from './term-index.js';
import { sentenceAt, type FieldText, type StoryFields } from './text-fields.js';

/**
 * A lead (chief) supervisory authority exists only under the GDPR's one-stop shop: its
 * decision covers the whole Union, so it names the EU whichever country's regulator it is.
 */
const LEAD_AUTHORITY =
  /\blead (?:supervisory |data protection |privacy )?(?:authority|regulator|supervisor)\b|\bone-stop[- ]shop\b|autorité (?:de contrôle )?chef de file|federführend\w* (?:Aufsichtsbehörde|Datenschutzbehörde|Behörde|Aufsicht)|autoridad (?:de control |de protección de datos )?principal\b|autorità (?:di controllo )?capofila|leidende (?:toezichthouder|toezichthoudende autoriteit|autoriteit|privacytoezichthouder)|牽頭監管|牵头监管|首席監管機構|首席监管机构/i;

// People whose data is at stake, in each language: the nouns before or after "European" / "in Europe".
const PEOPLE_EN = 'users|customers|members|citizens|consumers|subscribers|drivers|residents|people|individuals|children|account holders';
const PEOPLE_FR = 'utilisateurs|utilisatrices|clients|internautes|abonnés|usagers|citoyens|consommateurs|membres|chauffeurs|résidents';
const PEOPLE_DE = 'Nutzer|Nutzerinnen|Nutzern|Nutzers|Kunden|Kundinnen|Verbraucher|Verbrauchern|Bürger|Bürgern|Mitglieder|Mitgliedern|Fahrer|Fahrern|Menschen';
const PEOPLE_ES = 'usuarios|usuarias|clientes|ciudadanos|consumidores|conductores|internautas|suscriptores|residentes';
const PEOPLE_IT = 'utenti|clienti|cittadini|consumatori|autisti|iscritti|abbonati|residenti';
const PEOPLE_NL = 'gebruikers|klanten|burgers|consumenten|chauffeurs|leden|abonnees|inwoners';

/**
 * Europe's or the EU's people as such ("users in Europe", "utilisateurs européens",
 * "europäischer Nutzer", "usuarios de la UE", "utenti europei", "Europese gebruikers", 歐洲用戶).
 */
const EUROPEAN_PEOPLE = new RegExp(
  [
    `\\b(?:${PEOPLE_EN}) (?:in|across|throughout|from) (?:the )?(?:EU|EEA|European Union|European Economic Area|Europe)\\b`,
    `\\b(?:EU|EEA|European) (?:${PEOPLE_EN})\\b`,
    `\\b(?:${PEOPLE_FR}) (?:européens|européennes|de l['’](?:UE|Union)|dans l['’](?:UE|Union)|en Europe|d['’]Europe)`,
    `\\b(?:${PEOPLE_DE}) (?:in|aus) (?:Europa|der EU|der Europäischen Union|dem EWR)\\b`,
    `\\beuropäisch(?:e|en|er) (?:${PEOPLE_DE})\\b`,
    `\\b(?:${PEOPLE_ES}) (?:europeos|europeas|de la UE|en la UE|de la Unión Europea|en Europa|de Europa)\\b`,
    `\\b(?:${PEOPLE_IT}) (?:europei|europee|dell['’]UE|nell['’]UE|dell['’]Unione europea|in Europa)`,
    `\\b(?:Europese|EU-) ?(?:${PEOPLE_NL})\\b`,
    `\\b(?:${PEOPLE_NL}) (?:in|uit) (?:Europa|de EU|de Europese Unie)\\b`,
    '(?:歐洲|欧洲|歐盟|欧盟)(?:用戶|用户|客戶|客户|居民|公民|消費者|消费者|會員|会员|司機|司机|兒童|儿童)',
  ].join('|'),
  'i',
);

/**
 * An effect throughout the Union ("vale per gli utenti di tutta l'Unione", "dans toute l'UE",
 * "EU-weit", 全歐盟): unlike Europe's people, which later in a story may be those spared, this
 * says how far a decision reaches wherever it stands.
 */
const THROUGHOUT_UNION = new RegExp(
  [
    `\\b(?:across|throughout) the (?:EU|European Union)\\b|\\bEU-wide\\b`,
    `\\b(?:dans|de|pour) toute l['’](?:UE|Union)|\\bEU-weit|\\b(?:in|aus) der gesamten EU\\b|\\b(?:en|de|para) toda la (?:UE|Unión)\\b`,
    `\\b(?:in|di|per) tutta l['’](?:UE|Unione|Europa)|\\b(?:in|van|voor) de hele EU\\b`,
    '全歐盟|全欧盟|整個歐盟|整个欧盟',
  ].join('|'),
  'i',
);

/** A campaign before regulators in many European countries, none of them named: "in eleven European countries", 30個歐洲國家. */
const EUROPEAN_COUNTRIES = new RegExp(
  [
    '\\b(?:in|across) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|many) (?:EU |European |EU and EEA )(?:countries|member states)\\b',
    "\\bdans (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs) pays (?:européens|de l'UE)",
    '\\bin (?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehreren) (?:europäischen Ländern|EU-Ländern|EU-Staaten|EU-Mitgliedstaaten)\\b',
    '\\ben (?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios) países (?:europeos|de la UE)\\b',
    "\\bin (?:\\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|diversi) paesi (?:europei|dell'UE|Ue)\\b",
    '\\bin (?:\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|meerdere) (?:Europese landen|EU-landen|lidstaten)\\b',
    '[0-9一二三四五六七八九十兩两多]+個?个?(?:歐洲|欧洲|歐盟|欧盟)(?:國家|国家|成員國|成员国)',
  ].join('|'),
  'i',
);

/** The weight at which a population named up front places a story whatever else weighs more. */
const UP_FRONT_WEIGHT = 2;

/** A court sitting in Brussels is Belgium's, even in a story about EU law. */
const COURT_NEAR = /court|tribunal|rechtbank|\bhof\b|gericht|corte|juzgado|audiencia|法院|法庭/iu;

const EU_LEAD_AUTHORITY: GeoSense = { code: 'EU', role: 'regulator', rule: 'regulator:EU/lead-authority', privacy: true, weak: false };
const EU_PEOPLE: GeoSense = { code: 'EU', role: 'name', rule: 'population:EU/european-people', privacy: false, weak: false };
const EU_COUNTRIES: GeoSense = { code: 'EU', role: 'name', rule: 'population:EU/european-countries', privacy: false, weak: false };
const EU_BRUSSELS: GeoSense = { code: 'EU', role: 'regulator', rule: 'regulator:EU/brussels', privacy: false, weak: false };

/** Brussels in every language and script the classifier reads. */
const BRUSSELS_NAMES = new Set(['brussels', 'bruselas', 'bruxelles', 'brüssel', 'brussel', '布魯塞爾', '布鲁塞尔']);

function isBrussels(match: GeoMatch): boolean {
  return BRUSSELS_NAMES.has(match.term.toLowerCase());
}

/**
 * "Brussels" (in any language) stands for the EU's institutions when the story names the EU
 * otherwise (the Commission, another institution, its name) and names nothing of Belgium's own (its
 * regulator, its people, another Belgian place), unless a court sits there ("a Brussels
 * court"). Such a mention takes the EU as its one sense; any other match is returned as is.
 * Called on every place match before weighing; the story is read once, on its first Brussels.
 */
export class BrusselsReading {
  private decided: boolean | undefined;

  constructor(
    private readonly geo: readonly GeoMatch[],
    private readonly fields: StoryFields,
  ) {}

  sensesOf(match: GeoMatch): GeoMatch {
    if (match.senses[0].role !== 'place' || !isBrussels(match)) return match;
    // A court there is Belgium's, and so is a Brussels that does not stand for the EU: "Brussels"
    // is listed for both, so it is told here rather than by which of them the story weighs more.
    if (courtNear(this.fields.get(match.field), match)) return belgianOnly(match);
    this.decided ??= this.standsForUnion();
    return this.decided ? withSenses(match, [EU_BRUSSELS]) : belgianOnly(match);
  }

  private standsForUnion(): boolean {
    let union = false;
    for (const match of this.geo) {
      if (isBrussels(match)) continue;
      for (const sense of match.senses) {
        if (sense.code === 'BE') return false;
        // Its law alone is not enough: "a Brussels hospital breached the GDPR" is Belgian news.
        if (sense.code === 'EU' && !sense.weak && sense.role !== 'law') union = true;
      }
    }
    return union;
  }
}

function belgianOnly(match: GeoMatch): GeoMatch {
  const belgian = match.senses.filter((sense) => sense.code !== 'EU');
  return belgian.length === match.senses.length || belgian.length === 0 ? match : withSenses(match, belgian);
}

function courtNear(field: FieldText | undefined, match: GeoMatch): boolean {
  if (field === undefined) return false;
  const before = field.text.slice(Math.max(0, match.start - 25), match.start);
  const after = field.text.slice(match.end, match.end + 25);
  return COURT_NEAR.test(before) || COURT_NEAR.test(after);
}

/**
 * The EU as the story's own, read from words that are not its names: a lead authority, Europe's
 * people, many European countries. Each found phrase is one mention of the EU's people at stake,
 * weighed where it stands, so up front it places the story (see `selectJurisdictions`).
 */
export function euWideMentions(fields: StoryFields, hasSummary: boolean): WeighedMention[] {
  const found: WeighedMention[] = [];
  for (const field of fields.list) {
    // One phrase is enough: saying it three ways must not outweigh the regulator that decided.
    if (found.length > 0) break;
    // A lead authority counts anywhere but a body's tail; people and countries only up front
    // (later, "it does not train on users in the EU" says who is spared).
    const text = field.text;
    const anywhere = field.field === 'body' && !hasSummary ? Math.min(text.length, BODY_REACH) : field.field === 'body' ? 0 : text.length;
    const upFront = field.field === 'title' ? text.length : field.field === 'body' && hasSummary ? 0 : (field.sentenceStarts[1] ?? text.length);
    if (addFirst(found, field, LEAD_ANCHOR, LEAD_AUTHORITY, anywhere, EU_LEAD_AUTHORITY)) continue;
    if (addFirst(found, field, PEOPLE_ANCHOR, EUROPEAN_PEOPLE, upFront, EU_PEOPLE)) continue;
    if (addFirst(found, field, THROUGHOUT_ANCHOR, THROUGHOUT_UNION, anywhere, EU_PEOPLE)) continue;
    addFirst(found, field, COUNTRY_ANCHOR, EUROPEAN_COUNTRIES, upFront, EU_COUNTRIES);
  }
  return found;
}

/** How far into a body with no summary a lead authority still counts (see `positionWeight`). */
const BODY_REACH = 1500;
/** How far around a word the phrases it anchors can reach. */
const REACH = 50;

// Words every phrase of a pattern holds, looked for first: the patterns themselves, long
// alternations matched without case, are read only around them, so a story that names
// Europe a dozen times costs a dozen short reads, not a dozen passes over its text.
// The lead authority's anchor opens on a class of first letters, which V8 scans far faster than an
// alternation of words; a false start costs one short read. Capitals too: "Lead Regulator" in a headline.
const LEAD_ANCHOR = /[lLoOcCfFpP牽牵首](?:ead|ne-stop|hef de file|ederführend|rincipal|apofila|eidende|頭|头|席)/g;
const PEOPLE_ANCHOR = /[Ee]urop|EU|EEA|UE|Uni[oó]n|EWR|歐|欧/g;
// The words every phrase of an effect throughout the Union holds, behind a class of first letters
// as for the lead authority: reading a whole body, "EU" alone would stop the scan too often.
const THROUGHOUT_ANCHOR = /[tTghEeaA全整](?:utta l|oute l|oda la|esamten EU|ele EU|U-w|cross the|hroughout the|歐盟|欧盟|個歐盟|个欧盟)/g;
const COUNTRY_ANCHOR = /countries|member states|pays|Ländern|Staaten|países|paesi|landen|lidstaten|國家|国家|成員國|成员国/g;

/** Adds the first phrase of `pattern` found around an `anchor` in the field's first `end` characters. */
function addFirst(found: WeighedMention[], field: FieldText, anchor: RegExp, pattern: RegExp, end: number, sense: GeoSense): boolean {
  // Read only the part the phrase may stand in: a body after a summary, most of the text, has none.
  if (end <= 0) return false;
  const text = field.text;
  const reach = end < text.length ? text.slice(0, end) : text;
  anchor.lastIndex = 0;
  for (let near = anchor.exec(reach); near !== null; near = anchor.exec(reach)) {
    const from = Math.max(0, near.index - REACH);
    const hit = pattern.exec(text.slice(from, Math.min(end, near.index + REACH)));
    if (hit === null) continue;
    const start = from + hit.index;
    const sentence = sentenceAt(field, start);
    const match = withSenses(spanMatch(field.field, text, start, start + hit[0].length, sentence) as GeoMatch, [sense]);
    // Just enough to count as people at stake up front (see `selectJurisdictions`), and no more:
    // it places the EU beside the regulator and the other places the story names, not over them.
    found.push({ match, sense, context: 'population', weight: UP_FRONT_WEIGHT, strong: true, weak: false });
    return true;
  }
  return false;
}
