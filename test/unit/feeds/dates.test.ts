import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../functions/domain/feeds/dates.js';

const iso = (text: string) => parseFeedDate(text)?.toISOString();

describe('parseFeedDate', () => {
  it('reads RFC 822 dates with numeric and named zones', () => {
    expect(iso('Tue, 17 Oct 2017 22:17:00 +0000')).toBe('2017-10-17T22:17:00.000Z');
    expect(iso('Mon, 16 Oct 2017 15:10:00 EST')).toBe('2017-10-16T20:10:00.000Z');
    expect(iso('Fri, 10 Jan 2020 14:33:00 +0800')).toBe('2020-01-10T06:33:00.000Z');
    expect(iso('Fri, 10 Jan 2020 14:33:00 HKT')).toBe('2020-01-10T06:33:00.000Z');
  });

  it('reads RFC 822 variants: two-digit years, times without a colon, month names in other languages', () => {
    expect(iso('03 Apr 02 1500 GMT')).toBe('2002-04-03T15:00:00.000Z');
    expect(iso('Seg, 24 Set 2018 19:42:40 -0300')).toBe('2018-09-24T22:42:40.000Z');
    expect(iso('Sept 5, 2019 3:04 PM PDT')).toBe('2019-09-05T22:04:00.000Z');
  });

  it('reads ISO 8601 and dc:date, with offsets and fractions', () => {
    expect(iso('2012-07-16T08:48:01-07:00')).toBe('2012-07-16T15:48:01.000Z');
    expect(iso('2017-01-23T14:17:05+01:00')).toBe('2017-01-23T13:17:05.000Z');
    expect(iso('2012-07-16T08:48:01.123Z')).toBe('2012-07-16T08:48:01.123Z');
  });

  it('reads a Unix epoch in seconds or milliseconds', () => {
    expect(iso('1518478934')).toBe('2018-02-12T23:42:14.000Z');
    expect(iso('1518478934000')).toBe('2018-02-12T23:42:14.000Z');
  });

  it('reads slashed dates day first, year first, and as UTC whatever the machine zone', () => {
    expect(iso('08/02/2013 12:00:00')).toBe('2013-02-08T12:00:00.000Z');
    expect(iso('2020/1/10 14:33:00')).toBe('2020-01-10T14:33:00.000Z');
    expect(iso('12/25/2019')).toBe('2019-12-25T00:00:00.000Z');
  });

  it('gives nothing for text that is not a date or a date that does not exist', () => {
    expect(parseFeedDate('soon')).toBeUndefined();
    expect(parseFeedDate('31/02/2020')).toBeUndefined();
    expect(parseFeedDate('')).toBeUndefined();
    expect(parseFeedDate(undefined)).toBeUndefined();
  });
});
