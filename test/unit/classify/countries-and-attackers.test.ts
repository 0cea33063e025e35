import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('countries with a data protection law of their own', () => {
  it('places stories from Africa, South Asia, the Balkans and Central America', () => {
    for (const [title, summary, code] of [
      [
        'Cameroun : une loi sur la protection des données personnelles promulguée',
        'Le texte fait du consentement la règle et prévoit des sanctions pour les entreprises qui collectent des données sans base légale.',
        'CM',
      ],
      [
        'Bangladesh government website exposed citizens’ national ID details',
        'Names, phone numbers and identity card numbers of millions of people could be read by anyone, a researcher found.',
        'BD',
      ],
      [
        'Serbian ministry fined over police cameras that recognise faces',
        'The commissioner said the biometric surveillance system in Belgrade processed personal data without a legal basis.',
        'RS',
      ],
      [
        'Costa Rica: la PRODHAB sanciona a una aseguradora por vender datos de clientes',
        'La agencia de protección de datos determinó que la empresa compartió información personal de asegurados sin consentimiento.',
        'CR',
      ],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('does not read a French first name as Mauritius', () => {
    const story = classify({
      title: 'Maurice Durand, patron d’une chaîne de magasins, visé par une plainte pour vidéosurveillance',
      summary:
        'Des salariés dénoncent des caméras filmant les vestiaires sans les avoir informés, un traitement de données personnelles contesté devant la CNIL.',
    });
    expect(story.jurisdictions).toEqual(['FR']);
  });
  it('does not read a county in Liaoning as Montenegro, nor the Kazakh people as Kazakhstan', () => {
    const county = classify({ title: '辽宁黑山县一医院泄露患者个人信息', summary: '当地卫健局通报，医院员工将数千名患者的姓名和病历上传至网盘。' });
    expect(county.jurisdictions).toEqual(['CN']);
    const herders = classify({ title: '新疆哈薩克族牧民個人資料遭外洩', summary: '當局表示，一個應用程式洩露了數萬名用戶的身分資料。' });
    expect(herders.jurisdictions).not.toContain('KZ');
  });
});

describe('the attackers’ nationality and the contractors’ country are not the story’s place', () => {
  it('places a breach where the victims are, not where the hackers claim to be from', () => {
    for (const [title, summary, code] of [
      [
        'Russian hackers publish patient records stolen from London hospitals',
        'The ransomware gang posted names and test results of thousands of patients.',
        'GB',
      ],
      [
        'Des pirates russes diffusent les données de patients d’un hôpital parisien',
        'Les noms et résultats d’examens de milliers de patients ont été publiés.',
        'FR',
      ],
      [
        'Fuite de données personnelles à la caisse de retraite marocaine : un groupe de pirates se revendiquant algérien publie des fichiers',
        'Les noms, salaires et coordonnées de milliers de retraités marocains ont été diffusés sur une messagerie.',
        'MA',
      ],
      ['俄羅斯黑客公開倫敦醫院病人資料', '黑客組織在網上發布了數千名病人的姓名及檢驗結果。', 'GB'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('leaves out the country where contractors looked at the data', () => {
    const story = classify({
      title: 'Photos robot vacuums took in people’s homes were used to train AI',
      summary:
        'Photos of people inside their homes, taken by prototype vacuums, were shared by contractors in Venezuela who labelled them to train the object recognition, a report found.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual([]);
  });

  it('still reads the people of a place as at stake', () => {
    const story = classify({
      title: 'Hackers published the personal data of thousands of Venezuelans',
      summary: 'Account numbers and addresses of 200,000 customers were published online.',
    });
    expect(story.jurisdictions).toEqual(['VE']);
  });
});
