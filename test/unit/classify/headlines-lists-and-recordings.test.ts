import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people, places' institutions and figures are made up.
const classify = classifyChecked;

describe('a sanction in the headline, the regulator in the lead sentence', () => {
  it('is a privacy regulator’s enforcement, in German and in French', () => {
    const german = classify({
      title: '12 Millionen Euro Bußgeld gegen Modehaus Larsen',
      summary:
        'Vorgesetzte hatten Notizen über Krankheiten und Familienverhältnisse der Beschäftigten gesammelt, teilte der Hamburgische Datenschutzbeauftragte mit.',
    });
    expect(german.inScope).toBe(true);
    expect(german.jurisdictions).toEqual(['DE']);
    expect(german.topics).toContain('enforcement');
    expect(evidenceFor(german, 'scope', 'in-scope').map((item) => item.rule)).toContain('scope:regulator-sanction');
    const french = classify({
      title: 'Sanction de 90 000 euros à l’encontre de la société Pistel',
      summary: 'La CNIL reproche à l’éditeur d’avoir revendu les coordonnées de ses utilisateurs sans base légale.',
    });
    expect(french.inScope).toBe(true);
    expect(french.topics).toContain('enforcement');
  });

  it('leaves a sanction that is not the privacy regulator’s alone', () => {
    const story = classify({
      title: '12 Millionen Euro Bußgeld gegen Modehaus Larsen',
      summary: 'Das Kartellamt wirft dem Unternehmen Preisabsprachen mit Zulieferern vor.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('a regulator and its counterparts, a list of places each with its own link word', () => {
  it('tags each province after "ses homologues du …, de la … et de l’…"', () => {
    const story = classify({
      title: 'Les commissaires concluent que l’application Caféo a suivi ses utilisateurs',
      summary:
        'Le commissaire fédéral à la protection de la vie privée et ses homologues du Québec, de la Colombie-Britannique et de l’Alberta concluent que l’application recueillait des données de localisation.',
    });
    expect([...story.jurisdictions].sort()).toEqual(['CA', 'CA-AB', 'CA-BC', 'CA-QC']);
    // British Columbia's French name is one place, not Colombia and a Briton.
    expect(story.mentions).not.toContain('CO');
    expect(story.mentions).not.toContain('GB');
  });
});

describe('an effect throughout the Union, wherever the story says it', () => {
  it('adds the EU beside the lead regulator from a later sentence', () => {
    const story = classify({
      title: 'Multa da 40 milioni per Zappa dall’autorità irlandese',
      summary:
        'La Commissione irlandese per la protezione dei dati ha sanzionato Zappa per i dati degli utenti minorenni. La decisione vale per gli utenti di tutta l’Unione.',
    });
    expect(story.jurisdictions).toEqual(['IE', 'EU']);
  });
});

describe('people paid to listen to what others said to a device', () => {
  it('is a privacy story, and training when it is to improve speech recognition', () => {
    const dutch = classify({
      title: 'Medewerkers van Zwingo luisteren mee met spraakopdrachten',
      summary: 'Externe medewerkers tikken fragmenten uit om de spraakherkenning te verbeteren, ook van opnames die per vergissing zijn gemaakt.',
    });
    expect(dutch.inScope).toBe(true);
    expect(dutch.topics).toContain('ai-training');
    const german = classify({
      title: 'Zwingo stoppt Auswertung von Sprachbefehlen',
      summary: 'Externe Dienstleister hatten Mitschnitte von Anfragen angehört, um die Spracherkennung zu verbessern.',
    });
    expect(german.inScope).toBe(true);
    expect(german.topics).toContain('ai-training');
  });
});

describe('places named as examples of where work is done', () => {
  it('are not the story’s jurisdictions', () => {
    const story = classify({
      title: 'Miles de empleados de Zwingo escuchan lo que los usuarios dicen a su altavoz',
      summary: 'La empresa emplea a personas en lugares como Boston, Costa Rica, India y Rumanía para escuchar y transcribir grabaciones de voz.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual([]);
  });
});

describe('personality rights in Chinese law', () => {
  it('make a privacy story of a voice used to train a model without consent', () => {
    const story = classify({
      title: '配音员诉软件公司声音侵权案一审宣判',
      summary: '上海一家法院认定，被告擅自使用原告的录音训练AI语音产品，侵害其声音权益，属于人格权侵权。',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
    expect(story.jurisdictions).toEqual(['CN']);
  });
});

describe('a court ruling on the data protection law, in the court’s own words', () => {
  it('reads AVG in a Dutch story as the GDPR, and the court’s city as the country', () => {
    const story = classify({
      title: 'Rechter: hogeschool mag toezichtsoftware gebruiken bij tentamens',
      summary: 'De voorzieningenrechter in Utrecht wijst de eis van de studentenraad af, die vond dat de software in strijd is met de AVG.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['NL']);
    expect(story.topics).toContain('litigation');
  });

  it('leaves AVG in an English story a backup word only', () => {
    const story = classify({ title: 'AVG releases a new version of its antivirus suite', summary: 'The update adds a faster scan.' });
    expect(story.inScope).toBe(false);
  });
});

describe('places the taxonomy lacked, and top courts that place a story', () => {
  it('places a leak in Ecuador and a ruling of Mexico’s supreme court', () => {
    const ecuador = classify({
      title: 'Filtración expone datos personales de millones de habitantes de Ecuador',
      summary: 'Un servidor mal configurado dejó al descubierto números de cédula y direcciones.',
    });
    expect(ecuador.jurisdictions).toEqual(['EC']);
    const mexico = classify({
      title: 'La Suprema Corte de Justicia de la Nación invalida un registro de datos biométricos',
      summary: 'El pleno consideró que vincular cada línea telefónica con la CURP y datos biométricos vulnera la protección de datos personales.',
    });
    expect(mexico.jurisdictions).toEqual(['MX']);
  });

  it('reads facial recognition at the front of a compound', () => {
    const story = classify({
      title: 'Politie testte gezichtsherkenningssoftware zonder wettelijke basis',
      summary: 'Het Controleorgaan op de politionele informatie noemt het gebruik door Belgische speurders onwettig.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['BE']);
  });
});

describe('an attack that officials say took no one’s data, in the other languages', () => {
  it('keeps the story out of scope', () => {
    const story = classify({
      title: 'Attacco hacker alla Provincia di Vallombra, bloccato il portale delle prenotazioni',
      summary: 'Un attacco ransomware ha fermato i sistemi; l’assessore ha assicurato che i dati sanitari non sono stati sottratti.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('more of what the second new set showed missing', () => {
  it('tags the provinces in a headline list after the commissioners’ remit, by their short names too', () => {
    const story = classify({
      title: 'Les commissaires à la vie privée du Canada, du Québec, de la C.-B. et de l’Alberta enquêtent sur Parlo',
      summary: 'Ils examineront si l’entreprise a obtenu un consentement valable pour utiliser des renseignements personnels.',
    });
    expect([...story.jurisdictions].sort()).toEqual(['CA', 'CA-AB', 'CA-BC', 'CA-QC']);
  });

  it('reads a French chatbot and training a facial recognition system as AI training on people’s data', () => {
    const french = classify({
      title: 'Enquête sur Parlo',
      summary: 'Le commissaire vérifiera l’usage des renseignements personnels qui ont servi à entraîner son robot conversationnel.',
    });
    expect(french.topics).toContain('ai-training');
    const spanish = classify({
      title: 'Borran una base de datos con millones de fotos de caras usada para entrenar reconocimiento facial',
      summary: 'Las imágenes de miles de personas se descargaron de internet sin su consentimiento.',
    });
    expect(spanish.topics).toContain('ai-training');
  });

  it('does not read feeding a face search database as training', () => {
    const story = classify({
      title: 'Reconnaissance faciale : la CNIL sanctionne la société Visio',
      summary: 'La CNIL inflige une amende à Visio, qui collecte des photos sur internet pour alimenter sa base de reconnaissance faciale.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).not.toContain('ai-training');
  });

  it('keeps a chip card out of the chip business, and reads the short name for data protection in Taiwan', () => {
    const story = classify({
      title: '數位身分證換發暫緩 行政院：待專法完成再議',
      summary: '外界對晶片卡資安及個資保護疑慮未解，行政院表示將待專法完成後再推動。',
    });
    expect(story.evidence.filter((item) => item.tag === 'out-of-scope')).toEqual([]);
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.term)).toContain('個資保護');
  });

  it('reads worldwide in German and Flemish users as Belgium’s', () => {
    const german = classify({
      title: 'Zwingo stoppt das Anhören von Sprachaufnahmen weltweit',
      summary: 'Externe Dienstleister hatten Mitschnitte von Anfragen angehört, um die Spracherkennung zu verbessern.',
    });
    expect(german.jurisdictions).toEqual(['GLOBAL']);
    const flemish = classify({
      title: 'Medewerkers luisteren mee met opnames van Vlaamse gebruikers',
      summary: 'Externe medewerkers tikken spraakopdrachten uit om de spraakherkenning te verbeteren.',
    });
    expect(flemish.jurisdictions).toEqual(['BE']);
  });
});
