import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { eventSignalsOf } from '../../../functions/domain/feeds/cluster-signals.js';
import { assignClusterId, isSameEvent } from '../../../functions/domain/feeds/cluster.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory } from '../../support/digest-fixtures.js';

// Invented events, each written up in two languages.
const leakEnglish = {
  title: 'PCPD opens investigation into Nimbus Bank leak affecting 12,000 customers',
  summary: 'The Privacy Commissioner for Personal Data said on 14 March that Nimbus Bank reported the leak of customer names and account numbers.',
  language: 'en',
};
const leakChinese = {
  title: '私隱專員公署調查Nimbus Bank資料外洩 涉1.2萬名客戶',
  summary: '個人資料私隱專員公署3月14日表示，Nimbus Bank已通報客戶姓名及戶口號碼外洩事故。',
  language: 'zh-Hant',
};
const guidanceChinese = {
  title: '私隱專員公署發布僱主監察僱員指引',
  summary: '私隱專員公署今日發布指引，提醒僱主在監察僱員時須遵守《個人資料(私隱)條例》。',
  language: 'zh-Hant',
};
const fineFrench = {
  title: 'La CNIL inflige une amende de 2,5 millions d’euros à Orchard Telecom',
  summary: 'La Commission nationale de l’informatique et des libertés reproche à l’opérateur d’avoir conservé les données de ses abonnés trop longtemps.',
  language: 'fr',
};
const fineEnglish = {
  title: 'CNIL fines Orchard Telecom 2.5 million euros over data retention',
  summary: 'France’s data protection authority said the operator kept subscribers’ data for too long.',
  language: 'en',
};
const driversEnglish = {
  title: 'Transport office asks Uber about data of 1,200 drivers',
  summary: 'The office wrote to Uber on 3 June after drivers complained about how their records were shared.',
  language: 'en',
};
const driversChinese = {
  title: '運輸署就1200名司機資料去信優步',
  summary: '運輸署6月3日去信優步，要求解釋司機紀錄如何被分享。',
  language: 'zh-Hant',
};

describe('the same event reported in two languages', () => {
  it('reads names in either script as one name, and figures and dates whatever their notation', () => {
    const english = eventSignalsOf(`${driversEnglish.title}\n${driversEnglish.summary}`);
    const chinese = eventSignalsOf(`${driversChinese.title}\n${driversChinese.summary}`);
    expect([...english.names]).toContain('co:Uber');
    expect([...chinese.names]).toContain('co:Uber');
    expect([...chinese.figures]).toEqual([...english.figures]);
    expect([...chinese.dates]).toEqual(['6-3']);
    expect([...english.dates]).toEqual(['6-3']);
    expect([...eventSignalsOf('罰款1500萬元').figures]).toEqual([...eventSignalsOf('a fine of 15 million').figures]);
    expect([...eventSignalsOf('boete van 30,5 miljoen euro').figures]).toEqual([...eventSignalsOf('€30.5m fine').figures]);
  });

  it('clusters an English and a Chinese report that share a regulator, a company and a figure', () => {
    expect(isSameEvent(leakEnglish, leakChinese)).toBe(true);
    expect(isSameEvent(leakChinese, leakEnglish)).toBe(true);
    expect(isSameEvent(driversEnglish, driversChinese)).toBe(true);
  });

  it('clusters a French and an English report of one fine', () => {
    expect(isSameEvent(fineFrench, fineEnglish)).toBe(true);
  });

  it('keeps apart reports that share only a regulator and its law, or only a company', () => {
    expect(isSameEvent(leakEnglish, guidanceChinese)).toBe(false);
    expect(
      isSameEvent(driversChinese, { title: 'Uber launches scooter hire in Lisbon', summary: 'The service starts with 300 scooters.', language: 'en' }),
    ).toBe(false);
    expect(isSameEvent(fineFrench, leakEnglish)).toBe(false);
  });

  it('guesses the script when no language is given', () => {
    const { language: _english, ...withoutLanguage } = leakEnglish;
    const { language: _chinese, ...chineseWithoutLanguage } = leakChinese;
    expect(isSameEvent(withoutLanguage, chineseWithoutLanguage)).toBe(true);
  });

  it('lets a later report in another language join the earlier one’s cluster', () => {
    const recent = [
      { ...guidanceChinese, storyId: 'guidance' },
      { ...leakEnglish, storyId: 'leak-en' },
    ];
    expect(assignClusterId({ ...leakChinese, storyId: 'leak-zh' }, recent)).toBe('leak-en');
    expect(assignClusterId({ ...driversChinese, storyId: 'drivers-zh' }, recent)).toBe('drivers-zh');
  });
});

describe('a digest with one event in two languages', () => {
  const now = new Date('2026-11-30T00:00:00Z');
  const hongKong = findRegion('hk')!;

  it('shows it once and names the other language’s outlet, whichever leads', () => {
    const english = aStory({ ...leakEnglish, source: 'Harbour Daily', score: 0.9, jurisdictions: ['HK'] });
    const chinese = aStory({ ...leakChinese, source: '港聞日報', score: 0.8, jurisdictions: ['HK'] });
    const guidance = aStory({ ...guidanceChinese, source: '港聞日報', score: 0.7, jurisdictions: ['HK'] });

    const englishLeads = composeEdition(hongKong, '2026-W49', [english, chinese, guidance], { maxItems: 10, now });
    expect(englishLeads.items.map((item) => item.title)).toEqual([leakEnglish.title, guidanceChinese.title]);
    expect(englishLeads.items[0].alsoReportedBy.map((other) => other.source)).toEqual(['港聞日報']);

    const chineseLeads = composeEdition(hongKong, '2026-W49', [{ ...english, score: 0.6 }, chinese], { maxItems: 10, now });
    expect(chineseLeads.items.map((item) => item.title)).toEqual([leakChinese.title]);
    expect(chineseLeads.items[0].alsoReportedBy.map((other) => other.source)).toEqual(['Harbour Daily']);
  });
});
