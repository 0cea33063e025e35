/**
 * Every field a subscriber can send, checked with one schema per form. The schema names each
 * problem by a catalogue key; the reader sees that message in their language, whole, saying
 * what to do, because it is shown to a person next to the field.
 */
// zod/mini: the same core and messages as the classic API, with only the checks used in the bundle.
import * as z from 'zod/mini';
import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages.js';
import type { Messages } from '../../i18n/messages.js';
import { VALIDATION_KEYS, type ValidationKey } from '../../i18n/validation-keys.js';
import { REGIONS, TOPIC_ENTRIES } from '../../taxonomy/regions.js';
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

function isValidationKey(value: string): value is ValidationKey {
  return (VALIDATION_KEYS as readonly string[]).includes(value);
}

/** Each field's general message, for an issue no schema rule worded (a list where one value was expected). */
const FALLBACK_KEYS: Readonly<Record<FieldName, ValidationKey>> = {
  email: 'emailInvalid',
  regions: 'regionsUnknown',
  topics: 'topicsUnknown',
  frequency: 'frequencyMissing',
  timeZone: 'timeZoneUnknown',
  language: 'languageUnknown',
  digestWeekday: 'digestDayUnknown',
  digestHour: 'digestHourUnknown',
  paused: 'frequencyMissing',
  consentVersion: 'consentChanged',
};

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
/**
 * zod's email pattern, with internationalised top-level domains (`xn--…`) allowed too. Read from
 * the pattern `z.email()` fills in, not `z.regexes`: naming that namespace keeps every one of
 * zod's patterns in the bundle (6.4 KiB).
 */
const EMAIL_PATTERN = (() => {
  const zodPattern = z.email().def.pattern;
  if (!zodPattern) throw new TypeError('z.email() has no default pattern to extend');
  return new RegExp(zodPattern.source.replace('[A-Za-z]{2,}$', '(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$'));
})();

const SOURCE_PAGE = /^\/[A-Za-z0-9/_-]{0,99}$/;

const emailSchema = z
  .pipe(
    z.pipe(
      z.string({ error: 'emailMissing' satisfies ValidationKey }).check(
        z.trim(),
        z.minLength(1, 'emailMissing' satisfies ValidationKey),
        z.maxLength(MAX_EMAIL_LENGTH, 'emailTooLong' satisfies ValidationKey),
        z.refine((email: string) => !NON_ASCII.test(email.slice(0, Math.max(0, email.lastIndexOf('@')))), {
          error: 'emailNonAscii' satisfies ValidationKey,
          abort: true,
        }),
      ),
      z.transform(normaliseEmail),
    ),
    z.email({ pattern: EMAIL_PATTERN, error: 'emailInvalid' satisfies ValidationKey }),
  )
  .check(
    z.refine((email: string) => email.split('@')[0].length <= MAX_LOCAL_PART_LENGTH, {
      error: 'emailLocalPartTooLong' satisfies ValidationKey,
    }),
  );

const listOf = (known: ReadonlySet<string>, key: ValidationKey, notOne: ValidationKey) =>
  z.pipe(
    z.array(z.string().check(z.maxLength(64)), { error: key }).check(
      z.maxLength(known.size, key),
      z.superRefine((ids: string[], context) => {
        const unknown = ids.find((id) => !known.has(id));
        // The refused value goes back as a parameter of the message, never glued onto it.
        if (unknown !== undefined) context.addIssue({ code: 'custom', message: notOne, params: { unknown: unknown.slice(0, 40) } });
      }),
    ),
    z.transform((ids: string[]) => [...new Set(ids)]),
  );

/** A digit string of the list's choices, read as its number; absent means the default. */
const chosenNumber = (pattern: RegExp, key: ValidationKey) => z.optional(z.pipe(z.string().check(z.regex(pattern, key)), z.transform(Number)));

