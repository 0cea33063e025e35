/**
 * The delivery settings a deploy may change (held regions, items per edition, alert limits, the
 * SES send rate), read from the environment. Apart from delivery.ts so that the console, which
 * shows and uses them, does not reach the sender's SES code through that file.
 */
import { ENV, optionalEnv } from '../config/env.js';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../domain/alerts/match-alerts.js';

export interface DeliverySettings {
  readonly maxItemsPerEdition: number;
  readonly autoSendRegion: (regionId: string) => boolean;
  readonly alerts: AlertSettings;
  readonly maxSendsPerSecond: number;
}

function numberFrom(env: NodeJS.ProcessEnv, name: Parameters<typeof optionalEnv>[0], fallback: number, valid: (n: number) => boolean): number {
  const raw = optionalEnv(name, env);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || !valid(value)) throw new RangeError(`${name} is ${raw}, which is not a valid setting`);
  return value;
}

export function deliverySettingsFrom(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const held = new Set(
    (optionalEnv(ENV.digestHeldRegions, env) ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
  );
  return {
    maxItemsPerEdition: numberFrom(env, ENV.maxItemsPerEdition, 10, (n) => Number.isInteger(n) && n > 0),
    autoSendRegion: (regionId) => !held.has(regionId),
    alerts: {
      ...DEFAULT_ALERT_SETTINGS,
      minScore: numberFrom(env, ENV.alertMinScore, DEFAULT_ALERT_SETTINGS.minScore, (n) => n >= 0 && n <= 1),
      maxAlertsPerDay: numberFrom(env, ENV.alertMaxPerDay, DEFAULT_ALERT_SETTINGS.maxAlertsPerDay, (n) => Number.isInteger(n) && n > 0),
    },
    // SES sandbox accounts start at one email a second.
    maxSendsPerSecond: numberFrom(env, ENV.sesMaxSendRate, 1, (n) => n > 0),
  };
}
