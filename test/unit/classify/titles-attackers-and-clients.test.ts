import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('Chinese titles ending in 长 are no place', () => {
  it('does not read 长沙 in 部长沙… or 长春 in 市长春…', () => {
    const minister = classify({
      title: '大马电讯公司用户资料外泄',
      summary: '通讯及多媒体委员会已报警，部长沙立表示当局已锁定外泄源头，约二百万名用户的身份证号码遭兜售。',
    });
    expect(minister.jurisdictions).toEqual(['MY']);
    expect([...minister.jurisdictions, ...minister.mentions]).not.toContain('CN-HN');
    const mayor = classify({ title: '市长春节前宣布调查医院病历外泄', summary: '该市医院约三千名患者的病历遭黑客窃取。' });
    expect([...mayor.jurisdictions, ...mayor.mentions]).not.toContain('CN-JL');
  });

  it('reads 大马 as Malaysia, but not inside 大马士革 or 大马路', () => {
    expect(classify({ title: '大马医院患者资料外泄', summary: '黑客窃取了约一万名患者的病历及身份证号码。' }).jurisdictions).toEqual(['MY']);
    const damascus = classify({ title: '大马士革医院患者资料外泄', summary: '黑客窃取了约一万名患者的病历及身份证号码。' });
    expect([...damascus.jurisdictions, ...damascus.mentions]).not.toContain('MY');
  });
});

describe('attackers who present themselves as of a country', () => {
  it('reads their claimed nationality as background, in French and Spanish', () => {
    const cases: [string, string, string][] = [
      [
        'Cyberattaque contre la caisse de retraite : des données de salariés diffusées',
        'Les fichiers contenant les noms et coordonnées bancaires de 20 000 salariés ont été diffusés ; l’attaque a été revendiquée par un groupe de pirates se présentant comme tunisien.',
        'TN',
      ],
      [
        'Ciberataque contra la mutua: roban datos de clientes',
        'Los piratas robaron los nombres y números de teléfono de 20.000 clientes; el ataque lo reivindicó un grupo de piratas que se presentan como rusos.',
        'RU',
      ],
    ];
    for (const [title, summary, code] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.jurisdictions, title).not.toContain(code);
    }
  });
});

describe('Dutch compounds of people and their files', () => {
  it('reads therapy clients and their reports as people’s data a hacker took', () => {
    const result = classify({
      title: 'Hacker chanteert duizenden therapiecliënten met gestolen dossiers',
      summary: 'Een onbekende hacker probeert cliënten van een psychotherapiecentrum af te persen met therapieverslagen die bij een inbraak zijn buitgemaakt.',
      url: 'https://nieuws.voorbeeldkrant.nl/a',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('breach');
  });
});
