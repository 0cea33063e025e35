/**
 * German and Dutch write one word where English writes three: "Kundendaten" (customer data),
 * "Sprachmodells" (of the language model), "modeltraining", "profielgegevens". A word the
 * classifier does not know is read as the known word it ends with, when that word is one of
 * the heads below, so "Kundendaten" counts as data, "Sprachmodells" as a model and
 * "modeltraining" as training, and evidence still quotes the whole word as written. Data whose
 * first part names people ("Kunden-", "Patienten-", "klant-") is people's data.
 *
 * Only stories in German or Dutch are read this way: English and the Romance languages do not
 * build such words, and a head found inside an English word would be a false cue.
 */
import type { FieldText } from './text-fields.js';
import { internWord, UNKNOWN_WORD } from './vocabulary.js';

/** A compound's last part, and the known word the compound is read as. */
interface Head {
  readonly ending: string;
  readonly word: number;
  /** What the compound is read as when its first part names people (people's data), else `word`. */
  readonly personalWord: number;
  /** A kind of model: some compounds of it are no AI ("Geschäftsmodell", see `NOT_AI_MODELS`). */
  readonly modelHead: boolean;
}

function head(ending: string, readAs = ending, personal = readAs): Head {
  return { ending, word: internWord(readAs), personalWord: internWord(personal), modelHead: ending.startsWith('model') };
}

// Longer endings first: the longest known ending wins ("…datenschutzbehörde" before "…behörde").
const HEADS: readonly Head[] = [
  head('datenschutzbehörden', 'datenschutzbehörde'),
  head('datenschutzbehörde'),
  head('gegevens', 'gegevens', 'persoonsgegevens'),
  head('trainings', 'training'),
  head('training'),
  head('modellen'),
  head('modelle'),
  head('modells', 'modell'),
  head('modell'),
  head('beiträge'),
  head('beiträgen'),
  head('berichten'),
  // What people say and record ("klantgesprekken", "Kundengespräche", "Sprachaufnahmen").
  head('gesprekken'),
  head('gespräche'),
  head('gesprächen', 'gespräche'),
  head('aufnahmen'),
  head('opnames'),
  head('opnamen'),
  head('daten', 'daten', 'nutzerdaten'),
  // People and the reports and files kept on them ("therapiecliënten", "therapieverslagen", "patiëntendossiers").
  head('cliënten'),
  head('klanten'),
  head('patiënten'),
  head('verslagen'),
  head('dossiers'),
  // Watching people, whoever watches and where ("Auslandsüberwachung", "Massenüberwachung").
  head('überwachung'),
  head('model'),
].sort((a, b) => b.ending.length - a.ending.length);

/** First parts that name people: their data is personal ("Kundendaten", "klantgegevens"). */
const PEOPLE_PARTS: readonly string[] = [
  'kunden',
  'nutzer',
  'patienten',
  'personen',
  'mitglieder',
  'bürger',
  'mitarbeiter',
  'beschäftigten',
  'versicherten',
  'schüler',
  'kinder',
  'verbraucher',
  'kunde',
  'bewerber',
  'gesundheits',
  'mieter',
  'fahrgast',
  'fahrgäste',
  'user',
  'profil',
  'klant',
  'klanten',
  'gebruikers',
  'gebruiker',
  'patiënt',
  'patiënten',
  'persoons',
  'profiel',
  'gezondheids',
  'burger',
  'burgers',
  'leden',
  'reizigers',
  'werknemers',
  'inwoners',
  'leerling',
  'leerlingen',
  'kind',
  'kinderen',
  'medewerkers',
  'studenten',
];

/** First parts that make a model something other than an AI: a business model, a pricing model. */
const NOT_AI_MODELS: readonly string[] = [
  'geschäfts',
  'abo',
  'bezahl',
  'preis',
  'verdien',
  'business',
  'finanzierungs',
  'rollen',
  'arbeitszeit',
  'bedrijfs',
  'prijs',
  'abonnements',
  'pilot',
  'klima',
];

/** The shortest first part that still makes a compound: shorter ones are inflections or other words. */
const MIN_FIRST_PART = 3;

/** Languages that build compounds this way. */
export function buildsCompounds(language: string): boolean {
  return language === 'de' || language === 'nl';
}

/**
 * Rewrites the vocabulary numbers of a field's unknown words that are compounds of a known
 * head (see `HEADS`). Known words are left as they are: a listed term ("Datenschutzbehörde",
 * "persoonsgegevens") keeps its own sense.
 */
export function readCompounds(field: FieldText): void {
  const { text, tokenWords, tokenStarts, tokenEnds } = field;
  for (let token = 0; token < field.tokenCount; token += 1) {
    if (tokenWords[token] !== UNKNOWN_WORD) continue;
    const length = tokenEnds[token] - tokenStarts[token];
    if (length < 4 + MIN_FIRST_PART) continue;
    const word = text.slice(tokenStarts[token], tokenEnds[token]).toLowerCase();
    for (const candidate of HEADS) {
      if (word.length - candidate.ending.length < MIN_FIRST_PART || !word.endsWith(candidate.ending)) continue;
      const first = word.slice(0, word.length - candidate.ending.length);
      if (candidate.modelHead && NOT_AI_MODELS.some((part) => first.endsWith(part))) break;
      tokenWords[token] = namesPeople(first) ? candidate.personalWord : candidate.word;
      break;
    }
  }
}

/** Whether a compound's first part names people, with or without a linking "-s-" or "-n-". */
function namesPeople(first: string): boolean {
  for (const part of PEOPLE_PARTS) {
    if (first.endsWith(part)) return true;
    if (first.length === part.length + 1 && first.startsWith(part) && (first.endsWith('s') || first.endsWith('n'))) return true;
  }
  return false;
}
