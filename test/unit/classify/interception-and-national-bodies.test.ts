import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('the state intercepting people’s communications', () => {
  it('is a privacy story in each language', () => {
    const cases: [string, string][] = [
      [
        'Voters narrowly reject law widening phone tapping',
        'The law would let the intelligence services carry out bulk interception of internet traffic, including that of people suspected of nothing.',
      ],
      [
        'Kiezers stemmen nipt tegen de sleepwet',
        'De wet geeft de diensten meer bevoegdheden om op grote schaal internetverkeer af te tappen, ook van burgers die nergens van verdacht worden.',
      ],
      [
        'Le Parlement élargit les écoutes administratives',
        'Le texte autorise les services de renseignement à étendre l’interception des communications à des personnes qui ne sont soupçonnées de rien.',
      ],
      [
        'Bundestag erweitert die Telekommunikationsüberwachung',
        'Das Gesetz erlaubt den Diensten, Gespräche auch von Menschen abzuhören, die keiner Straftat verdächtigt werden.',
      ],
      [
        'El Congreso amplía las escuchas telefónicas',
        'La reforma permite a los servicios de inteligencia la intervención de las comunicaciones de personas que no son sospechosas de nada.',
      ],
      [
        'Il Parlamento estende le intercettazioni telefoniche',
        'La riforma consente ai servizi di sicurezza l’intercettazione delle comunicazioni anche di persone non sospettate di nulla.',
      ],
      ['議會擴大情報機構電話監聽權力', '新法容許情報機構截取通訊，範圍包括沒有任何犯罪嫌疑的市民。'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('a government collecting where people are, as Taiwan’s press writes it', () => {
  it('is a privacy story, placed by the national bodies it names', () => {
    const result = classify({
      title: '手機定位追蹤居家檢疫者 人權團體憂缺乏法源',
      summary: '中央流行疫情指揮中心透過基地台訊號掌握居家檢疫者的位置。台權會認為，政府大規模蒐集位置資料的法律依據不夠明確。',
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['TW']);
  });
});

describe('a German state’s data protection commissioner', () => {
  it('is Germany’s, however the title is declined, and a Karlsruhe firm is German', () => {
    const result = classify({
      title: 'Erstes Bußgeld: Chatportal muss 30.000 Euro zahlen',
      summary:
        'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit hat gegen ein Karlsruher Chatportal ein Bußgeld verhängt, weil es Passwörter seiner Nutzer unverschlüsselt gespeichert hatte.',
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['DE']);
  });
});

describe('people of a US city at stake', () => {
  it('are the country’s, with the city’s state', () => {
    const result = classify({
      title: 'Contractors collected face scans from homeless people in Atlanta',
      summary: 'Workers paid people $5 gift cards for face scans without explaining how the biometric data would be used.',
    });
    expect(result.jurisdictions).toContain('US');
  });
});
