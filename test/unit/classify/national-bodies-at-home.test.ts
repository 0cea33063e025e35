import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the people, figures and incidents are made up; the bodies are real
// national institutions, named as a home outlet names them, without the country.
const classify = classifyChecked;

describe('a national body named without its country', () => {
  it('places a home outlet’s story, in each language', () => {
    const cases: [string, string, string][] = [
      [
        'MX',
        'El Instituto Nacional Electoral investiga la venta del padrón',
        'Datos personales de millones de votantes aparecieron a la venta en internet, informó el organismo.',
      ],
      [
        'DE',
        'Bundesnetzagentur verbietet Kinderuhren mit Abhörfunktion',
        'Mit den Uhren könnten Eltern unbemerkt Gespräche in der Umgebung ihrer Kinder mithören.',
      ],
      [
        'FR',
        'Parcoursup : les données personnelles de 10 000 lycéens exposées par erreur',
        'Les notes et adresses des candidats ont été visibles par d’autres utilisateurs pendant deux heures, selon le ministère.',
      ],
      [
        'NL',
        'Dienst Toeslagen deelde persoonsgegevens van ouders met gemeenten',
        'De gegevens van duizenden ouders werden zonder grondslag doorgestuurd, concludeert een onderzoek.',
      ],
      ['HK', '入境處職員涉違規查閱市民個人資料被捕', '警方指該名職員涉嫌多次查閱市民的出入境紀錄及個人資料。'],
      ['TW', '疾管署簡訊外洩民眾個資 將檢討作業流程', '數千名民眾的姓名及電話號碼遭誤傳給其他人。'],
      ['CN', '国家医保局通报：多家医院违规泄露参保人信息', '部分医院工作人员违规向第三方提供参保人个人信息。'],
      [
        'SG',
        'Housing and Development Board says residents’ personal data was exposed in vendor breach',
        'The names and NRIC numbers of 2,000 residents were accessed by an unauthorised party.',
      ],
    ];
    for (const [code, title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.jurisdictions, title).toEqual([code]);
    }
  });
});

describe('a country’s own privacy law named in its own language', () => {
  it('places the story in that country, with the GDPR it adapts only mentioned', () => {
    const italy = classify({
      title: 'Privacy, in Gazzetta il decreto che aggiorna il Codice al Gdpr',
      summary:
        'Il decreto modifica il Codice in materia di protezione dei dati personali per adeguarlo al regolamento europeo; per sei mesi le sanzioni saranno più leggere.',
    });
    expect(italy.jurisdictions).toEqual(['IT']);
    const switzerland = classify({
      title: 'Das Parlament verabschiedet das totalrevidierte Datenschutzgesetz',
      summary:
        'National- und Ständerat haben das totalrevidierte Datenschutzgesetz angenommen; es soll den Schutz der Personendaten an das Niveau der EU-Datenschutz-Grundverordnung heranführen.',
    });
    expect(switzerland.jurisdictions).toEqual(['CH']);
  });
});
