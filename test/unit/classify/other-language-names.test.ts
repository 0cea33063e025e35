import { describe, expect, it } from 'vitest';
import { namesInUse, otherLanguageNames } from '../../../functions/domain/classify/other-language-names.js';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { findJurisdiction, JURISDICTIONS, type Jurisdiction } from '../../../functions/taxonomy/taxonomy.js';
import { classifyChecked } from './support.js';

// Invented stories: the companies and figures are made up.
const classify = classifyChecked;

function jurisdiction(code: string): Jurisdiction {
  const found = findJurisdiction(code);
  if (!found) throw new Error(`no ${code} in the taxonomy`);
  return found;
}

const inUse = namesInUse(JURISDICTIONS);

describe('a country named in the language of the story, from CLDR', () => {
  it('places stories by the French, German, Spanish, Italian, Dutch and Chinese names of a country', () => {
    const stories: [ClassifyInput, string][] = [
      [
        {
          title: 'La Lituanie inflige une amende à la boutique en ligne Drapa',
          summary: 'Le gendarme des données personnelles reproche à Drapa une fuite de données de ses clients.',
        },
        'LT',
      ],
      [
        {
          title: 'Südkorea: Bußgeld gegen Bezahldienst Pawo',
          summary: 'Die Datenschutzbehörde wirft Pawo vor, Kundendaten ohne Einwilligung weitergegeben zu haben.',
        },
        'KR',
      ],
      [
        {
          title: 'Corea del Sur multa a la aplicación de pagos Pawo',
          summary: 'La autoridad de protección de datos acusa a Pawo de ceder datos personales de sus clientes sin consentimiento.',
        },
        'KR',
      ],
      [
        {
          title: 'Lituania, multa al negozio online Drapa',
          summary: 'L’autorità per la protezione dei dati contesta a Drapa una violazione dei dati personali dei clienti.',
        },
        'LT',
      ],
      [{ title: 'Litouwen beboet webwinkel Drapa', summary: 'De privacytoezichthouder verwijt Drapa een datalek met persoonsgegevens van klanten.' }, 'LT'],
      [{ title: '立陶宛数据保护机构对网店Drapa罚款', summary: '监管机构指Drapa泄露客户个人信息。' }, 'LT'],
    ];
    for (const [story, code] of stories) {
      const result = classify(story);
      expect(result.inScope, story.title).toBe(true);
      expect(result.jurisdictions, story.title).toContain(code);
    }
  });

  it('adds no name the taxonomy gives to another jurisdiction, keeps loose names loose, and skips everyday words', () => {
    // "Georgia" is the country in Spanish and Italian, and a US state: the taxonomy tells them apart, CLDR does not.
    expect(otherLanguageNames(jurisdiction('GE'), inUse)).toEqual([]);
    // "Chine" and 中国 are loose names of China (a Hong Kong story mentions them in passing): they stay loose.
    expect(otherLanguageNames(jurisdiction('CN'), inUse).map((name) => name.toLowerCase())).not.toContain('chine');
    // Iceland is "Island" in German: an English word.
    expect(otherLanguageNames(jurisdiction('IS'), inUse)).not.toContain('Island');
    const lithuania = otherLanguageNames(jurisdiction('LT'), inUse);
    expect(lithuania).toEqual(expect.arrayContaining(['Lituanie', 'Litauen', 'Lituania', 'Litouwen']));
    // A name the taxonomy already lists is not added twice.
    for (const listed of jurisdiction('LT').names) expect(lithuania).not.toContain(listed);
  });

  it('does not read "Island" at the head of an English sentence as Iceland', () => {
    const result = classify({
      title: 'Island clinic exposed patients’ records online',
      summary: 'The Harbourside clinic left a database of patient files open on the internet, its data protection officer said.',
    });
    expect(result.jurisdictions).not.toContain('IS');
  });
});

describe('people asking for their data to be erased, in every language', () => {
  it('reads erasure requests, with the regulator that fined them, as a privacy story', () => {
    // The regulator's fine alone leaves such a story out: it is the erasure requests that make it a privacy story.
    const stories: ClassifyInput[] = [
      { title: 'Regulator fines marketplace Tessaly', summary: 'The data protection inspectorate said Tessaly ignored users’ requests to delete their data.' },
      {
        title: 'Amende pour la plateforme Tessaly',
        summary: "L'inspection de protection des données reproche à Tessaly d'avoir ignoré les demandes d'effacement.",
      },
      { title: 'Bußgeld gegen Plattform Tessaly', summary: 'Die Datenschutzbehörde wirft Tessaly vor, Löschanfragen von Nutzern liegen gelassen zu haben.' },
      { title: 'Multa a la plataforma Tessaly', summary: 'La inspección de protección de datos concluye que Tessaly no atendió las solicitudes de supresión.' },
      {
        title: 'Multa alla piattaforma Tessaly',
        summary: "L'ispettorato per la protezione dei dati contesta a Tessaly le richieste di cancellazione ignorate.",
      },
      { title: 'Boete voor platform Tessaly', summary: 'De privacytoezichthouder vindt dat Tessaly verzoeken om gegevens te wissen slecht afhandelde.' },
      { title: '平台Tessaly被罚款', summary: '数据保护监察局认定Tessaly未妥善处理用户删除数据的请求。' },
    ];
    for (const story of stories) expect(classify(story).inScope, story.summary).toBe(true);
  });
});

describe('foreign regulators by their Chinese names', () => {
  it('places a story on the ICO or the FTC named in Chinese', () => {
    const ico = classify({ title: '英國資訊專員辦公室向外判商Norlake罰款', summary: '資訊專員辦公室指Norlake系統漏洞令數十萬人的個人資料外洩。' });
    expect(ico.inScope).toBe(true);
    expect(ico.jurisdictions).toContain('GB');
    const ftc = classify({ title: '联邦贸易委员会禁止车企Norlake出售车主定位数据', summary: '监管机构称Norlake未经车主同意出售位置信息。' });
    expect(ftc.jurisdictions).toContain('US');
  });
});
