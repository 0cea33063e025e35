import { describe, expect, it } from 'vitest';
import { siteCountry } from '../../../functions/domain/classify/publisher-home.js';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories on invented sites: the outlets, bodies, people and figures are made up.
const classify = classifyChecked;

const dutchUnplaced: Omit<ClassifyInput, 'url'> = {
  title: 'Gemeente stuurt brieven met persoonsgegevens naar verkeerde adressen',
  summary: 'Door een fout bij de drukker kregen 1.200 inwoners een brief met de naam, het adres en de inkomensgegevens van een ander, meldt de gemeente.',
};

describe('a story its text does not place: the publisher’s home', () => {
  it('places a home outlet’s domestic story in the country of its web address', () => {
    const result = classify({ ...dutchUnplaced, url: 'https://nieuws.voorbeeldkrant.nl/binnenland/brieven-verkeerde-adressen' });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['NL']);
    const [evidence] = evidenceFor(result, 'jurisdiction', 'NL');
    expect(evidence).toMatchObject({ term: 'nieuws.voorbeeldkrant.nl', offset: -1, rule: 'home:NL/site' });
  });

  it('places it by the feed’s declared home first', () => {
    const result = classify({
      title: 'Privacy watchdog says clinic group kept patients’ records on an open server',
      summary: 'The commissioner said the records of 3,400 patients, with their names and identity card numbers, could be read by anyone for two months.',
      url: 'https://example.com/news/clinic-records',
      feed: { jurisdiction: 'HK', name: 'A Hong Kong news site' },
    });
    expect(result.jurisdictions).toEqual(['HK']);
    expect(evidenceFor(result, 'jurisdiction', 'HK').map((item) => item.rule)).toContain('home:HK/feed');
  });

  it('leaves it unplaced on a site with no country, or one whose country does not write its language', () => {
    expect(classify({ ...dutchUnplaced, url: 'https://www.voorbeeldkrant.com/brieven' }).jurisdictions).toEqual([]);
    expect(classify({ ...dutchUnplaced, url: 'https://www.beispielzeitung.de/brieven' }).jurisdictions).toEqual([]);
    expect(classify({ ...dutchUnplaced }).jurisdictions).toEqual([]);
  });

  it('never outweighs a place the text names, even one it only mentions', () => {
    const placed = classify({
      title: 'Belgische gemeente stuurt brieven met persoonsgegevens naar verkeerde adressen',
      summary: dutchUnplaced.summary,
      url: 'https://nieuws.voorbeeldkrant.nl/buitenland/brieven',
    });
    expect(placed.jurisdictions).toEqual(['BE']);
    const mentioned = classify({
      title: 'Gemeente stuurt brieven met persoonsgegevens naar verkeerde adressen',
      summary: `${dutchUnplaced.summary} De drukkerij is een dochter van een Amerikaans concern.`,
      url: 'https://nieuws.voorbeeldkrant.nl/binnenland/brieven',
    });
    expect(mentioned.jurisdictions).toEqual([]);
    expect(mentioned.mentions).toContain('US');
  });

  it('gives an out-of-scope story no place', () => {
    const result = classify({
      title: 'Gemeente opent nieuw zwembad',
      summary: 'Het bad heeft een wedstrijdbassin en een peuterbad en opent zaterdag voor publiek.',
      url: 'https://nieuws.voorbeeldkrant.nl/binnenland/zwembad',
    });
    expect(result.inScope).toBe(false);
    expect(result.jurisdictions).toEqual([]);
  });
});

describe('the country of a web address', () => {
  it('reads a country’s ending, and the United Kingdom’s', () => {
    expect(siteCountry('https://www.voorbeeldkrant.nl/a')).toBe('NL');
    expect(siteCountry('https://news.example.co.uk/a')).toBe('GB');
    expect(siteCountry('https://www.example.com.tw/a')).toBe('TW');
  });

  it('ignores endings sites use for their letters, unless under a country’s second level', () => {
    expect(siteCountry('https://privacy.example.ai/a')).toBeUndefined();
    expect(siteCountry('https://news.example.io/a')).toBeUndefined();
    expect(siteCountry('https://www.example.gov.co/a')).toBe('CO');
  });

  it('reads nothing from a generic ending or an address that is not one', () => {
    expect(siteCountry('https://www.example.org/a')).toBeUndefined();
    expect(siteCountry('not an address')).toBeUndefined();
    expect(siteCountry(undefined)).toBeUndefined();
  });
});

