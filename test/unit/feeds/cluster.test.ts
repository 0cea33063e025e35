import { describe, expect, it } from 'vitest';
import { assignClusterId, CANDIDATE_MAX_DISTANCE, clusterKeyFor, fingerprintDistance, isSameEvent } from '../../../functions/domain/feeds/cluster.js';

const story = (title: string, summary: string) => ({ title, summary });

/** The same event as written by two different desks. */
const SAME_EVENT_PAIRS = [
  [
    story(
      "LinkedIn pauses AI training on Hong Kong users' data after privacy watchdog raises concerns",
      'LinkedIn has stopped using data from Hong Kong members to train its generative AI models, the PCPD said on Friday.',
    ),
    story(
      'LinkedIn halts training of AI models on Hong Kong user data following PCPD concerns',
      "The Privacy Commissioner said LinkedIn stopped using Hong Kong members' data to train its AI models.",
    ),
  ],
  [
    story(
      "Irish regulator fines TikTok €345 million over children's data",
      'The Data Protection Commission said TikTok failed to protect the personal data of children using its platform.',
    ),
    story(
      "TikTok hit with €345m fine by Irish Data Protection Commission over handling of children's data",
      "Ireland's DPC fined TikTok for failing to protect children's personal data on the platform.",
    ),
  ],
  [
    story(
      'CNIL fines Google 150 million euros over cookie consent',
      "France's data protection authority fined Google for making it harder to refuse cookies than to accept them.",
    ),
    story(
      'French regulator CNIL hits Google with €150m fine over cookies',
      'The CNIL said Google made refusing cookies harder than accepting them and fined the company.',
    ),
  ],
  [
    story(
      "Meta to train AI on EU users' posts from May, offers opt-out",
      'Meta will begin using public posts by adults in the European Union to train its AI models.',
    ),
    story(
      'Meta will use public posts from EU adults to train AI models starting in May',
      'Users in the EU can object through a form, Meta said, as it resumes AI training on public content.',
    ),
  ],
  [
    story('香港私隱專員公署指LinkedIn暫停以香港用戶資料訓練AI模型', '私隱專員表示，LinkedIn已停止使用香港用戶的個人資料訓練生成式人工智能模型。'),
    story('LinkedIn暫停用香港用戶資料訓練AI 私隱專員公署表示歡迎', '私隱專員公署表示LinkedIn已暫停使用香港用戶資料訓練人工智能模型。'),
  ],
] as const;

/** Different events that share a regulator, a company or a theme: the hard cases. */
const DIFFERENT_EVENT_PAIRS = [
  [SAME_EVENT_PAIRS[0][0], SAME_EVENT_PAIRS[2][0]],
  [
    SAME_EVENT_PAIRS[1][0],
    story(
      'Irish regulator fines Meta €1.2 billion over data transfers to the US',
      "The Data Protection Commission said Meta's transfers of personal data to the United States broke the GDPR.",
    ),
  ],
  [
    story(
      'Hong Kong privacy commissioner warns about doxxing on Telegram',
      'The PCPD issued a warning after personal details of police officers were posted on Telegram channels.',
    ),
    SAME_EVENT_PAIRS[0][1],
  ],
  [
    SAME_EVENT_PAIRS[3][0],
    story(
      "X sued in Ireland over using EU users' data to train Grok AI",
      "The DPC went to court to stop X from processing European users' posts to train its Grok chatbot.",
    ),
  ],
  [SAME_EVENT_PAIRS[4][0], story('政府公布新一年財政預算案 寬減差餉及薪俸稅', '財政司司長今日在立法會發表財政預算案，宣布多項紓緩措施。')],
] as const;

describe('clustering the same event across outlets', () => {
  it.each(SAME_EVENT_PAIRS.map((pair, index) => [index, pair] as const))('pair %i: recognises two write-ups of one event', (_index, [a, b]) => {
    expect(isSameEvent(a, b)).toBe(true);
    expect(fingerprintDistance(clusterKeyFor(a), clusterKeyFor(b))).toBeLessThanOrEqual(CANDIDATE_MAX_DISTANCE);
  });

  it.each(DIFFERENT_EVENT_PAIRS.map((pair, index) => [index, pair] as const))('pair %i: keeps different events apart', (_index, [a, b]) => {
    expect(isSameEvent(a, b)).toBe(false);
  });

  it('gives the same text the same 16-hex-digit fingerprint, whatever its case and punctuation', () => {
    const fingerprint = clusterKeyFor(story('Regulator fines app maker', 'A short lead.'));
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(clusterKeyFor(story('REGULATOR FINES APP-MAKER!', 'A short lead'))).toBe(fingerprint);
  });

  it('puts a new story in the cluster of a recent report of the same event, or in its own', () => {
    const [first, second] = SAME_EVENT_PAIRS[0];
    const recent = [
      { storyId: 'cnil-google', ...SAME_EVENT_PAIRS[2][0] },
      { storyId: 'hkfp-linkedin', clusterId: 'cluster-linkedin', ...first },
    ];
    expect(assignClusterId({ storyId: 'rthk-linkedin', ...second }, recent)).toBe('cluster-linkedin');
    expect(assignClusterId({ storyId: 'tiktok', ...SAME_EVENT_PAIRS[1][0] }, recent)).toBe('tiktok');
  });
});
