import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from '../../../functions/domain/feeds/decode.js';

const xml = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBody', () => {
  it('decodes by the XML declaration: Big5, GB2312, windows-1251 and ISO-8859-x', async () => {
    expect(await decodeFeedBody(iconv.encode(xml('big5', '香港私隱專員'), 'big5'))).toContain('香港私隱專員');
    expect(await decodeFeedBody(iconv.encode(xml('gb2312', '个人信息保护'), 'gb2312'))).toContain('个人信息保护');
    expect(await decodeFeedBody(iconv.encode(xml('windows-1251', 'Защита данных'), 'windows-1251'))).toContain('Защита данных');
    expect(await decodeFeedBody(iconv.encode(xml('iso-8859-7', 'Προστασία'), 'iso-8859-7'))).toContain('Προστασία');
    expect(await decodeFeedBody(iconv.encode(xml('ISO-8859-1', 'Protección'), 'latin1'))).toContain('Protección');
  });

  it('prefers the HTTP charset to the declaration, and a byte-order mark to both', async () => {
    const body = iconv.encode(xml('utf-8', 'Données'), 'latin1');
    expect(await decodeFeedBody(body, 'application/rss+xml; charset=ISO-8859-1')).toContain('Données');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('iso-8859-1', 'Données'))]);
    expect(await decodeFeedBody(withBom, 'text/xml; charset=windows-1251')).toContain('Données');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('utf-16', 'Privacy'), 'utf-16le')]);
    expect(await decodeFeedBody(body)).toContain('<title>Privacy</title>');
  });

  it('ignores a charset it does not know and falls back to sniffing', async () => {
    expect(await decodeFeedBody(Buffer.from(xml('utf-8', 'Ünïcode')), 'text/xml; charset=x-unheard-of')).toContain('Ünïcode');
  });

  it('reads the Hong Kong characters of Big5-HKSCS in a feed labelled plain Big5', async () => {
    // 啱 and 嘅 are Cantonese characters outside the original Big5 table.
    const body = iconv.encode(xml('big5', '啱啱公布嘅私隱報告'), 'big5-hkscs');
    expect(await decodeFeedBody(body)).toContain('啱啱公布嘅私隱報告');
  });

  it('sniffs rather than trusting a charset the encoding standard refuses to decode', async () => {
    // HZ-GB-2312 is a known label whose decoder yields only U+FFFD: the declaration is set aside.
    const big5 = iconv.encode('<?xml version="1.0" encoding="hz-gb-2312"?><feed><title>我希望這個新聞網站很容易閱讀</title></feed>', 'big5');
    expect(await decodeFeedBody(big5)).toContain('我希望這個新聞網站很容易閱讀');
  });

  it('sniffs undeclared legacy text: Latin-1, Big5, and the configured language as a hint', async () => {
    const latin = iconv.encode('<rss><channel><title>Últimas Notícias</title></channel></rss>', 'latin1');
    expect(await decodeFeedBody(latin)).toContain('Últimas Notícias');
    const big5 = iconv.encode('<feed><title>我希望這個新聞網站很容易閱讀</title></feed>', 'big5');
    expect(await decodeFeedBody(big5)).toContain('我希望這個新聞網站很容易閱讀');
    const gbk = iconv.encode('<rss><title>数据</title></rss>', 'gbk');
    expect(await decodeFeedBody(gbk, undefined, { language: 'zh-CN' })).toContain('数据');
  });
});

describe('decodeFeedBody with a wrong charset label', () => {
  it('reads UTF-8 correctly when the server calls it Latin-1', async () => {
    const body = Buffer.from(xml('utf-8', 'Données personnelles'));
    expect(await decodeFeedBody(body, 'text/xml; charset=ISO-8859-1')).toContain('Données personnelles');
  });

  it('reads windows-1251 by its declaration when the server calls it UTF-8', async () => {
    const body = iconv.encode(xml('windows-1251', 'Защита данных'), 'windows-1251');
    expect(await decodeFeedBody(body, 'application/rss+xml; charset=utf-8')).toContain('Защита данных');
  });
});

describe('decodeFeedBody with bytes that are not UTF-8 in a feed declared UTF-8', () => {
  const broken = (head: string) =>
    Buffer.concat([
      Buffer.from(`${head}<rss><channel><title>Bad bytes `),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(' in a Hong Kong headline</title></channel></rss>'),
    ]);

  it('turns the bad bytes into U+FFFD and keeps the rest, when the declaration says UTF-8', async () => {
    const text = await decodeFeedBody(broken('<?xml version="1.0" encoding="UTF-8"?>'));
    expect(text).toContain('<title>Bad bytes \uFFFD\uFFFD\uFFFD( in a Hong Kong headline</title>');
    expect(text).not.toMatch(/[\u0400-\u04FF]/);
  });

  it('does the same when the HTTP header says UTF-8 and the document declares nothing', async () => {
    const text = await decodeFeedBody(broken(''), 'application/rss+xml; charset=utf-8', { language: 'en' });
    expect(text).toContain('Bad bytes \uFFFD\uFFFD\uFFFD( in a Hong Kong headline');
  });

  it('keeps a UTF-8 header over a UTF-8 declaration on Chinese text with one bad byte: no codepage is guessed', async () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>香港私隱專員公署'),
      Buffer.from([0xa4]),
      Buffer.from('調查</title></channel></rss>'),
    ]);
    expect(await decodeFeedBody(body, 'text/xml; charset=UTF-8')).toContain('香港私隱專員公署\uFFFD調查');
  });
});

describe('decodeFeedBody with a UTF-8 byte-order mark', () => {
  it('drops the mark and reads bad bytes as U+FFFD, one for each maximal broken sequence, as browsers do', async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<rss><title>Privacy '),
      // A truncated euro sign, a 4-byte lead with an impossible continuation, a stray continuation.
      Buffer.from([0xe2, 0x82, 0x20, 0xf0, 0x80, 0x20, 0xbf]),
      Buffer.from(' 私隱</title></rss>'),
    ]);
    expect(await decodeFeedBody(body, 'text/xml; charset=big5')).toBe('<rss><title>Privacy \uFFFD \uFFFD\uFFFD \uFFFD 私隱</title></rss>');
  });
});
