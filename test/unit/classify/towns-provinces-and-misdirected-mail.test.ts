import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('a town of 50,000 or more places a story in its country', () => {
  it('places a breach by the town alone, in each language', () => {
    const cases: [string, string, string[]][] = [
      [
        'Ospedale di Perugia, rubati i dati di 30mila pazienti',
        'Gli hacker hanno pubblicato referti e codici fiscali dopo il mancato pagamento del riscatto.',
        ['IT'],
      ],
      [
        'Stadt Gelsenkirchen: Hackerangriff legt Bürgerdaten offen',
        'Betroffen sind Namen, Adressen und Geburtsdaten von rund 20.000 Einwohnern, teilte die Stadtverwaltung mit.',
        ['DE'],
      ],
      [
        'Gemeente Zaanstad lekt persoonsgegevens van bijstandsaanvragers',
        'Door een fout in een e-mail waren de namen en BSN-nummers van 800 inwoners zichtbaar voor alle ontvangers.',
        ['NL'],
      ],
      [
        'El Ayuntamiento de Getafe expone los datos de 5.000 vecinos en su web',
        'Un error en el portal municipal dejó accesibles nombres, DNI y direcciones de solicitantes de ayudas.',
        ['ES'],
      ],
      [
        'Roubaix : la mairie victime d’une cyberattaque, des données d’habitants dérobées',
        'Les pirates ont copié des noms, adresses et numéros de téléphone de plusieurs milliers d’usagers des services municipaux.',
        ['FR'],
      ],
      [
        'Hospital de Campinas sufre filtración de datos de pacientes',
        'Los atacantes publicaron historiales clínicos y números de documento de 40.000 pacientes.',
        ['BR'],
      ],
    ];
    for (const [title, summary, expected] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(expected);
    }
  });

  it('gives a US city its state, and the country with it', () => {
    const story = classify({
      title: 'Bakersfield school district says hackers took student records',
      summary: 'Names, birth dates and disability records of 9,000 students were copied, the district said.',
    });
    expect([...story.jurisdictions].sort()).toEqual(['US', 'US-CA']);
  });

  it('leaves out the towns whose names are also common words', () => {
    const story = classify({
      title: 'Nice try: data brokers still sell location histories, study says',
      summary: 'Researchers bought location data on 2,000 people for a few hundred dollars.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual([]);
  });
});

describe('every Canadian province, and the Australian states’ regulators', () => {
  it('places a story by a province’s people, its regulator or its city', () => {
    expect(
      classify({
        title: 'Cyberattaque : les renseignements personnels de 40 000 Néo-Écossais dérobés',
        summary: 'La province confirme que des pirates ont copié des numéros d’assurance sociale d’employés.',
      }).jurisdictions,
    ).toEqual(['CA-NS']);
    expect(
      classify({
        title: 'Saskatchewan privacy commissioner finds health region staff snooped on patient files',
        summary: 'Employees looked at the records of 60 patients without a need to know.',
      }).jurisdictions,
    ).toEqual(['CA-SK']);
    expect(
      classify({
        title: 'Winnipeg clinic breach exposed 4,000 patients’ health records',
        summary: 'Names and health card numbers were taken, the clinic said.',
      }).jurisdictions,
    ).toEqual(['CA-MB']);
  });

  it('names a federal bill in French as Canada’s', () => {
    const story = classify({
      title: 'Renseignements personnels : le projet de loi C-27 renvoyé en comité',
      summary: 'Le projet de loi fédéral réformerait la protection des renseignements personnels dans le secteur privé.',
    });
    expect(story.jurisdictions).toEqual(['CA']);
  });

  it('gives a state regulator’s order its state', () => {
    const story = classify({
      title: 'State department told to stop staff using chatbots after privacy breach',
      summary: 'The Office of the Victorian Information Commissioner found a case manager had pasted clients’ personal information into a chatbot.',
    });
    expect(story.jurisdictions).toEqual(['AU-VIC']);
  });
});

describe('a worker feeding data into a chatbot is a disclosure, not training', () => {
  it('does not tag AI training when staff feed case notes into a chatbot', () => {
    const story = classify({
      title: 'Hospital clerk fed patients’ discharge notes into ChatGPT, audit finds',
      summary: 'The notes held the names, diagnoses and other personal details of 40 patients.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).not.toContain('ai-training');
  });

  it('still tags a company feeding its users’ posts into its own model', () => {
    const story = classify({
      title: 'Social network fed users’ posts into its AI model without consent',
      summary: 'The company used millions of members’ photos to train its chatbot.',
    });
    expect(story.topics).toContain('ai-training');
  });
});

describe('personal data sent to the wrong people', () => {
  it('takes a misaddressed email of case files into scope, as a breach', () => {
    const story = classify({
      title: 'Wolverhampton council reprimanded after social workers emailed case files to the wrong family',
      summary: 'The files included the names, addresses and medical details of three children.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['GB']);
    expect(story.topics).toContain('breach');
  });

  it('reads the same in the other languages', () => {
    for (const [title, summary] of [
      [
        'Lettres envoyées par erreur : une caisse expose les données de santé d’assurés',
        'Des courriers contenant des diagnostics ont été adressés à d’autres assurés.',
      ],
      ['Krankenkasse verschickt Befunde an falsche Empfänger', 'Rund 900 Versicherte erhielten Briefe mit Gesundheitsdaten anderer Versicherter.'],
      [
        'Un hospital envía por error informes médicos de pacientes a otros pacientes',
        'Los documentos incluían diagnósticos y datos de salud de 300 pacientes.',
      ],
      ['Asl, referti inviati per errore ad altri pazienti', 'Le lettere contenevano diagnosi e dati sanitari di 200 pazienti.'],
      [
        'Zorgverzekeraar stuurt medische gegevens naar verkeerde ontvangers',
        'Ruim 500 klanten kregen een brief met de medische gegevens van een andere klant.',
      ],
    ]) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('breach');
    }
  });

  it('leaves out a post sent in error that holds no one’s data', () => {
    const story = classify({ title: 'Minister’s tweet sent in error is deleted', summary: 'The post about the budget was removed within minutes.' });
    expect(story.inScope).toBe(false);
  });
});

describe('the places only one country has', () => {
  it('places a breach by a national or regional public body’s own name', () => {
    for (const [title, summary, expected] of [
      [
        'Attacco ransomware all’azienda sanitaria, referti online',
        'Il gruppo criminale ha pubblicato i dati di migliaia di pazienti dopo il mancato pagamento del riscatto.',
        'IT',
      ],
      ['Osakidetza investiga accesos indebidos a historias clínicas', 'Varios empleados consultaron sin motivo los historiales de pacientes conocidos.', 'ES'],
      [
        'Datalek bij de RDW: kentekens en adressen van 2.000 eigenaren ingezien',
        'Een medewerker bekeek zonder reden de persoonsgegevens van voertuigeigenaren.',
        'NL',
      ],
    ]) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([expected]);
    }
  });

  it('places a Belgian police zone in Belgium', () => {
    const story = classify({
      title: 'Hackers publiceren duizenden bestanden van politiezone aan de kust',
      summary: 'Bij de ransomware-aanval werden verhoorverslagen en gegevens van slachtoffers en minderjarigen buitgemaakt.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['BE']);
  });
});

describe('a mainland province or city is China’s, and its own too when its government makes rules', () => {
  it('gives a city’s own regulation its province and China', () => {
    for (const [title, summary, province] of [
      ['苏州出台个人信息保护条例 禁止商场强制刷脸', '条例规定，公共场所经营者不得以人脸识别作为进入的唯一方式，违者最高罚款五万元。', 'CN-JS'],
      ['《深圳市公共数据管理办法》施行 收集市民个人信息须告知用途', '办法要求政府部门收集个人信息时明确告知用途，不得超出范围使用。', 'CN-GD'],
      ['南京通报多家医院泄露患者信息问题调查情况', '通报称，三家医院的工作人员违规查询并出售患者个人信息，相关人员已被处理。', 'CN-JS'],
      [
        'Shanghai government issues rules on facial recognition in housing estates',
        'Property managers may not make face scans the only way in, the rules say.',
        'CN-SH',
      ],
    ]) {
      const story = classify({ title, summary });
      expect([...story.jurisdictions].sort(), title).toEqual(['CN', province]);
    }
  });

  it('keeps a mainland court or police force China’s alone', () => {
    for (const [title, summary] of [
      ['杭州互联网法院判决某App删除用户人脸信息', '法院认为，该App未经用户同意收集人脸信息，违反个人信息保护法。'],
      ['上海警方破获倒卖公民个人信息案 涉案数据逾千万条', '警方表示，犯罪团伙通过内部人员获取快递客户的姓名、电话和住址并出售。'],
      [
        'Shanghai court orders app to delete user’s face data',
        'The court said the app collected facial data without consent, breaching the Personal Information Protection Law.',
      ],
    ]) {
      expect(classify({ title, summary }).jurisdictions, title).toEqual(['CN']);
    }
  });

  it('leaves a US state’s court its state’s', () => {
    const story = classify({
      title: 'California court orders app to delete user’s face data',
      summary: 'The court said the app collected biometric data without consent.',
    });
    expect(story.jurisdictions).toEqual(['US-CA']);
  });
});

describe('a company’s links abroad are not the story’s place', () => {
  it('does not place a German ruling in the US for a company with US ties', () => {
    const story = classify({
      title: 'Verwaltungsgericht Kassel untersagt Stadt den Einsatz eines Analysedienstes',
      summary:
        'Über das Tool würden IP-Adressen und weitere personenbezogene Daten der Besucher an ein Unternehmen mit US-Bezug übermittelt, ohne dass dafür eine Rechtsgrundlage bestehe.',
    });
    expect(story.jurisdictions).toEqual(['DE']);
  });
});

describe('people’s files taken or looked up, however it is worded', () => {
  it('reads a leak of students’ files as a breach of people’s data', () => {
    const story = classify({
      title: 'Minneapolis schools: ransomware gang leaks students’ files',
      summary: 'Files with students’ names, disabilities and discipline records were posted online.',
    });
    expect(story.inScope).toBe(true);
    expect([...story.jurisdictions].sort()).toEqual(['US', 'US-MN']);
    expect(story.topics).toContain('breach');
  });

  it('reads a chatbot’s bug that showed subscribers’ payment details as a breach, not training', () => {
    const story = classify({
      title: 'AI chatbot leaked other users’ chat titles after a bug',
      summary: 'The company said the flaw exposed conversation titles and some payment details of subscribers.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('breach');
    expect(story.topics).not.toContain('ai-training');
    expect(
      classify({ title: 'Details of the new budget leaked to reporters', summary: 'The finance ministry said the leak was being investigated.' }).inScope,
    ).toBe(false);
  });

  it('reads national identity numbers sold as people’s data', () => {
    const story = classify({
      title: 'Bengaluru police arrest man for selling Aadhaar data',
      summary: 'The accused sold the Aadhaar numbers and phone numbers of thousands of people.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['IN']);
  });

  it('reads German in its declined forms: unauthorised lookups, stolen laptops', () => {
    const lookups = classify({
      title: 'Polizei Bremen: Beamte fragten Daten von Prominenten ab',
      summary: 'Gegen mehrere Polizisten wird wegen unberechtigter Abfragen ermittelt.',
    });
    expect(lookups.inScope).toBe(true);
    expect(lookups.jurisdictions).toEqual(['DE']);
    const laptops = classify({
      title: 'Klinikum Kassel: Patientendaten auf gestohlenen Laptops',
      summary: 'Auf den Geräten waren Namen und Diagnosen von 4.000 Patienten gespeichert.',
    });
    expect(laptops.inScope).toBe(true);
    expect(laptops.topics).toContain('breach');
  });

  it('reads the other languages’ words for publishing by mistake, fingerprints and register data', () => {
    const cases: [string, string, string[]][] = [
      [
        'Un ayuntamiento publica por error el padrón con DNI de 2.000 vecinos',
        'El documento estuvo accesible en la web municipal durante una semana.',
        ['privacy', 'breach'],
      ],
      [
        'Multa de 40.000 euros a un gimnasio por usar huella dactilar sin alternativa',
        'La Agencia considera que el tratamiento de datos biométricos era desproporcionado.',
        ['privacy', 'biometrics'],
      ],
      [
        'Un dipendente comunale ha consultato i dati anagrafici di centinaia di cittadini',
        'Il Garante ha sanzionato il Comune di Pescara per mancata vigilanza.',
        ['privacy'],
      ],
      ['Gemeente stuurde brieven met BSN naar verkeerde adressen', 'Ruim 300 inwoners kregen post met persoonsgegevens van een ander.', ['privacy', 'breach']],
    ];
    for (const [title, summary, topics] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toEqual(topics);
    }
    expect(
      classify({
        title: 'Gemeente stuurde brieven met BSN naar verkeerde adressen',
        summary: 'Ruim 300 inwoners kregen post met persoonsgegevens van een ander.',
      }).jurisdictions,
    ).toEqual(['NL']);
  });
});

describe('Chinese wordings of data crimes and face scans', () => {
  it('reads reselling customers’ information and forced face scans as privacy stories', () => {
    const resale = classify({
      title: '南京某快递网点员工倒卖客户信息被判刑',
      summary: '法院查明，被告人利用职务便利，非法获取并出售快递面单信息三万余条。',
    });
    expect(resale.inScope).toBe(true);
    expect(resale.jurisdictions).toEqual(['CN']);
    const faces = classify({
      title: '上海一家健身房强制刷脸入场被责令整改',
      summary: '区市场监管部门指出，经营者未提供其他入场方式，违反个人信息保护法。',
    });
    expect(faces.inScope).toBe(true);
    expect(faces.topics).toContain('biometrics');
  });

  it('leaves ticket touts out', () => {
    expect(classify({ title: '黄牛倒卖火车票被拘留', summary: '警方查获车票两百余张。' }).inScope).toBe(false);
  });
});

describe('the ways each press writes names and words', () => {
  it('reads Italian headlines’ Ue and Gdpr', () => {
    const story = classify({
      title: 'Corte Ue: le banche devono spiegare i punteggi di credito calcolati in automatico',
      summary: 'Secondo i giudici, il Gdpr dà ai clienti il diritto di conoscere la logica del trattamento automatizzato dei loro dati personali.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['EU']);
  });

  it('does not read Italian “sue” (her) as a lawsuit', () => {
    const story = classify({
      title: 'Il Garante sanziona un’azienda che controllava le dipendenti e le sue chat private',
      summary: 'L’Autorità ha rilevato che i dati personali delle lavoratrici venivano raccolti senza informarle.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).not.toContain('litigation');
  });

  it('reads the privacy groups that bring complaints, by name', () => {
    const story = classify({
      title: 'Privacygroep dient klacht in tegen datingapp',
      summary: 'noyb stelt dat de app gegevens van Europese gebruikers zonder toestemming deelt met adverteerders.',
    });
    expect(story.inScope).toBe(true);
  });

  it('reads sensitive data in each language', () => {
    for (const [title, summary] of [
      ['Disques durs contenant des données sensibles retrouvés dans une déchetterie', 'Les supports de l’administration n’avaient pas été détruits.'],
      ['Festplatten mit sensiblen Daten einer Behörde im Altpapier gefunden', 'Die Datenträger seien nicht ordnungsgemäß entsorgt worden.'],
      ['Hallan en un contenedor discos duros con datos sensibles de un ayuntamiento', 'Los equipos se tiraron sin destruir.'],
      ['Hard disk con dati sensibili di un ospedale finiti in discarica', 'I supporti sono stati gettati senza essere distrutti.'],
      ['Harde schijven met gevoelige gegevens van gemeente op straat gevonden', 'De schijven waren niet vernietigd.'],
    ]) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('breach');
    }
  });

  it('names Canada’s federal police and privacy law as French writes them', () => {
    const story = classify({
      title: 'La GRC a conservé des photos de manifestants sans base légale, conclut le commissaire',
      summary:
        'Le commissaire à la protection de la vie privée estime que la Gendarmerie royale a enfreint la Loi sur la protection des renseignements personnels.',
    });
    expect(story.jurisdictions).toEqual(['CA']);
  });

  it('gives a mainland city department’s proposal its province and China', () => {
    const story = classify({
      title: '苏州拟将市民体检数据纳入信用评分 引发隐私担忧',
      summary: '苏州市卫健委提出，将体检、就诊等个人健康数据用于信用评价，不少网民质疑侵犯隐私。',
    });
    expect([...story.jurisdictions].sort()).toEqual(['CN', 'CN-JS']);
  });

  it('places Japan’s defence ministry as Chinese outlets write it', () => {
    const story = classify({
      title: '防衛省承包商遭駭 數千名自衛隊員個資恐外洩',
      summary: '防衛省表示，承包商系統遭入侵，隊員姓名及聯絡方式可能外洩。',
    });
    expect(story.jurisdictions).toEqual(['JP']);
  });
});

describe('what reading the round’s last set added', () => {
  it('keeps out an attack whose company found no evidence that people’s data was touched', () => {
    const story = classify({
      title: 'Meat processor restarts plants after ransomware attack',
      summary: 'The company said it had no evidence that customer, supplier or employee data had been compromised.',
    });
    expect(story.inScope).toBe(false);
  });

  it('reads an Italian national body’s name and “sottratti” as a breach in Italy', () => {
    const story = classify({
      title: 'Attacco ransomware alla Siae, sottratti i documenti degli iscritti',
      summary: 'La società ha detto che non pagherà il riscatto.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['IT']);
  });

  it('takes a headline’s opening town as the place attacked, not the attackers’', () => {
    const story = classify({
      title: 'Bari, attacco hacker all’ospedale: i criminali minacciano di pubblicare i dati dei pazienti',
      summary: 'Il gruppo chiede un riscatto e dice di avere cartelle cliniche e documenti d’identità.',
    });
    expect(story.jurisdictions).toEqual(['IT']);
    expect(
      classify({ title: 'Russian hackers leak patients’ records from a clinic', summary: 'The clinic said 4,000 records were taken.' }).jurisdictions,
    ).not.toContain('RU');
  });

  it('places a Beijing housing estate in China', () => {
    const estate = classify({
      title: '法学教授反对小区安装人脸识别门禁',
      summary: '清华大学法学院一名教授发现所住的北京小区要求业主录入人脸信息才能进出，认为强制采集缺乏合法依据。',
    });
    expect(estate.jurisdictions).toEqual(['CN']);
  });

  it('reads a German demonym in its neuter form, and a colon after it ends the place', () => {
    const story = classify({
      title: 'Österreichisches Spital: Hacker stehlen Daten von 3.000 Patienten',
      summary: 'Die Klinik hat Anzeige erstattet.',
    });
    expect(story.jurisdictions).toEqual(['AT']);
  });
});
