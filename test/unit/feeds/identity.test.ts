import { describe, expect, it } from 'vitest';
import { canonicalUrl, feedIdFor, InvalidUrlError, storyIdFor } from '../../../functions/domain/feeds/identity.js';

describe('canonicalUrl', () => {
  it('drops tracking parameters, the fragment and the default port, and lower-cases the host', () => {
    expect(
      canonicalUrl('HTTPS://News.Example.COM:443/Privacy/Story?utm_source=rss&utm_medium=feed&id=7&fbclid=abc&gclid=x&mc_cid=1&mc_eid=2&ref=home#comments'),
    ).toBe('https://news.example.com/Privacy/Story?id=7');
  });

  it('keeps the parameters that choose the article, in a stable order', () => {
    expect(canonicalUrl('https://example.org/view?p=12&lang=en')).toBe(canonicalUrl('https://example.org/view?lang=en&p=12'));
    expect(canonicalUrl('https://example.org/view?p=12')).not.toBe(canonicalUrl('https://example.org/view?p=13'));
  });

  it('drops a question mark left with nothing after it', () => {
    expect(canonicalUrl('http://example.org:80/a?utm_campaign=x')).toBe('http://example.org/a');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(() => canonicalUrl('/relative/path')).toThrow(InvalidUrlError);
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(InvalidUrlError);
  });
});

describe('storyIdFor', () => {
  it('gives the same id to the same article reached through tracking links, either scheme, or another feed', () => {
    const plain = storyIdFor({ url: 'https://hongkongfp.com/2024/10/10/linkedin-ai/', feedId: 'a' });
    expect(storyIdFor({ url: 'http://HongKongFP.com/2024/10/10/linkedin-ai/?utm_source=rss#top', feedId: 'b', guid: 'x' })).toBe(plain);
    expect(plain).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells different articles apart', () => {
    expect(storyIdFor({ url: 'https://example.org/a', feedId: 'f' })).not.toBe(storyIdFor({ url: 'https://example.org/b', feedId: 'f' }));
  });

  it('falls back to the guid, scoped to the feed, when an item has no link', () => {
    const inFeedA = storyIdFor({ guid: 'post-17', feedId: 'feed-a' });
    expect(storyIdFor({ guid: ' post-17 ', feedId: 'feed-a' })).toBe(inFeedA);
    expect(storyIdFor({ guid: 'post-17', feedId: 'feed-b' })).not.toBe(inFeedA);
  });

  it('refuses an item with neither link nor guid', () => {
    expect(() => storyIdFor({ feedId: 'f' })).toThrow(/link or a guid/);
  });
});

describe('feedIdFor', () => {
  it('is stable for the same feed written differently and differs between feeds', () => {
    expect(feedIdFor('https://HONGKONGFP.com/feed/?utm_source=x')).toBe(feedIdFor('https://hongkongfp.com/feed/'));
    expect(feedIdFor('https://hongkongfp.com/feed/')).not.toBe(feedIdFor('https://www.scmp.com/rss/2/feed'));
  });
});
