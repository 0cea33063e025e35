/**
 * The Encoding Standard's tables are a fifth of fetch-feed's cold start, and almost every feed is
 * UTF-8: the decoder imports them only for a document in another charset. This counts how often
 * the module is loaded while real feeds of each kind are decoded.
 */
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Decode = typeof import('../../../functions/domain/feeds/decode.js').decodeFeedBody;

describe('decodeFeedBody loads the charset tables only for a feed that is not UTF-8', () => {
  let loads = 0;
  let decodeFeedBody: Decode;

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('@exodus/bytes/encoding.js', async (importOriginal) => {
      loads += 1;
      return importOriginal();
    });
    ({ decodeFeedBody } = await import('../../../functions/domain/feeds/decode.js'));
  });

  it('reads UTF-8 feeds, declared, undeclared, behind a byte-order mark or with bad bytes, without them', async () => {
    const rss = '<rss><channel><title>香港私隱專員公署 · Données</title></channel></rss>';
    expect(await decodeFeedBody(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${rss}`))).toContain('香港私隱專員公署 · Données');
    expect(await decodeFeedBody(Buffer.from(rss), 'application/rss+xml; charset=utf-8')).toContain('香港私隱專員公署 · Données');
    expect(await decodeFeedBody(Buffer.from(rss), 'application/rss+xml')).toContain('香港私隱專員公署 · Données');
    expect(await decodeFeedBody(Buffer.from(`\uFEFF${rss}`), 'text/xml; charset=windows-1251')).toBe(rss);
    const broken = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><title>Bad '), Buffer.from([0xe2, 0x82]), Buffer.from(' bytes</title>')]);
    expect(await decodeFeedBody(broken)).toContain('<title>Bad \uFFFD bytes</title>');
    expect(loads).toBe(0);
  });

  it('loads them for the first feed in a legacy charset, and reads it', async () => {
    const big5 = iconv.encode('<?xml version="1.0" encoding="big5"?><rss><title>啱啱公布嘅私隱報告</title></rss>', 'big5-hkscs');
    expect(await decodeFeedBody(big5)).toContain('啱啱公布嘅私隱報告');
    expect(loads).toBe(1);
  });
});
