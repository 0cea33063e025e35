import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor, fieldText } from './support.js';

const classify = classifyChecked;

describe('Chinese-language stories (no word boundaries)', () => {
  it('finds the PCPD in Traditional Chinese: Hong Kong', () => {
    const input = {
      title: '私隱專員公署調查網店外洩個人資料',
      summary: '香港個人資料私隱專員公署表示，已就一間網店外洩客戶個人資料展開調查，並提醒市民注意私隱風險。',
    };
    const result = classify(input);
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['HK']);
    expect(result.topics).toEqual(expect.arrayContaining(['privacy', 'breach', 'enforcement']));
    const pcpd = evidenceFor(result, 'jurisdiction', 'HK').find((item) => item.rule === 'regulator:HK/PCPD');
    expect(pcpd).toBeDefined();
    expect(pcpd!.term).toMatch(/私隱專員公署$/);
    expect(fieldText(input, pcpd!.field).slice(pcpd!.offset, pcpd!.offset + pcpd!.term.length)).toBe(pcpd!.term);
  });

  it('finds the PCPD in Simplified Chinese: Hong Kong', () => {
    const result = classify({
      title: '个人资料私隐专员公署调查数据泄露事件',
      summary: '香港个人资料私隐专员公署表示，已就事件展开调查，涉及约一万名客户的个人资料。',
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['HK']);
    expect(result.topics).toContain('breach');
  });

  it('names the Ordinance in either script', () => {
    for (const ordinance of ['《個人資料(私隱)條例》', '《个人资料(私隐)条例》']) {
      const result = classify({ title: `政府建議修訂${ordinance}`, summary: `當局表示，會加強${ordinance}下對個人資料外洩的罰則。` });
      expect(result.inScope).toBe(true);
      expect(evidenceFor(result, 'jurisdiction', 'HK').some((item) => item.rule === 'law:HK/PDPO')).toBe(true);
    }
  });

  it('tells Macao apart in both scripts', () => {
    for (const [title, summary] of [
      ['澳門個人資料保護局處理投訴', '澳門個人資料保護局表示，收到市民投訴一間公司未經同意收集個人資料，正進行調查。'],
      ['澳门个人资料保护局处理投诉', '澳门个人资料保护局表示，收到市民投诉一间公司未经同意收集个人资料，正进行调查。'],
    ]) {
      const result = classify({ title, summary });
      expect(result.inScope).toBe(true);
      expect(result.jurisdictions).toEqual(['MO']);
    }
  });

  it('tags mainland regulators and laws as CN, in Traditional and Simplified', () => {
    const simplified = classify({
      title: '国家互联网信息办公室对企业罚款',
      summary: '国家互联网信息办公室表示，该企业违反《个人信息保护法》，非法收集用户个人信息，被处以罚款。',
    });
    expect(simplified.jurisdictions).toEqual(['CN']);
    const traditional = classify({
      title: '國家互聯網信息辦公室處罰違規收集個人信息企業',
      summary: '國家互聯網信息辦公室指企業違反《個人信息保護法》，未經同意收集用戶個人信息。',
    });
    expect(traditional.jurisdictions).toEqual(['CN']);
  });

  it('tags Taiwan for its own law and regulator', () => {
    const result = classify({
      title: '台灣修訂個人資料保護法',
      summary: '台灣立法院三讀通過個人資料保護法修正案，成立個人資料保護委員會，加強監管個人資料外洩。',
    });
    expect(result.jurisdictions).toEqual(['TW']);
  });

  it('keeps 中國 in a Hong Kong story as background', () => {
    const result = classify({ title: '香港私隱公署拘捕起底人士', summary: '香港個人資料私隱專員公署拘捕一名涉嫌起底的男子。中國官員表示支持。' });
    expect(result.jurisdictions).toEqual(['HK']);
  });

  it('sees AI training on personal data in Chinese', () => {
    const result = classify({
      title: '私隱專員關注平台以用戶資料訓練人工智能模型',
      summary: '香港個人資料私隱專員公署表示，關注社交平台以用戶的個人資料訓練人工智能模型，呼籲用戶檢查私隱設定。',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('ai-training');
    const simplified = classify({ title: '平台用用户数据训练AI模型引发隐私担忧', summary: '多名用户投诉平台未经同意，用其个人信息训练人工智能模型。' });
    expect(simplified.inScope).toBe(true);
    expect(simplified.topics).toContain('ai-training');
  });

  it('leaves out Chinese stories with no privacy angle', () => {
    const result = classify({ title: '香港第二季經濟增長3.3%', summary: '政府統計處公布數據，香港本地生產總值按年實質增長3.3%，主要由出口帶動。' });
    expect(result.inScope).toBe(false);
    expect(result.jurisdictions).toEqual([]);
  });
});

describe('a foreign regulator named by Taiwan’s words, and its law', () => {
  it('gives Japan the law a Japanese regulator is revising, not Taiwan', () => {
    const story = classify({
      title: '日本擬修個資法 放寬AI開發使用個資',
      summary: '日本個人資料保護委員會正研究修訂《個人資料保護法》，讓企業在統計目的下毋須當事人同意即可使用個人資料訓練AI。',
    });
    expect(story.jurisdictions).toEqual(['JP']);
  });

  it('keeps Taiwan’s law Taiwan’s when the story names Taiwan', () => {
    const story = classify({
      title: '日本個人資料保護委員會與台灣交流個資法執法經驗',
      summary: '台灣個人資料保護委員會籌備處表示，將參考日本經驗修訂《個人資料保護法》。',
    });
    expect(story.jurisdictions).toContain('TW');
  });
});
