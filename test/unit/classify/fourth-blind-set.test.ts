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
