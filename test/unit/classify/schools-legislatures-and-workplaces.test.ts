import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('pupils’ data, in each language', () => {
  it('is the children topic, and collecting it without the parents knowing is privacy', () => {
    const cases: [string, string][] = [
      [
        'Appli scolaire : les données de localisation des élèves collectées à l’insu des parents',
        'Le ministère de l’Éducation a ordonné au prestataire de supprimer les données de localisation de 30 000 élèves.',
      ],
      [
        'Schul-App sammelte Standortdaten von Schülern ohne Wissen der Eltern',
        'Das Kultusministerium ordnete an, die Standortdaten von 30.000 Schülern zu löschen.',
      ],
      [
        'Una app escolar recopiló la ubicación de alumnos sin que lo supieran los padres',
        'El Ministerio de Educación ordenó al proveedor borrar los datos de ubicación de 30.000 alumnos.',
      ],
      [
        'School-app verzamelde locatie van leerlingen zonder medeweten van ouders',
        'Het ministerie van Onderwijs droeg de leverancier op de locatiegegevens van 30.000 leerlingen te wissen.',
      ],
      ['學校應用程式未經家長同意收集學生位置', '教育局要求供應商刪除三萬名學生的位置資料。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('children');
    }
  });
});

describe('legislatures', () => {
  it('reads Taiwan’s legislature as no court, and a law it passes as legislation', () => {
    const result = classify({ title: '立法院三讀通過個人資料保護法修正案', summary: '修法後將成立個人資料保護委員會，並提高罰款上限。' });
    expect(result.jurisdictions).toEqual(['TW']);
    expect(result.topics).toContain('legislation');
    expect(result.topics).not.toContain('litigation');
  });

  it('keeps a privacy law’s name a privacy law when the story does not say whose it is', () => {
    const result = classify({ title: '新個人資料保護法通過', summary: '新法賦予市民要求刪除個人資料的權利。' });
    expect(result.inScope).toBe(true);
  });

  it('reads a parliament passing a law as legislation, in each language', () => {
    const cases: [string, string][] = [
      ['Parliament passes new data protection law', 'The law gives people the right to have their personal data deleted.'],
      ['Le Parlement adopte une nouvelle loi sur la protection des données', 'La loi donne le droit de faire effacer ses données personnelles.'],
      ['Parlament verabschiedet neues Datenschutzgesetz', 'Das Gesetz gibt Bürgern das Recht, ihre personenbezogenen Daten löschen zu lassen.'],
      ['Parlement neemt nieuwe privacywet aan', 'De wet geeft burgers het recht hun persoonsgegevens te laten wissen.'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).topics, title).toContain('legislation');
  });
});

describe('employers watching their staff', () => {
  it('is privacy, in each language', () => {
    const cases: [string, string][] = [
      [
        'Logistics firm’s employee monitoring goes too far, union says',
        'The scanners recorded each worker’s idle time to the second, the data protection authority said.',
      ],
      [
        'Bußgeld für Logistikfirma wegen Überwachung der Beschäftigten',
        'Die Aufsichtsbehörde hält die sekundengenaue Erfassung der Leerlaufzeiten für unverhältnismäßig.',
      ],
      [
        'Multa por el control a distancia: vigilancia de los trabajadores en el almacén',
        'Los escáneres registraban al segundo el tiempo de inactividad de cada empleado, según la autoridad de protección de datos.',
      ],
      ['物流公司監控員工一舉一動被罰', '監管機構指逐秒記錄每名員工的閒置時間屬過度收集。'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('staff mail, camera footage and the mainland’s market regulators', () => {
  it('reads an employer reading staff mail, and footage handed on without a legal basis, as privacy', () => {
    const cases: [string, string, string][] = [
      [
        'La Cassazione: il datore di lavoro non può leggere le email dei dipendenti',
        'La Corte ha stabilito che il controllo della posta elettronica viola la riservatezza dei lavoratori.',
        'IT',
      ],
      [
        'Hoge Raad: gemeente mocht camerabeelden niet zomaar delen',
        'De gemeente deelde beelden van bewakingscamera’s met een particulier bedrijf zonder grondslag.',
        'NL',
      ],
    ];
    for (const [title, summary, code] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.jurisdictions, title).toEqual([code]);
    }
  });

  it('places a penalty by the market regulation departments in mainland China', () => {
    expect(classify({ title: '信贷公司违规收集用户通讯录被罚', summary: '市场监管部门对该公司违规收集用户通讯录信息处以罚款。' }).jurisdictions).toEqual([
      'CN',
    ]);
  });
});
