import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

function isAiTraining(title: string, summary: string): boolean {
  const result = classify({ title, summary });
  return result.inScope && result.topics.includes('ai-training');
}

describe('users’ posts licensed to AI developers', () => {
  it('is AI training on personal data, in each language', () => {
    const cases: [string, string][] = [
      ['Forum sells users’ posts to AI companies', 'The site signed deals letting AI developers use its users’ posts and comments to train their models.'],
      [
        'Le forum vend les publications de ses utilisateurs à des entreprises d’IA',
        'Le site a signé des accords permettant à des développeurs d’IA d’utiliser les messages de ses membres pour entraîner leurs modèles.',
      ],
      [
        'Forum verkauft Beiträge seiner Nutzer an KI-Firmen',
        'Die Plattform hat Verträge geschlossen, nach denen KI-Entwickler die Beiträge der Nutzer zum Training ihrer Modelle verwenden dürfen.',
      ],
      ['論壇向AI公司出售用戶帖文', '該網站與AI開發商簽約，容許對方使用用戶的帖文及留言訓練模型。'],
      ['论坛向AI公司出售用户帖子', '该网站与AI开发商签约，允许对方使用用户的帖子和评论训练模型。'],
    ];
    for (const [title, summary] of cases) expect(isAiTraining(title, summary), title).toBe(true);
  });
});

describe('faces scanned to train a recognition system', () => {
  it('is AI training on personal data, in each language', () => {
    const cases: [string, string][] = [
      [
        'Des visages scannés pour perfectionner la reconnaissance faciale',
        'Des prestataires ont collecté des scans de visages de passants afin d’entraîner le système de reconnaissance faciale du téléphone.',
      ],
      [
        'Gesichtsscans von Passanten für die Gesichtserkennung gesammelt',
        'Dienstleister sammelten Gesichtsscans von Passanten, um die Gesichtserkennung des Telefons zu trainieren.',
      ],
      ['外判商收集路人臉部掃描 訓練手機人臉辨識', '承辦商向路人收集臉部掃描資料，用來訓練手機的人臉辨識系統。'],
      ['外包商收集路人面部扫描 训练手机人脸识别', '承包商向路人收集面部扫描数据，用于训练手机的人脸识别系统。'],
    ];
    for (const [title, summary] of cases) expect(isAiTraining(title, summary), title).toBe(true);
  });

  it('is not AI training when a park changes its entry from fingerprints to faces', () => {
    const result = classify({
      title: '动物园入园方式改为人脸识别 游客起诉要求删除信息',
      summary: '该园将年卡入园方式由指纹识别改为人脸识别，游客不愿提交人脸信息，起诉要求删除其照片和面部特征信息。',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).not.toContain('ai-training');
  });
});

describe('people listening to users’ recordings to improve an assistant', () => {
  it('is AI training, in Traditional Chinese as in the other languages', () => {
    expect(isAiTraining('外判員工聽取語音助理錄音', '公司聘請外判人員聽取用戶錄音，以改善語音辨識功能。')).toBe(true);
    expect(
      isAiTraining(
        'Contractors listened to voice assistant recordings',
        'The company paid contractors to listen to users’ voice recordings to improve its speech recognition.',
      ),
    ).toBe(true);
  });
});
