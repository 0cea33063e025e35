import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { storyReasons } from '../../../functions/domain/digest/story-reasons.js';
import { CONSENT_VERSION } from '../../../functions/domain/subscriptions/consent.js';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { STORED_ABOUT_SUBSCRIBERS } from '../../../functions/domain/subscriptions/stored-data.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { highlightEvidence, privacyPage, storyPage } from '../../../functions/web/public-pages.js';
import { aStory } from '../../support/digest-fixtures.js';
import { KEY, subscriptionFixture } from '../subscriptions/fakes.js';
import { loadMessages } from '../../../functions/i18n/messages.js';

const NOW = new Date('2026-11-30T00:00:00Z');

function chatbotStory(overrides = {}) {
  const title = 'PCPD <script> warns chatbot maker over training AI on customer chats';
  const summary = 'The Privacy Commissioner for Personal Data said the firm breached the Personal Data (Privacy) Ordinance in Hong Kong.';
  return aStory({ title, summary, ...classifyStory({ title, summary }), ...overrides });
}

describe('a story page', () => {
  it('highlights the evidence in the story’s own text, escaping everything else', () => {
    const story = chatbotStory();
    const title = highlightEvidence(story.title, story.evidence, 'title').markup;
    expect(title).toContain('<mark>PCPD</mark> &lt;script&gt; warns');
    expect(title).not.toContain('<script>');
    const summary = highlightEvidence(story.summary, story.evidence, 'summary').markup;
    expect(summary).toContain('<mark>Privacy Commissioner for Personal Data</mark>');
    expect(summary).toContain('<mark>Personal Data (Privacy) Ordinance</mark>');
  });

  it('marks nothing for evidence that points at no text, even where its term appears', () => {
    const title = 'Harbour Daily finds clinic kept patients’ records on an open server';
    const home = { kind: 'jurisdiction' as const, tag: 'HK', term: 'Harbour Daily', field: 'title' as const, offset: -1, rule: 'home:HK/feed' };
    expect(highlightEvidence(title, [home], 'title').markup).not.toContain('<mark>');
  });

  it('says why it is there, names its tags, and lists the other reports and the editions it appeared in', async () => {
    const story = chatbotStory();
    const report = chatbotStory({ source: 'Harbour <b>Daily</b>', url: 'https://news.example/other' });
    const edition = { ...composeEdition(findRegion('hk')!, '2026-W49', [story, report], { maxItems: 10, now: NOW }), status: 'sent' as const };
    const page = storyPage(story, [{ edition, item: edition.items[0] }], storyReasons(story.evidence), await loadMessages('zh-Hant'));
    expect(page).toContain('<html lang="zh-Hant">');
    expect(page).toContain('PCPD · Personal Data (Privacy) Ordinance · 以個人資料訓練人工智能');
    expect(page).toContain('<li>香港</li>');
    expect(page).toContain('Harbour &lt;b&gt;Daily&lt;/b&gt;');
    expect(page).toContain('href="/archive/hk/2026-W49">香港，第 2026-W49 週</a>');
    expect(page).toContain('<h1 lang="en">');
  });

  it('says plainly when it has not been in an edition yet', async () => {
    const page = storyPage(chatbotStory(), [], [], await loadMessages('en'));
    expect(page).toContain('It has not appeared in a sent edition yet.');
    expect(page).toContain('No other outlet’s report of this event is on record.');
  });
});

describe('the privacy notice', () => {
  it('covers every attribute actually stored about a subscriber, in every language', async () => {
    const { service, store, notifier } = subscriptionFixture();
    const preferences = { regions: ['hk'], topics: [], frequency: 'weekly' as const, timeZone: 'Asia/Hong_Kong', language: 'zh-Hant' as const, paused: false };
    await service.signUp(
      { email: 'reader@example.com', preferences, consentVersion: CONSENT_VERSION, sourcePage: '/subscribe' },
      { clientAddress: '203.0.113.9' },
    );
    const pending = { ...store.records.get(subscriberIdFor('reader@example.com', KEY))! };
    await service.confirm(notifier.lastConfirmationToken('reader@example.com'));
    const id = subscriberIdFor('reader@example.com', KEY);
    const confirmed = { ...store.records.get(id)! };
    await service.pauseUntil(id, '2099-01-01');
    const paused = { ...store.records.get(id)! };
    await service.requestErasure(id);
    const erasing = { ...store.records.get(id)! };
    const covered = new Set(STORED_ABOUT_SUBSCRIBERS.flatMap((datum) => datum.attributes));
    for (const record of [pending, confirmed, paused, erasing]) {
      for (const [attribute, value] of Object.entries(record)) if (value !== undefined) expect(covered, attribute).toContain(attribute);
    }
    expect(Object.keys(paused)).toContain('pauseEndsAt');
    expect(Object.keys(erasing)).toContain('erasureRequestedAt');
    for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const page = privacyPage(await loadMessages(language));
      for (const datum of STORED_ABOUT_SUBSCRIBERS) expect(page).toContain(datum.what[language]);
    }
  });
});