const preferencesSchema = z.object({
  regions: listOf(regionIds, 'regionsUnknown', 'regionsNotOne').check(
    z.refine((ids: string[]) => ids.length > 0, { error: 'regionsNone' satisfies ValidationKey }),
  ),
  topics: listOf(topicIds, 'topicsUnknown', 'topicsNotOne'),
  frequency: z.enum(FREQUENCIES as [Frequency, ...Frequency[]], { error: 'frequencyMissing' satisfies ValidationKey }),
  timeZone: z.pipe(
    z.string({ error: 'timeZoneMissing' satisfies ValidationKey }).check(z.maxLength(64, 'timeZoneUnknown' satisfies ValidationKey)),
    z.transform((zone: string, context) => {
      const canonical = canonicalTimeZone(zone);
      if (canonical) return canonical;
      // zod/mini's transform context has no addIssue helper: the issue goes on its list directly.
      context.issues.push({
        code: 'custom',
        message: zone.trim() ? ('timeZoneUnknown' satisfies ValidationKey) : ('timeZoneMissing' satisfies ValidationKey),
        input: zone,
      });
      return z.NEVER;
    }),
  ),
  // Absent on the sign-up form: Monday 08:00 until the reader chooses otherwise.
  digestWeekday: chosenNumber(/^[1-7]$/, 'digestDayUnknown'),
  digestHour: chosenNumber(/^(?:[01]?\d|2[0-3])$/, 'digestHourUnknown'),
  language: z.enum(LANGUAGES as unknown as [Language, ...Language[]], { error: 'languageUnknown' satisfies ValidationKey }),
  paused: z.boolean(),
});

const signUpSchema = z.object({
  email: emailSchema,
  preferences: preferencesSchema,
  consentVersion: z.literal(CONSENT_VERSION, {
    error: 'consentChanged' satisfies ValidationKey,
  }),
  // A transform, not z.catch: the same answer for any bad value, and z.catch costs 12 KiB of zod.
  sourcePage: z.transform((page: unknown) => (typeof page === 'string' && SOURCE_PAGE.test(page) ? page : '/subscribe')),
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

/** The field's message in the reader's language; an issue the schema did not word (a wrong type) gets its field's general one. */
function toFieldErrors(error: z.core.$ZodError, t: Messages): FieldErrors {
  const messages = t.validation;
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path[0] === 'preferences' ? issue.path[1] : issue.path[0];
    const field = String(path) as FieldName;
    const key = isValidationKey(issue.message) ? issue.message : FALLBACK_KEYS[field];
    const unknown = issue.code === 'custom' && typeof issue.params?.unknown === 'string' ? issue.params.unknown : '';
    errors[field] ??= messages[key]({ emailMax: MAX_EMAIL_LENGTH, localPartMax: MAX_LOCAL_PART_LENGTH, unknown });
  }
  return errors;
}

/**
 * The language the page answers in: the one the form chose, when it is one of ours, else
 * `fallback` (the browser's, or the stored one). Its catalogue is what the parsers take.
 */
export function formLanguage(raw: RawFormInput, fallback: Language): Language {
  const chosen = single(raw.language);
  return isLanguage(chosen) ? chosen : fallback;
}

/**
 * `t`: the catalogue of `formLanguage(raw, browser's language)`, in which the errors are
 * worded; a form without a language field takes `t.language` as its choice.
 */
export function parseSignUp(raw: RawFormInput, t: Messages): Parsed<SignUpInput> {
  const result = signUpSchema.safeParse({
    email: single(raw.email),
    preferences: { ...preferencesFromForm(raw, t.language), paused: false },
    consentVersion: single(raw.consentVersion),
    sourcePage: single(raw.sourcePage) ?? '/subscribe',
  });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error, t) };
}

/** `t`: the catalogue of `formLanguage(raw, stored language)`, as for `parseSignUp`. */
export function parsePreferences(raw: RawFormInput, t: Messages): Parsed<Preferences> {
  const result = preferencesSchema.safeParse(preferencesFromForm(raw, t.language));
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error, t) };
}
