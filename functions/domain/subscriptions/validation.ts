/**
 * Every field a subscriber can send, checked with one schema per form. Messages say what to
 * do, because they are shown to a person next to the field.
 */
import * as z from 'zod';
import { LANGUAGES, type Language } from '../../i18n/languages.js';
import { REGIONS, TOPIC_ENTRIES } from '../../taxonomy/taxonomy.js';
import { CONSENT_VERSION } from './consent.js';
import { canonicalTimeZone } from './time-zones.js';
import { FREQUENCIES, type Frequency, type Preferences } from './types.js';
import { normaliseEmail } from './identity.js';

/** Form fields as they arrive: single values as strings, repeated ones as arrays. */
export interface RawFormInput {
  readonly [field: string]: string | readonly string[] | undefined;
}

export type FieldName = 'email' | 'regions' | 'topics' | 'frequency' | 'timeZone' | 'language' | 'digestWeekday' | 'digestHour' | 'paused' | 'consentVersion';
export type FieldErrors = Partial<Record<FieldName, string>>;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

export interface SignUpInput {
  readonly email: string;
  readonly preferences: Preferences;
  readonly consentVersion: string;
  readonly sourcePage: string;
}

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

const regionIds = new Set(REGIONS.map((region) => region.id));
const topicIds = new Set(TOPIC_ENTRIES.map((topic) => topic.id));

/**
 * Amazon SES does not support SMTPUTF8 (RFC 6531): the part before the @ must be ASCII. The
 * domain may be internationalised; it is checked and kept in its ASCII (punycode) form.
 */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL; that is the point here
const NON_ASCII = /[^\x00-\x7F]/;
/** zod's email pattern, with internationalised top-level domains (`xn--…`) allowed too. */
const EMAIL_PATTERN = new RegExp(z.regexes.email.source.replace('[A-Za-z]{2,}$', '(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$'));

const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(MAX_EMAIL_LENGTH, `An email address has at most ${MAX_EMAIL_LENGTH} characters: check the one you entered`)
  .refine((email) => !NON_ASCII.test(email.slice(0, Math.max(0, email.lastIndexOf('@')))), {
    error:
      'Newsdesk cannot send to an address with accented or non-Latin letters before the @ yet (our mail service does not support them). Please use another address',
    abort: true,
  })
  .transform(normaliseEmail)
  .pipe(z.email({ pattern: EMAIL_PATTERN, error: 'Enter an email address in the form name@example.com' }))
  .refine((email) => email.split('@')[0].length <= MAX_LOCAL_PART_LENGTH, {
    error: `The part before the @ has at most ${MAX_LOCAL_PART_LENGTH} characters: check the address you entered`,
  });

const listOf = (known: ReadonlySet<string>, what: string) =>
  z
    .array(z.string().max(64), { error: `Choose ${what} from the list` })
    .max(known.size, `Choose ${what} from the list`)
    .superRefine((ids, context) => {
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) context.addIssue({ code: 'custom', message: `Choose ${what} from the list: “${unknown[0].slice(0, 40)}” is not one of them` });
    })
    .transform((ids) => [...new Set(ids)]);

const preferencesSchema = z.object({
  regions: listOf(regionIds, 'regions').refine((ids) => ids.length > 0, { error: 'Choose at least one region' }),
  topics: listOf(topicIds, 'topics'),
  frequency: z.enum(FREQUENCIES as [Frequency, ...Frequency[]], { error: 'Choose how often you want email' }),
  timeZone: z
    .string({ error: 'Enter your time zone, for example Europe/London' })
    .max(64, 'Enter a time zone from the list, for example Europe/London')
    .transform((zone, context) => {
      const canonical = canonicalTimeZone(zone);
      if (canonical) return canonical;
      context.addIssue({
        code: 'custom',
        message: zone.trim() ? 'Enter a time zone from the list, for example Asia/Hong_Kong or Europe/London' : 'Enter your time zone, for example Europe/London',
      });
      return z.NEVER;
    }),
  // Absent on the sign-up form: Monday 08:00 until the reader chooses otherwise.
  digestWeekday: z
    .string()
    .regex(/^[1-7]$/, 'Choose the day of your digest from the list')
    .transform(Number)
    .optional(),
  digestHour: z
    .string()
    .regex(/^(?:[01]?\d|2[0-3])$/, 'Choose the hour of your digest from the list')
    .transform(Number)
    .optional(),
  language: z.enum(LANGUAGES as unknown as [Language, ...Language[]], { error: 'Choose a language from the list' }),
  paused: z.boolean(),
});

const signUpSchema = z.object({
  email: emailSchema,
  preferences: preferencesSchema,
  consentVersion: z.literal(CONSENT_VERSION, {
    error: 'The consent text has changed since this page was loaded: read it again, then subscribe',
  }),
  sourcePage: z.string().regex(/^\/[A-Za-z0-9/_-]{0,99}$/).catch('/subscribe'),
});

// `typeof` rather than Array.isArray, which narrows a readonly array to any[].
function single(value: string | readonly string[] | undefined): string | undefined {
  return value === undefined || typeof value === 'string' ? value : value[0];
}

function many(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** `fallbackLanguage`: the browser's, when a form arrives without the field (an older page, a script). */
function preferencesFromForm(raw: RawFormInput, fallbackLanguage: Language) {
  return {
    language: single(raw.language) ?? fallbackLanguage,
    regions: many(raw.regions),
    topics: many(raw.topics),
    frequency: single(raw.frequency),
    timeZone: single(raw.timeZone) ?? '',
    digestWeekday: single(raw.digestWeekday),
    digestHour: single(raw.digestHour),
    paused: single(raw.paused) === 'on' || single(raw.paused) === 'true',
  };
}

function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path[0] === 'preferences' ? issue.path[1] : issue.path[0];
    const field = String(path) as FieldName;
    errors[field] ??= issue.message;
  }
  return errors;
}

export function parseSignUp(raw: RawFormInput, browserLanguage: Language = 'en'): Parsed<SignUpInput> {
  const result = signUpSchema.safeParse({
    email: single(raw.email),
    preferences: { ...preferencesFromForm(raw, browserLanguage), paused: false },
    consentVersion: single(raw.consentVersion),
    sourcePage: single(raw.sourcePage) ?? '/subscribe',
  });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}

export function parsePreferences(raw: RawFormInput, currentLanguage: Language = 'en'): Parsed<Preferences> {
  const result = preferencesSchema.safeParse(preferencesFromForm(raw, currentLanguage));
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}
