import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import { composeEdition, type EditionItem } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { inReadersLanguage, whyLine } from '../../../functions/domain/digest/digest-view.js';
import { personalise, renderDigest } from '../../../functions/web/email/digest-email.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory } from '../../support/digest-fixtures.js';
import { englishMessages, loadMessages } from '../../../functions/i18n/messages.js';

const zhHant = await loadMessages('zh-Hant');

const NOW = new Date('2026-11-30T00:00:00Z');
const LINKS = { preferences: 'https://newsdesk.example/preferences?token=p', unsubscribe: 'https://newsdesk.example/unsubscribe?token=u' };

/** An invented story, classified for real so that its evidence is what the classifier gives. */
function classified(title: string, summary: string) {
  return aStory({ title, summary, ...classifyStory({ title, summary }) });
}

const chatbotStory = () =>
  classified(
    'PCPD warns chatbot maker over training AI on customer chats',
    'The Privacy Commissioner for Personal Data said the firm breached the Personal Data (Privacy) Ordinance in Hong Kong by using chat logs to train models.',
  );

describe('a digest in the reader’s language', () => {
  it('says why each story is there, from its evidence, and when it was published', () => {
    const edition = composeEdition(findRegion('hk')!, '2026-W49', [chatbotStory()], { maxItems: 10, now: NOW });
    const item = edition.items[0];
    expect(whyLine(item, 'en')).toBe('PCPD · Personal Data (Privacy) Ordinance · AI training on personal data · Regulator enforcement');
    const email = personalise(
      renderDigest(assembleDigest('2026-W49', [edition], []), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }),
      LINKS,
    );
    expect(email.html).toContain('PCPD · Personal Data (Privacy) Ordinance · AI training on personal data');
    expect(email.text).toContain('Published Nov 25, 2026');
    expect(email.text).toContain(`https://newsdesk.example/stories/${item.storyId}`);
  });

  it('writes the digest in Traditional Chinese with Chinese place and topic names, the story as published', () => {
    const edition = composeEdition(findRegion('hk')!, '2026-W49', [chatbotStory()], { maxItems: 10, now: NOW });
    const rendered = renderDigest(assembleDigest('2026-W49', [edition], []), { publicBaseUrl: 'https://newsdesk.example', messages: zhHant });
    const email = personalise(rendered, LINKS);
    expect(email.subject).toBe('Newsdesk 2026-W49 私隱及人工智能訓練新聞：1 則新聞 · 香港');
    expect(email.html).toContain('<html lang="zh-Hant">');
    expect(email.html).toContain('>香港</h2>');
    expect(email.html).toContain('以個人資料訓練人工智能');
    expect(email.html).toContain('發表於 2026年11月25日');
    // The story stays in English, marked as such for screen readers and fonts.
    expect(email.html).toContain('<h3 lang="en"');
    expect(email.text).toContain('PCPD warns chatbot maker');
    expect(email.text).toContain('私隱聲明: https://newsdesk.example/privacy');
    expect(email.html).not.toMatch(/>HK</);
  });

  it('leads with the report in the reader’s language where the same event was reported in it', () => {
    const item: EditionItem = {
      storyId: 's1',
      title: 'Watchdog fines clinic',
      url: 'https://news.example/en',
      source: 'Harbour Daily',
      summary: 'A clinic was fined.',
      jurisdictions: ['HK'],
      topics: ['breach'],
      score: 0.9,
      publishedAt: '2026-11-25T08:00:00.000Z',
      language: 'en',
      alsoReportedBy: [
        { source: '港島日報', url: 'https://news.example/zh', title: '私隱專員公署向診所罰款', language: 'zh-Hant', publishedAt: '2026-11-25T09:00:00.000Z' },
      ],
    };
    const forChineseReader = inReadersLanguage(item, 'zh-Hant');
    expect(forChineseReader.title).toBe('私隱專員公署向診所罰款');
    expect(forChineseReader.alsoReportedBy[0]).toMatchObject({ source: 'Harbour Daily', title: 'Watchdog fines clinic' });
    expect(inReadersLanguage(item, 'en')).toBe(item);
    expect(inReadersLanguage(item, 'zh-Hans')).toBe(item);
  });
});
