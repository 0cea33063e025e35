/** The digest email's two layers: the domain's view (plain words) and the web's rendering of it. */
import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { digestEmailView, type DigestEmailView, type DigestStoryView } from '../../../functions/domain/digest/digest-view.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { personalise, renderDigestEmail } from '../../../functions/web/email/digest-email.js';
import { aStory } from '../../support/digest-fixtures.js';
import { englishMessages, loadMessages } from '../../../functions/i18n/messages.js';

const zhHant = await loadMessages('zh-Hant');

const NOW = new Date('2026-11-30T00:00:00Z');
const HOSTILE = '<img src=x onerror=alert(1)>"&';

describe('the view of a digest email', () => {
  it('is plain words in the reader’s language, in the order the reader will see them', () => {
    const stories = [aStory({ title: 'Watchdog fines clinic', jurisdictions: ['HK'], topics: ['breach'], kind: 'press-release' })];
    const edition = composeEdition(findRegion('hk')!, '2026-W49', stories, { maxItems: 10, now: NOW });
    const europe = composeEdition(findRegion('europe')!, '2026-W49', [], { maxItems: 10, now: NOW });
    const view = digestEmailView(assembleDigest('2026-W49', [edition, europe], []), { publicBaseUrl: 'https://newsdesk.example/', messages: zhHant });
    expect(view.subject).toBe('Newsdesk 2026-W49 私隱及人工智能訓練新聞：1 則新聞 · 香港、歐洲');
    expect(view.sections.map((section) => section.heading)).toEqual(['香港', '歐洲']);
    expect(view.sections[0].stories[0]).toMatchObject({
      title: 'Watchdog fines clinic',
      jurisdictionNames: ['香港'],
      statementLabel: '監管機構的官方聲明',
      publishedLine: '發表於 2026年11月25日',
      storyPage: { url: `https://newsdesk.example/stories/${stories[0].storyId}` },
    });
    expect(view.sections[1].stories).toEqual([]);
    expect(view.sections[1].emptyLine).toContain('歐洲');
    expect(view.footer.privacy.url).toBe('https://newsdesk.example/privacy');
    // Nothing in the view is markup: the renderer alone decides that.
    expect(JSON.stringify(view)).not.toMatch(/<[a-z]/i);
  });

  it('leaves an alert’s quiet regions out and links to the region’s archive', () => {
    const edition = composeEdition(findRegion('hk')!, '2026-W49', [aStory()], { maxItems: 10, now: NOW });
    const europe = composeEdition(findRegion('europe')!, '2026-W49', [], { maxItems: 10, now: NOW });
    const view = digestEmailView(assembleDigest('2026-W49', [edition, europe], []), {
      publicBaseUrl: 'https://newsdesk.example',
      kind: 'alert',
      messages: englishMessages,
    });
    expect(view.sections.map((section) => [section.heading, section.archive.url])).toEqual([['Hong Kong', 'https://newsdesk.example/archive/hk']]);
  });
});

describe('rendering a digest email from its view', () => {
  const story: DigestStoryView = {
    title: HOSTILE,
    url: 'javascript:alert(1)',
    whyLine: HOSTILE,
    jurisdictionNames: [HOSTILE],
    topicNames: [HOSTILE],
    tagLine: HOSTILE,
    summary: HOSTILE,
    blurb: HOSTILE,
    source: HOSTILE,
    publishedLine: HOSTILE,
    statementLabel: HOSTILE,
    alsoReportedLine: HOSTILE,
    storyPage: { url: `https://newsdesk.example/stories/"${HOSTILE}`, label: HOSTILE },
  };
  const view: DigestEmailView = {
    language: 'en',
    subject: HOSTILE,
    heading: HOSTILE,
    headline: HOSTILE,
    preheader: HOSTILE,
    sections: [
      {
        heading: HOSTILE,
        blurb: HOSTILE,
        stories: [story],
        emptyLine: HOSTILE,
        archive: { url: `https://newsdesk.example/"${HOSTILE}`, label: HOSTILE, textLine: HOSTILE },
      },
      { heading: HOSTILE, stories: [], emptyLine: HOSTILE, archive: { url: 'https://newsdesk.example/archive', label: HOSTILE, textLine: HOSTILE } },
    ],
    footer: { text: HOSTILE, preferencesLabel: HOSTILE, unsubscribeLabel: HOSTILE, privacy: { url: `https://newsdesk.example/"${HOSTILE}`, label: HOSTILE } },
  };

  it('escapes every word of the view, whatever field it stands in', () => {
    const { html } = personalise(renderDigestEmail(view), { preferences: 'https://p.example/?a=1&b="2"', unsubscribe: 'https://u.example/' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    // Every occurrence of the hostile text arrived escaped: 1 subject + 1 preheader + 2 headings + ...
    expect(html.split('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;').length - 1).toBeGreaterThanOrEqual(20);
    expect(html).toContain('href="https://p.example/?a=1&amp;b=&quot;2&quot;"');
  });

  it('writes the same words in the text part, without markup and without the unsafe link', () => {
    const { text } = personalise(renderDigestEmail(view), { preferences: 'https://p.example/', unsubscribe: 'https://u.example/' });
    expect(text).toContain(`* ${HOSTILE}`);
    expect(text).toContain(`> ${HOSTILE}`);
    expect(text).not.toContain('javascript:');
    expect(text).toContain(`${HOSTILE}: https://u.example/`);
  });
});
