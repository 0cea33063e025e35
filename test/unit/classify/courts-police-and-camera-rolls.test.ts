import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('courts, police forces and local government that only one country has', () => {
  it('places a German regional court’s ruling on a visitor’s IP address in Germany', () => {
    const story = classify({
      title: 'Landgericht Kassel: Shop muss Besucher wegen Tracking-Skript entschädigen',
      summary: 'Die Seite hatte die IP-Adresse eines Kunden ohne Einwilligung an einen Werbedienst in den USA übermittelt, urteilte das Gericht.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
    expect(story.topics).toContain('litigation');
  });

  it('places a district administration’s stolen files in Germany', () => {
    const story = classify({
      title: 'Landkreis bestätigt: Erpresser veröffentlichen Bürgerdaten im Darknet',
      summary: 'Nach dem Angriff auf die Kreisverwaltung haben die Erpresser Dokumente mit personenbezogenen Daten von Antragstellern ins Netz gestellt.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
    expect(story.topics).toContain('breach');
  });

  it('places police forces in their countries', () => {
    for (const [title, summary, code] of [
      [
        'La Guardia Civil detiene a un empleado que vendía datos de clientes de una aseguradora',
        'El trabajador accedía a los expedientes de miles de asegurados y vendía sus datos personales a una red de estafadores.',
        'ES',
      ],
      [
        'I Carabinieri sequestrano una banca dati con i dati personali di 40.000 pazienti',
        'L’archivio, copiato da un ex dipendente di una clinica privata, conteneva diagnosi e codici fiscali.',
        'IT',
      ],
      [
        'La gendarmerie nationale démantèle un réseau qui revendait des fichiers de patients',
        'Les données personnelles de 200 000 patients, dérobées à des laboratoires, étaient proposées sur des forums.',
        'FR',
      ],
      [
        'Koninklijke Marechaussee lekte paspoortgegevens van reizigers',
        'Door een fout in een portaal waren de persoonsgegevens van duizenden reizigers wekenlang voor anderen in te zien.',
        'NL',
      ],
      ['某市公安局破获一起侵犯公民个人信息案', '犯罪嫌疑人非法获取并出售快递用户的个人信息三万余条，已被依法刑事拘留。', 'CN'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('places a French civil court and an Argentine agency by their names', () => {
    const court = classify({
      title: 'Le tribunal judiciaire condamne une salle de sport pour sa vidéosurveillance des vestiaires',
      summary: 'Les clients filmés sans le savoir obtiennent réparation pour atteinte à leur vie privée et traitement illicite de leurs images.',
    });
    expect(court.inScope).toBe(true);
    expect(court.jurisdictions).toEqual(['FR']);
    const agency = classify({
      title: 'Difunden datos de viajeros robados a la Dirección Nacional de Migraciones',
      summary: 'Los atacantes publicaron documentos con datos personales de pasajeros y empleados tras un ataque de ransomware.',
    });
    expect(agency.inScope).toBe(true);
    expect(agency.jurisdictions).toEqual(['AR']);
  });

  it('keeps a higher regional court that Austria has too out of Germany', () => {
    const story = classify({
      title: 'Oberlandesgericht Wien: Auskunftei muss Kreditdaten löschen',
      summary: 'Die Auskunftei hatte personenbezogene Daten einer Kundin ohne Rechtsgrundlage jahrelang gespeichert.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['AT']);
  });
});

describe('the Flemish and the Walloons are Belgians', () => {
  it('places recordings of Flemish users’ conversations in Belgium', () => {
    const story = classify({
      title: 'Onderaannemers beluisteren privégesprekken via slimme speakers',
      summary:
        'Medewerkers van een onderaannemer beluisteren opnames om de spraakherkenning te verbeteren, waaronder gesprekken van Vlamingen die per ongeluk werden opgenomen.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['BE']);
    expect(story.topics).toContain('ai-training');
  });
});

describe('models that predict, and algorithms built beside a database', () => {
  it('makes patients’ records handed over to build software that predicts a training story', () => {
    const story = classify({
      title: 'Clinic sued for giving patient files to an analytics start-up',
      summary:
        'The lawsuit says the clinic handed over the health records of 80,000 patients so the company could develop software that predicts hospital readmissions.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toEqual(expect.arrayContaining(['ai-training', 'litigation']));
  });

  it('reads building a database and an algorithm from scraped photos as training', () => {
    const story = classify({
      title: 'State sues face-search firm over scraped photos',
      summary:
        'The complaint says the company collected millions of photos of residents from social media to build the database and algorithm it sells to retailers.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('still reads feeding a face database as no model built', () => {
    const story = classify({
      title: 'Police added mugshots to a face database',
      summary: 'Officers uploaded photos of people who were never charged to build the database of facial recognition matches used by the force.',
    });
    expect(story.topics).not.toContain('ai-training');
  });
});

describe('a phone’s camera roll is its owner’s', () => {
  it('makes an app’s access to the camera roll for its AI a privacy story', () => {
    const story = classify({
      title: 'Un’app chiede l’accesso al rullino fotografico per la sua IA',
      summary: 'Le condizioni consentono all’azienda di analizzare le foto salvate sul telefono e di usarle in futuro per addestrare i modelli.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });
});

describe('the numbers and public services a country gives its people', () => {
  it('places a breach of the identity numbers only one country issues there', () => {
    for (const [title, summary, code] of [
      [
        'Datalek bij zorgverzekeraar: burgerservicenummers van klanten gemaild',
        'Een medewerker stuurde per ongeluk een bestand met namen, adressen en burgerservicenummers van 2.400 klanten naar een verkeerde ontvanger.',
        'NL',
      ],
      [
        'Attacco hacker a un laboratorio: rubati referti e codici fiscali',
        'I criminali hanno sottratto i dati di migliaia di pazienti, comprese le tessere sanitarie, e minacciano di pubblicarli.',
        'IT',
      ],
      [
        'Recruitment firm exposed National Insurance numbers of job seekers',
        'A misconfigured server left the CVs and contact details of 30,000 applicants open to anyone.',
        'GB',
      ],
      ['Hackers stole PPS numbers from a debt collector', 'The personal data of 40,000 customers, including dates of birth, was taken in the attack.', 'IE'],
      [
        'Online shop leak put customers’ PESEL numbers on the web',
        'Hackers stole the personal data of 120,000 customers, including PESEL numbers and addresses.',
        'PL',
      ],
      [
        'Ein Dienstleister verlor Steuer-IDs von Beschäftigten',
        'Bei einem Hackerangriff wurden Namen, Adressen und Steuer-IDs von 9.000 Beschäftigten erbeutet.',
        'DE',
      ],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('leaves a number two countries issue unplaced', () => {
    const story = classify({
      title: 'Hackerangriff auf Versicherungsmakler: Sozialversicherungsnummern erbeutet',
      summary: 'Die Angreifer erbeuteten Namen, Adressen und Sozialversicherungsnummern von 12.000 Kunden.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual([]);
  });
});

describe('a currency only one country uses, and the bodies its press names without it', () => {
  it('places a fine or an award in that currency', () => {
    for (const [title, summary, code] of [
      [
        'Watchdog fines bank 1.4 million zlotys over breach it failed to report',
        'The data protection authority said the bank had not told customers that their account details were sent to the wrong recipient.',
        'PL',
      ],
      ['電信業者個資外洩 遭罰新台幣200萬元', '主管機關指出，業者未落實個人資料安全維護措施，導致逾萬名客戶資料外洩。', 'TW'],
      ['快递员倒卖客户信息获利 被判赔偿人民币5万元', '法院认定，被告非法出售快递单上的个人信息三千余条。', 'CN'],
      [
        'Shopping app fined 500,000 yuan for collecting users’ location data',
        'Regulators said the app collected personal information beyond what its services needed.',
        'CN',
      ],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('places a hospital authority and a police force by their names', () => {
    const hospitals = classify({
      title: '醫管局承認病人資料外洩',
      summary: '有員工誤將載有數百名病人姓名及覆診資料的電郵發送至外界，當局已通報有關部門。',
    });
    expect(hospitals.jurisdictions).toEqual(['HK']);
    const gardai = classify({
      title: 'Garda investigation after patient files found in skip',
      summary: 'Medical records containing the personal data of hundreds of patients were discovered dumped behind a private clinic.',
    });
    expect(gardai.inScope).toBe(true);
    expect(gardai.jurisdictions).toEqual(['IE']);
  });

  it('does not place a story by an amount converted for the reader', () => {
    const story = classify({
      title: 'Electronics maker settles Illinois face-scan lawsuit',
      summary:
        'The company agreed to pay $5 million (about 750 million yen) to settle claims that its photo app collected users’ face geometry without consent under the state’s biometric privacy law.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-IL']);
    const chinese = classify({
      title: '美國伊利諾州法院判賠 臉部辨識業者須付500萬美元（約1.6億新台幣）',
      summary: '法院認定業者未經同意蒐集使用者的臉部特徵資料，違反伊利諾州生物辨識資訊隱私法。',
    });
    expect(chinese.jurisdictions).not.toContain('TW');
  });
});
