import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { personalise, renderDigest } from '../../../functions/web/email/digest-email.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory } from '../../support/digest-fixtures.js';
import { englishMessages } from '../../../functions/i18n/messages.js';

const NOW = new Date('2026-11-30T00:00:00Z');
const LINKS = { preferences: 'https://newsdesk.example/preferences?token=p&x=1', unsubscribe: 'https://newsdesk.example/unsubscribe?token=u' };

function digestOf(...stories: ReturnType<typeof aStory>[]) {
  const edition = composeEdition(findRegion('hk')!, '2026-W49', stories, { maxItems: 10, now: NOW });
  return assembleDigest('2026-W49', [edition], []);
}

describe('the digest email', () => {
  it('renders a hostile title and link inert in HTML and as plain words in text', () => {
    const hostile = aStory({
      title: '<script>alert("x")</script><img src=x onerror=alert(1)> Watchdog acts',
      summary: '<b>bold</b> & "quoted"',
      url: 'javascript:alert(1)',
    });
    const email = personalise(renderDigest(digestOf(hostile), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }), LINKS);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toMatch(/<img[^>]*onerror/);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(email.html).not.toContain('href="javascript:');
    expect(email.text).toContain('<script>alert("x")</script>');
    // A text mail client turns URLs into links: only http(s) ones may appear.
    expect(email.text).not.toContain('javascript:');
  });

  it('lists every story in the text part, with source, tags and link', () => {
    const stories = [aStory({ title: 'First', topics: ['privacy', 'enforcement'] }), aStory({ title: 'Second' }), aStory({ title: 'Third' })];
    const { text, subject } = personalise(renderDigest(digestOf(...stories), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }), LINKS);
    for (const story of stories) {
      expect(text).toContain(story.title);
      expect(text).toContain(story.url);
    }
    // Tags are named, never shown as codes.
    expect(text).toContain('Hong Kong, Privacy and data protection, Regulator enforcement');
    expect(subject).toBe('Newsdesk 2026-W49: 3 stories on privacy and AI training · Hong Kong');
  });

  it('fills each reader’s own links, escaped, in both parts', () => {
    const email = personalise(renderDigest(digestOf(aStory()), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }), LINKS);
    expect(email.html).toContain('href="https://newsdesk.example/preferences?token=p&amp;x=1"');
    expect(email.text).toContain('Unsubscribe: https://newsdesk.example/unsubscribe?token=u');
    expect(email.html).toContain('https://newsdesk.example/archive/hk/2026-W49');
  });

  it('cannot be made to place a reader’s link where a feed wrote a slot', () => {
    const rendered = renderDigest(digestOf(aStory({ title: '[[unsubscribe:0000000000000000]]' })), {
      publicBaseUrl: 'https://newsdesk.example',
      messages: englishMessages,
    });
    const email = personalise(rendered, LINKS);
    expect(email.text).toContain('[[unsubscribe:0000000000000000]]');
  });

  it('says honestly when a region had nothing this week', () => {
    const { html, text } = personalise(renderDigest(digestOf(), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }), LINKS);
    expect(text).toContain('Nothing new in Hong Kong this week.');
    expect(html).toContain('Nothing new in Hong Kong this week.');
  });

  it('never says a region had nothing when its stories were listed under another of the reader’s regions', () => {
    const story = aStory({ title: 'Hong Kong watchdog questions a dating app', jurisdictions: ['HK'] });
    const editions = [findRegion('asia-pacific')!, findRegion('hk')!].map((region) => composeEdition(region, '2026-W49', [story], { maxItems: 10, now: NOW }));
    const { html, text } = personalise(
      renderDigest(assembleDigest('2026-W49', editions, []), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }),
      LINKS,
    );
    for (const part of [html, text]) {
      expect(part).not.toContain('Nothing new in Asia-Pacific this week');
      expect(part).not.toContain('Nothing new in Hong Kong this week');
      expect(part).toContain('This week’s Asia-Pacific stories are listed under Hong Kong.');
    }
    // Listed once (the HTML's hidden preheader repeats the first titles, so count the links).
    expect(html.split('Hong Kong watchdog questions a dating app</a>')).toHaveLength(2);
    expect(text.split('Hong Kong watchdog questions a dating app')).toHaveLength(2);
  });

  it('is a 600-pixel table layout with a language, a preheader and no tracking pixel', () => {
    const { html } = renderDigest(digestOf(aStory({ title: 'Preheader story' })), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages });
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/max-width:600px/);
    expect(html).toMatch(/<span style="display:none[^"]*">Preheader story/);
    expect(html).toMatch(/<h1[^>]*>Newsdesk weekly digest<\/h1>/);
    expect(html).not.toMatch(/<img/i);
  });
});