describe('a regulator’s notice of its own events', () => {
  it('is outreach, not a privacy story, in each language', () => {
    const notices: [string, string][] = [
      ['Authority to run free webinars for charities', 'The sessions explain how long to keep donors’ records and how to answer a donor who asks for a copy.'],
      ['La CNIL organise des webinaires pour les associations', 'Les sessions expliquent combien de temps conserver les fichiers des donateurs.'],
      ['私隱專員公署為中小企舉辦免費講座', '講座介紹如何妥善保存客戶紀錄及處理查閱資料要求。'],
    ];
    for (const [title, summary] of notices) expect(classify({ title, summary, feed: { jurisdiction: 'HK' } }).inScope, title).toBe(false);
  });

  it('does not outweigh a sanction announced at one', () => {
    const result = classify({
      title: 'Regulator fines clinic over leaked patient records',
      summary: 'Speaking at a seminar, the data protection authority said the clinic exposed the medical records of 8,000 patients and fined it €40,000.',
      url: 'https://www.example.ie/news/clinic-fine',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('breach');
  });
});

describe('a national outlet whose address names no country', () => {
  const spanishUnplaced = {
    title: 'Filtración masiva expone los datos personales de millones de ciudadanos',
    summary:
      'Nombres, números de cédula y direcciones de millones de personas quedaron expuestos en un servidor sin protección de un ministerio, según una empresa de ciberseguridad.',
  };

  it('places a domestic story in the outlet’s home, by the outlet', () => {
    const result = classify({ ...spanishUnplaced, url: 'https://www.elcomercio.com/actualidad/seguridad/filtracion-datos.html' });
    expect(result.jurisdictions).toEqual(['EC']);
    expect(evidenceFor(result, 'jurisdiction', 'EC')[0]).toMatchObject({ term: 'www.elcomercio.com', offset: -1, rule: 'home:EC/site' });
    expect(classify({ ...spanishUnplaced, url: 'https://cincodias.elpais.com/tecnologia/filtracion' }).jurisdictions).toEqual(['ES']);
  });

  it('does not for a story filed on its foreign desk, nor for an outlet it does not know', () => {
    expect(classify({ ...spanishUnplaced, url: 'https://elpais.com/internacional/2026-01-05/filtracion.html' }).jurisdictions).toEqual([]);
    expect(classify({ ...spanishUnplaced, url: 'https://www.periodico-inventado.com/filtracion' }).jurisdictions).toEqual([]);
    // The foreign desk of a site whose ending names its country too.
    const dutch = { ...dutchUnplaced, url: 'https://nieuws.voorbeeldkrant.nl/buitenland/brieven-verkeerde-adressen' };
    expect(classify(dutch).jurisdictions).toEqual([]);
  });

  it('does not for a story that names no institution of the home, only a company and its users', () => {
    const result = classify({
      title: 'Chat-App Plaudera will Nutzerchats für das Training ihrer KI verwenden',
      summary: 'Wer nicht widerspricht, dessen Unterhaltungen mit dem Assistenten fließen künftig in das Training der KI-Modelle ein.',
      url: 'https://www.beispielzeitung.de/netzwelt/plaudera-ki',
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual([]);
  });

  it('is not kept from its home by one person’s nationality', () => {
    const result = classify({
      title: 'Confidential data of 9,000 people on a patient registry leaked online',
      summary:
        'The Ministry of Health said names, identity numbers and test results of 9,000 patients were disclosed online. The records are believed to have been leaked by an American who had lived in the country.',
      url: 'https://www.straitstimes.com/singapore/health/registry-leak',
    });
    expect(result.jurisdictions).toEqual(['SG']);
  });
});
