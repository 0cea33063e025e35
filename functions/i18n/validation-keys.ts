/** The problems a form can have, each a whole sentence in every catalogue (under `validation`). */
export const VALIDATION_KEYS = [
  'emailMissing',
  'emailTooLong',
  'emailNonAscii',
  'emailInvalid',
  'emailLocalPartTooLong',
  'regionsNone',
  'regionsUnknown',
  'topicsUnknown',
  'regionsNotOne',
  'topicsNotOne',
  'frequencyMissing',
  'timeZoneMissing',
  'timeZoneUnknown',
  'digestDayUnknown',
  'digestHourUnknown',
  'languageUnknown',
  'consentChanged',
] as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** Limits a message may name, and the value refused when it is worth showing back. */
export interface ValidationLimits {
  readonly emailMax: number;
  readonly localPartMax: number;
  readonly unknown: string;
}

export type ValidationMessages = Readonly<Record<ValidationKey, (p: ValidationLimits) => string>>;
