import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, places' institutions, people and figures are made up.
const classify = classifyChecked;

describe('German and Dutch compounds read by their last part', () => {
  it('reads data named by whose it is ("Fahrgastdaten") as people\'s data for AI training', () => {
    const story = classify({
      title: 'Reiseportal Fernweh trainierte KI-Modell mit Fahrgastdaten',
      summary: 'Die Landesdatenschutzbeauftragte prüft den Fall.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
    // Evidence quotes the compound as written.
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.term)).toContain('Fahrgastdaten');
  });

  it('reads Dutch data named by whose it is ("reizigersgegevens") as people\'s data', () => {
    const story = classify({
      title: 'AI-model van vervoerder Spoorlijn getraind met reizigersgegevens',
      summary: 'De privacytoezichthouder onderzoekt de zaak.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('reads an inflected compound model noun ("Sprachmodells") as a model', () => {
    const story = classify({
      title: 'Versicherer Halm nutzte Schadensmeldungen von Kunden zum Training eines Sprachmodells',
      summary: 'Die Landesdatenschutzbeauftragte prüft den Fall.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('does not make a business model an AI', () => {
    const story = classify({
      title: 'Datenschutzbehörde prüft Geschäftsmodell des Portals Fernweh',
      summary: 'Das Portal trainiert sein Geschäftsmodell mit Kundendaten, sagt die Behörde.',
    });
    expect(story.topics).not.toContain('ai-training');
  });

  it('leaves English words alone: an English story is not read as compounds', () => {
    // "Goldmodel" would be read as a model in a German story; in English it is an unknown word.
    const story = classify({ title: 'Startup Goldmodel trained on its customers', summary: 'The firm says the fitness customers agreed.' });
    expect(story.topics).not.toContain('ai-training');
  });
});

describe('a domestic story placed by a regional authority, a province or a city', () => {
  it('places stories that name only a Spanish regional data protection authority in Spain', () => {
    expect(
      classify({ title: 'La Autoridad Catalana de Protección de Datos multa al club Remos', summary: 'El club publicó los DNI de sus socios.' }).jurisdictions,
    ).toEqual(['ES']);
    expect(
      classify({
        title: 'La Agencia Vasca de Protección de Datos abre un expediente a la clínica Lurra',
        summary: 'La clínica envió historiales de pacientes a un correo equivocado.',
      }).jurisdictions,
    ).toEqual(['ES']);
  });

  it('places a story that names only a Land by its adjective in Germany', () => {
    expect(
      classify({
        title: 'Thüringer Datenschutzbeauftragter verhängt Bußgeld gegen Fahrschule Kurve',
        summary: 'Die Fahrschule hatte Ausweiskopien ihrer Schüler offen gespeichert.',
      }).jurisdictions,
    ).toEqual(['DE']);
  });

  it('places a Dutch story that names only a city, or the city by its adjective, in the Netherlands', () => {
    expect(
      classify({ title: 'Datalek bij zorginstelling in Zwolle', summary: 'Namen en adressen van cliënten zijn per ongeluk gedeeld.' }).jurisdictions,
    ).toEqual(['NL']);
    expect(
      classify({
        title: 'Haagse rechtbank: vereniging mocht ledenlijst niet delen',
        summary: 'De persoonsgegevens van leden werden zonder toestemming doorgegeven.',
      }).jurisdictions,
    ).toEqual(['NL']);
  });

  it('places a Chinese story that names only a province, and a Taiwanese one that names only an agency', () => {
    expect(classify({ title: '江苏省通信管理局通报违规收集个人信息的应用', summary: '多款应用超范围收集用户个人信息。' }).jurisdictions).toEqual(['CN']);
    expect(classify({ title: '金管會開罰證券商 客戶個資外洩', summary: '一家證券商系統遭入侵,客戶個人資料外洩。' }).jurisdictions).toEqual(['TW']);
  });

  it('places a story that calls a Belgian regulator by a Dutch description in Belgium, not the Netherlands', () => {
    const story = classify({
      title: 'Belgische privacywaakhond onderzoekt spraakassistent Echo',
      summary: 'De Gegevensbeschermingsautoriteit bekijkt of opnames van gebruikers zijn gebruikt om het taalmodel te verbeteren.',
    });
    expect(story.jurisdictions).toEqual(['BE']);
  });
});

describe('AI training words each language had missing', () => {
  it('reads Italian "allenare" as training', () => {
    const story = classify({
      title: 'L’app Ritocco usava i selfie degli utenti per allenare la sua intelligenza artificiale',
      summary: 'Le immagini venivano conservate senza che l’informativa lo dicesse.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads a German or Dutch verb at the end of its clause as what makes the model', () => {
    const story = classify({
      title: 'Spraakassistent Echo onder vuur',
      summary: 'De privacytoezichthouder zegt dat opnames van gebruikers zijn gebruikt om het taalmodel te verbeteren.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('reads recordings of a person in Chinese as personal data, and a training corpus as training data', () => {
    expect(classify({ title: '法院判決:公司以配音員錄音訓練語音模型侵權', summary: '法院認定公司未經許可使用錄音。' }).topics).toContain('ai-training');
    expect(classify({ title: '标准要求核查训练语料来源', summary: '使用包含个人信息的训练语料前应取得个人同意。' }).topics).toContain('ai-training');
  });

  it('reads "training with people\'s data" as AI training when the sentence names an AI further off', () => {
    const story = classify({
      title: 'Datenschutzbehörde legt Papier zu Chatbots vor',
      summary:
        'Ein LLM speichere nach Ansicht der Behörde keine Namen oder Adressen seiner Nutzer; für das Training mit Kundendaten brauche der Anbieter Halm aber eine Rechtsgrundlage.',
    });
    expect(story.topics).toContain('ai-training');
    // Training staff on handling data, with no AI in the sentence, is something else.
    const staff = classify({
      title: 'Bank Halm fined over lost customer files',
      summary: 'The regulator said staff training with customer records had been neglected for years.',
    });
    expect(staff.topics).not.toContain('ai-training');
  });

  it("does not read people's data pasted into a chatbot as training", () => {
    const story = classify({ title: 'Gemeente Lindeweg meldt datalek', summary: 'Ambtenaren zetten klantgegevens in een openbare AI-chatbot.' });
    expect(story.inScope).toBe(true);
    expect(story.topics).not.toContain('ai-training');
  });
});

describe("people's data taken or exposed, however the breach is worded", () => {
  it('makes a breach story of a theft verb in a sentence that names whose data it was', () => {
    const french = classify({ title: 'Mutuelle Azur: les données de 2 millions de personnes dérobées', summary: 'La mutuelle a porté plainte.' });
    expect(french.inScope).toBe(true);
    expect(french.topics).toContain('breach');
    const spanish = classify({ title: 'Roban datos de clientes de la cadena Zapatería Lumo', summary: 'La empresa ha avisado a los afectados.' });
    expect(spanish.inScope).toBe(true);
  });

  it("leaves out an attack that takes no one's data", () => {
    const story = classify({
      title: 'Des pirates paralysent le site de la mutuelle Azur',
      summary: 'Le site est resté inaccessible deux jours; aucune donnée n’a été dérobée.',
    });
    expect(story.inScope).toBe(false);
  });
});
