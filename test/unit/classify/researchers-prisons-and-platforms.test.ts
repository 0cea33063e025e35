import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('prefectures and provinces place a story in their country', () => {
  it('places a lost memory stick by its Japanese prefecture, in Chinese and in English', () => {
    const chinese = classify({
      title: '靜岡縣某市承包商遺失存有市民個資的隨身碟',
      summary: '市政府表示，隨身碟內有約三萬名市民的姓名、住址及出生日期，暫未發現外洩。',
    });
    expect(chinese.inScope).toBe(true);
    expect(chinese.jurisdictions).toEqual(['JP']);
    const english = classify({
      title: 'Hospital in Gifu Prefecture says ransomware exposed patient records',
      summary: 'Names, addresses and treatment histories of 12,000 patients may have been copied, the hospital said.',
    });
    expect(english.jurisdictions).toEqual(['JP']);
  });

  it('places a breach by its Korean province', () => {
    const story = classify({
      title: '京畿道一家醫院患者個人資料外洩',
      summary: '院方表示，駭客入侵系統後取得約兩萬名患者的姓名及病歷。',
    });
    expect(story.jurisdictions).toEqual(['KR']);
  });
});

describe('the researchers’ country and the outlet’s country are not the story’s place', () => {
  it('does not place a study where its researchers work', () => {
    for (const [title, summary] of [
      [
        'American researchers find thousands of passport scans in an open AI training dataset',
        'The team audited a sample of the images and estimates that the full set holds millions of pictures with personal information.',
      ],
      [
        'Des chercheurs extraient des données personnelles d’un modèle de langage',
        'Des chercheurs de plusieurs universités américaines ont obtenu du modèle des noms et adresses électroniques de particuliers présents dans ses données d’entraînement.',
      ],
      ['研究发现开源AI训练数据集含大量个人信息', '美国一所大学的研究人员审计了该数据集的部分图片，发现其中有数千张身份证件和含个人信息的简历。'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([]);
    }
  });

  it('still places a study of one country’s people', () => {
    const story = classify({
      title: 'Danish researchers find school apps sent pupils’ data to advertisers',
      summary: 'The study of 40 apps used by Danish schoolchildren found that most shared personal data without consent.',
    });
    expect(story.jurisdictions).toEqual(['DK']);
  });

  it('does not place a story where the broadcaster that reported it is', () => {
    const chinese = classify({
      title: '扫地机器人被曝收集家中照片训练AI',
      summary: '据澳大利亚广播公司报道，一家厂商的隐私政策允许其收集用户家中的照片和录音，用于训练人工智能模型。',
    });
    expect(chinese.inScope).toBe(true);
    expect(chinese.jurisdictions).toEqual([]);
    const english = classify({
      title: 'Robot vacuum maker used home photos to train its AI, report says',
      summary: 'The Australian Broadcasting Corporation reported that the company’s privacy policy lets it collect photos and recordings from users’ homes.',
    });
    expect(english.jurisdictions).toEqual([]);
  });
});
