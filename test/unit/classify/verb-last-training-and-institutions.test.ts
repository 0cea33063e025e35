import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the institutions' cases, companies and figures are made up.
const classify = classifyChecked;

describe('a model trained on people’s records, with the verb last', () => {
  it('reads German health data a model was trained with, the verb far after the model', () => {
    const story = classify({
      title: 'KI schätzt Risiko für Herzkrankheiten',
      summary:
        'Forschende haben das Modell CardioNet mit den Gesundheitsdaten von rund 250.000 Teilnehmenden einer Langzeitstudie trainiert und an weiteren Registerdaten geprüft.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads Dutch register data of residents', () => {
    const story = classify({
      title: 'Onderzoekers trainen taalmodel op levensloop van inwoners',
      summary: 'Het AI-model is getraind op registergegevens over gezondheid, werk en inkomen van twee miljoen inwoners.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('does not reach back from the noun: a guide that mentions training is not about it', () => {
    const story = classify({
      title: 'Aufsichtsbehörden veröffentlichen Orientierungshilfe zu KI-Anwendungen',
      summary:
        'Die Datenschutzkonferenz gibt Unternehmen Hinweise, wie sie KI-Anwendungen datenschutzkonform auswählen und einsetzen, etwa ob eingegebene Daten zum Training verwendet werden.',
    });
    expect(story.topics).not.toContain('ai-training');
  });

  it('reads data fed into AI models as training', () => {
    const story = classify({
      title: 'Behördenbericht: Plattformen speichern Nutzerdaten unbegrenzt',
      summary:
        'Die Unternehmen hätten persönliche Daten von Nutzern und Nichtnutzern unbegrenzt gespeichert und in automatisierte Systeme und KI-Modelle eingespeist.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads recordings reviewed to improve speech recognition as training, in Chinese', () => {
    const story = classify({
      title: '智能音箱厂商恢复录音人工评估 用户须主动选择加入',
      summary: '该公司恢复由员工评估用户录音以改进语音识别的做法，但只有主动选择加入的用户的录音才会被人工审听。',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });
});

describe('spying, retention and scoring, in the languages that lacked them', () => {
  it('puts a state attorney general suing TV makers for spying on viewers in scope, in Spanish', () => {
    const story = classify({
      title: 'El fiscal general de Texas demanda a dos fabricantes de televisores por espiar lo que ven los usuarios',
      summary: 'Los acusa de usar el reconocimiento automático de contenido y explotar esos datos con fines publicitarios sin su consentimiento.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-TX']);
  });

  it('places a constitutional court striking down a data retention law in Belgium, in Dutch', () => {
    const story = classify({
      title: 'Grondwettelijk Hof vernietigt nieuwe dataretentiewet',
      summary: 'De algemene bewaarplicht voor metagegevens van alle gebruikers is in strijd met het recht op privacy, oordeelt het Hof.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toContain('BE');
  });

  it('puts the EU court on credit bureaus’ automated scores in scope', () => {
    const story = classify({
      title: 'EuGH: Auskunfteien müssen Bonitätsbewertungen erklären',
      summary:
        'Wer wegen einer automatisierten Bewertung keinen Kredit bekommt, darf erfahren, wie die Entscheidung zustande kam, urteilte der Europäische Gerichtshof.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['EU']);
  });
});

describe('institutions as their home press names them', () => {
  it('reads Singapore’s commission in Simplified Chinese, and leaves Macau’s bureau to Traditional', () => {
    const singapore = classify({
      title: '国会通过个人资料保护法令修正案',
      summary: '机构发生数据泄露须在三天内通知个人资料保护委员会，罚款上限提高至本地年营业额的10%。',
    });
    expect(singapore.jurisdictions).toEqual(['SG']);
    const macau = classify({
      title: '個人資料保護局對旅行社發出處罰',
      summary: '該旅行社未經同意把客戶的個人資料交予第三方，個人資料保護局對其罰款。',
    });
    expect(macau.jurisdictions).toEqual(['MO']);
  });

  it('places a family benefits fund’s scoring algorithm in France, not the EU, though the GDPR is named', () => {
    const story = classify({
      title: 'Algorithme de la CNAF : des associations saisissent le juge',
      summary: 'Elles estiment que le score de risque attribué aux allocataires traite des données personnelles en violation du RGPD.',
    });
    expect(story.jurisdictions).toEqual(['FR']);
  });

  it('reads an Israeli unit by its French demonym, and Italy’s postal police', () => {
    const israel = classify({
      title: 'Une unité militaire a entraîné un modèle de langage sur des conversations interceptées',
      summary: 'L’unité de renseignement israélienne a conçu l’outil en l’entraînant sur des conversations de personnes non suspectes.',
    });
    expect(israel.jurisdictions).toEqual(['IL']);
    const italy = classify({
      title: 'Foto di donne pubblicate senza consenso su un forum: indaga la Polizia Postale',
      summary: 'Centinaia di denunce dopo la chiusura del sito, dove le immagini erano diffuse senza consenso delle interessate.',
    });
    expect(italy.inScope).toBe(true);
    expect(italy.jurisdictions).toEqual(['IT']);
  });
});
