import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, people, places' institutions and figures are made up.
const classify = classifyChecked;

describe('privacy as courts and lawmakers name it in each language', () => {
  it('reads scanning everyone’s private chats as a privacy matter, and a Council presidency as no jurisdiction', () => {
    const story = classify({
      title: 'Chatkontrolle: Bundesregierung lehnt EU-Plan ab',
      summary: 'Deutschland werde dem Vorschlag der dänischen Ratspräsidentschaft nicht zustimmen: Eine anlasslose Kontrolle privater Chats sei tabu.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toContain('DE');
    expect(story.jurisdictions).not.toContain('DK');
  });

  it('reads one’s personality right before a regional court as privacy litigation', () => {
    const story = classify({
      title: 'Landgericht Erfurt: Plattform muss Nutzer wegen Tracking 3000 Euro zahlen',
      summary: 'Das Gericht sah in der Sammlung von Daten über den Nutzer auf fremden Websites einen schweren Eingriff in sein Persönlichkeitsrecht.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
  });

  it('reads automated decisions about drivers as a data protection case', () => {
    const story = classify({
      title: 'Rechter: taxiplatform moet chauffeurs inzage geven',
      summary: 'De rechtbank Rotterdam draagt het platform op chauffeurs inzicht te geven in geautomatiseerde beslissingen over hun verdiensten.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['NL']);
  });

  it('reads private conversations recorded by an assistant in an Italian class action', () => {
    const story = classify({
      title: 'Assistente vocale, Zwingo pagherà 20 milioni di dollari per chiudere la causa collettiva',
      summary: 'Secondo la causa davanti al tribunale federale di San Francisco, l’assistente registrava conversazioni private degli utenti.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US']);
  });
});

describe('the people who label training data, and what they saw', () => {
  it('reads intimate videos shared by labellers training a driving system as AI training on people’s data', () => {
    const story = classify({
      title: 'Empleados de Rodar compartieron vídeos íntimos grabados por las cámaras de los coches',
      summary: 'Los trabajadores que etiquetaban grabaciones de los vehículos para entrenar el sistema de conducción asistida se pasaban imágenes de clientes.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });
});

describe('what is not the story’s', () => {
  it('does not tag the country of an outlet cited in Chinese, and keeps a law’s place', () => {
    const outlet = classify({
      title: '大學下架校園人臉數據集 學生不知情被拍',
      summary: '據英國《金融時報》報道，美國一所大學已下線由校園監控攝像頭拍攝、涉及二千多名學生的數據集，此前被用於訓練人臉識別算法。',
    });
    expect(outlet.inScope).toBe(true);
    expect(outlet.jurisdictions).toEqual(['US']);
    const law = classify({
      title: '私隱專員：公司違反香港《個人資料(私隱)條例》',
      summary: '公署調查後發現公司未有妥善保障客戶個人資料。',
    });
    expect(law.jurisdictions).toEqual(['HK']);
  });

  it('keeps a ruling on access to public documents out, and an attack that took no one’s data', () => {
    const documents = classify({
      title: 'Le Tribunal de l’UE désavoue la Commission sur l’accès aux documents',
      summary: 'La Commission n’a pas démontré que divulguer les noms des négociateurs porterait atteinte à leur vie privée.',
    });
    expect(documents.inScope).toBe(false);
    const attack = classify({
      title: 'Cyberaanval legt telecomprovider plat',
      summary: 'Volgens het bedrijf zijn er geen persoonsgegevens van abonnees buitgemaakt.',
    });
    expect(attack.inScope).toBe(false);
  });
});

describe('what the fifth set showed missing', () => {
  it('gives a law name Spain and Ecuador share to the country the story names', () => {
    const ecuador = classify({
      title: 'Ecuador aprueba su ley de protección de datos personales',
      summary: 'La Asamblea Nacional de Ecuador aprobó la Ley Orgánica de Protección de Datos Personales, que reconoce el derecho de eliminación de los datos.',
    });
    expect(ecuador.jurisdictions).toEqual(['EC']);
    const spain = classify({
      title: 'La AEPD multa a una aseguradora',
      summary: 'La Agencia Española de Protección de Datos sanciona a la empresa por vulnerar la Ley Orgánica de Protección de Datos Personales.',
    });
    expect(spain.jurisdictions).toEqual(['ES']);
  });

  it('reads a voice assistant by its name as AI that listening to recordings improves', () => {
    const story = classify({
      title: 'Enquête sur les enregistrements d’un assistant vocal',
      summary:
        'Un ancien sous-traitant chargé d’écouter des enregistrements de conversations d’utilisateurs afin d’améliorer les performances de Siri témoigne.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads a leak told with expone, and posts collected without users’ consent for training', () => {
    const leak = classify({
      title: 'Una aplicación de campaña expone los datos de millones de votantes',
      summary: 'Un fallo dejó al descubierto nombres, números de identidad y direcciones de todo el padrón electoral.',
    });
    expect(leak.inScope).toBe(true);
    const posts = classify({
      title: '研究員上傳百萬則社群貼文資料集 遭批評後下架',
      summary: '一名研究員收集用戶貼文，整理成供訓練AI模型使用的資料集，由於未徵得用戶同意而引起批評。',
    });
    expect(posts.inScope).toBe(true);
    expect(posts.topics).toContain('ai-training');
  });
});
