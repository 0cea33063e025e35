import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, parsePressDate } from '../../../functions/domain/press/press-dates.js';

const iso = (text: string, zone?: string) => parsePressDate(text, zone)?.toISOString();

describe('press-page dates', () => {
  it('reads the formats regulators print, as the start of that day in Hong Kong', () => {
    const hongKongMidnight = '2024-10-14T16:00:00.000Z';
    for (const text of [
      '15 October 2024',
      '15 Oct 2024',
      'October 15, 2024',
      '15/10/2024',
      '15.10.2024',
      '2024年10月15日',
      '2024 年 10 月 15 日',
      '2024-10-15',
    ]) {
      expect(iso(text, 'Asia/Hong_Kong'), text).toBe(hongKongMidnight);
    }
  });

  it('reads numeric dates day first, as Hong Kong, the UK and Europe write them', () => {
    expect(iso('03/04/2024', 'UTC')).toBe('2024-04-03T00:00:00.000Z');
  });

  it('finds the date inside the surrounding text of a row, even when cells run together', () => {
    expect(iso('Issued: 15 October 2024Privacy Commissioner statement', 'Asia/Hong_Kong')).toBe('2024-10-14T16:00:00.000Z');
    expect(iso('新聞稿 2024年10月15日 私隱專員公署', 'Asia/Hong_Kong')).toBe('2024-10-14T16:00:00.000Z');
  });

  it('takes a 24-hour time when the page gives one', () => {
    expect(iso('15/10/2024 14:30', 'Asia/Hong_Kong')).toBe('2024-10-15T06:30:00.000Z');
  });

  it('applies the zone offset of that very day, summer time included', () => {
    expect(iso('1 July 2024', 'Europe/London')).toBe('2024-06-30T23:00:00.000Z');
    expect(iso('1 December 2024', 'Europe/London')).toBe('2024-12-01T00:00:00.000Z');
  });

  it('refuses what is not a real date rather than guessing', () => {
    expect(iso('31/02/2024')).toBeUndefined();
    expect(iso('13/13/2024')).toBeUndefined();
    expect(iso('Press releases')).toBeUndefined();
    expect(iso('')).toBeUndefined();
  });

  it('knows an IANA zone from a typo', () => {
    expect(isKnownTimeZone('Asia/Hong_Kong')).toBe(true);
    expect(isKnownTimeZone('Asia/Hongkong_Island')).toBe(false);
  });
});
