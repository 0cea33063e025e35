import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('identity documents a breach lists, and the places a city or a state gives', () => {
  it('reads passports and identity cards threatened with publication as a breach, in Dutch', () => {
    const story = classify({
      title: 'Gemeente Gent getroffen door cyberaanval, criminelen dreigen gegevens te lekken',
      summary: 'De hackers eisen losgeld en dreigen persoonlijke informatie, paspoorten en identiteitskaarten van inwoners te publiceren.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['BE']);
    expect(story.topics).toContain('breach');
  });

  it('places a provincial government’s stolen documents in Austria', () => {
    const story = classify({
      title: 'Nach Cyberangriff auf die Steiermark: Erpresser stellen Ausweise ins Darknet',
      summary: 'Unter den veröffentlichten Dateien sind nach Angaben des Landes Reisepässe und Ausweiskopien von Bürgerinnen und Bürgern.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['AT']);
  });

  it('places a story by the Greek authority’s adjective', () => {
    const story = classify({
      title: 'Multa da 90 mila euro a un ospedale per le cartelle cliniche inviate per errore',
      summary: 'L’Autorità ellenica per la protezione dei dati ha sanzionato la struttura per aver spedito referti di pazienti a destinatari sbagliati.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['GR']);
  });
});

describe('data read from the brain', () => {
  it('makes a court ordering a headset maker to delete brain data a privacy story', () => {
    const story = classify({
      title: 'Un tribunal ordena a una empresa de diademas borrar los datos cerebrales de un usuario',
      summary: 'El fallo considera que la compañía conservó sin consentimiento válido la actividad registrada por el dispositivo.',
    });
    expect(story.inScope).toBe(true);
  });
});

describe('whose data a model is fine-tuned or trained on', () => {
  it('reads fine-tuning with personal data in Dutch', () => {
    const story = classify({
      title: 'Toezichthouder: wie een taalmodel fijnafstemt met klantgegevens, moet klanten informeren',
      summary: 'Een bedrijf dat een AI-model fine-tunet met persoonsgegevens voor zijn eigen dienst is daarvoor verantwoordelijk, aldus de toezichthouder.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads a country limiting foreign AI training on its citizens’ data, in French', () => {
    const story = classify({
      title: 'Le Ghana veut encadrer l’utilisation des données de ses citoyens pour entraîner des IA',
      summary: 'Le gouvernement prévoit de restreindre l’accès des entreprises étrangères aux données collectées dans le pays pour entraîner leurs modèles.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads consent to train models as people’s data, in Italian', () => {
    const story = classify({
      title: 'Linee guida dell’autorità: il consenso per addestrare i modelli deve poter essere revocato',
      summary: 'Chi sviluppa sistemi di intelligenza artificiale deve poter cancellare i dati di chi ritira il consenso.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('does not read publishers’ permission as people’s consent', () => {
    const story = classify({
      title: 'Uitgevers slepen AI-bedrijf voor de rechter',
      summary: 'Volgens de kranten zijn hun artikelen zonder toestemming gekopieerd om een taalmodel te trainen.',
    });
    expect(story.inScope).toBe(false);
  });

  it('places “domestic” models in mainland China, in Simplified Chinese', () => {
    const story = classify({
      title: '多款国产大模型默认将用户对话用于训练',
      summary: '测评发现，多数产品的隐私政策允许将用户输入的内容用于模型训练，且关闭入口难以找到。',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['CN']);
    expect(story.topics).toContain('ai-training');
  });
});
