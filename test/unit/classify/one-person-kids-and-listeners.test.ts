import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('one person’s nationality is who they are, not where the story is', () => {
  it('reads a demonym counted by an indefinite article and standing as a noun as background, in each language', () => {
    const cases: [string, string, string, string][] = [
      [
        'Confidential data of 5,000 clinic patients leaked online',
        'The Ministry of Health said the names and test results of 5,000 patients were leaked online by an American who had worked at the clinic as a contractor.',
        'US',
        'https://example.com/a',
      ],
      [
        'Fuite de données : les dossiers de 5 000 patients publiés en ligne',
        'Le ministère de la Santé indique que les données médicales de 5 000 patients ont été dérobées puis publiées en ligne par un Américain qui travaillait pour un prestataire.',
        'US',
        'https://example.com/b',
      ],
      [
        'Filtración de datos: publicados los historiales de 5.000 pacientes',
        'El Ministerio de Sanidad informó de que los historiales clínicos de 5.000 pacientes fueron publicados en internet por un estadounidense que trabajaba para un proveedor.',
        'US',
        'https://example.com/c',
      ],
      [
        'Un lanceur d’alerte dénonce l’écoute d’enregistrements vocaux',
        'Un Français qui travaillait pour un sous-traitant affirme avoir écouté chaque jour des conversations privées enregistrées par l’assistant vocal.',
        'FR',
        'https://example.com/d',
      ],
    ];
    for (const [title, summary, code, url] of cases) {
      const result = classify({ title, summary, url });
      expect(result.inScope, title).toBe(true);
      expect(result.jurisdictions, title).not.toContain(code);
      expect(
        evidenceFor(result, 'mention', code)
          .map((item) => item.rule)
          .join(' '),
        title,
      ).toMatch(/\+person/);
    }
  });

  it('still places a story by a nationality that qualifies a body or people at stake', () => {
    expect(
      classify({
        title: 'An American regulator fines app over children’s data',
        summary: 'The Federal Trade Commission said the app collected children’s personal data without their parents’ consent.',
      }).jurisdictions,
    ).toContain('US');
    expect(
      classify({
        title: 'Des données de patients français exposées',
        summary: 'Les dossiers médicaux de 30 000 patients français étaient accessibles en ligne, selon la CNIL.',
      }).jurisdictions,
    ).toEqual(['FR']);
  });
});

describe('a body Taiwan names in Traditional script', () => {
  it('is not Taiwan’s when a Simplified Chinese story names the same words for its own ministry', () => {
    const result = classify({
      title: '部长：警方可调取接触者追踪数据',
      summary: '内政部政务部长今天在国会答复议员提问时说，警方可依法为刑事调查调取“合力追踪”计划所收集的数据，引发国人对隐私保护的关注。',
    });
    expect(result.jurisdictions).toEqual(['SG']);
  });

  it('is Taiwan’s in Traditional script', () => {
    const result = classify({
      title: '內政部：戶政系統個資外洩 已報請偵辦',
      summary: '內政部表示，戶政系統遭不當查詢，約二千筆民眾個人資料外洩，已移送調查。',
    });
    expect(result.jurisdictions).toContain('TW');
  });
});

describe('AI training on kids’ data, and people listening to recordings in Dutch', () => {
  it('reads kids, minors and teenagers as people whose data a model is built with', () => {
    for (const who of ['kids', 'minors', 'teenagers']) {
      const result = classify({
        title: `Company must destroy algorithms built with ${who}' data, regulator says`,
        summary: 'The regulator fined the company for collecting personal information from children without parental consent.',
      });
      expect(result.topics, who).toContain('ai-training');
    }
  });

  it('reads Dutch staff listening in and typing out recordings as privacy, and improving speech recognition with them as AI training', () => {
    const result = classify({
      title: 'Techbedrijf luistert mee: medewerkers horen wat u tegen uw slimme speaker zegt',
      summary:
        'De opnames worden door medewerkers van een onderaannemer uitgetypt om de spraakherkenning te verbeteren, en sommige werden gemaakt zonder dat iemand het codewoord zei.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('ai-training');
    expect(evidenceFor(result, 'scope', 'in-scope').map((item) => item.term)).toEqual(expect.arrayContaining(['luistert mee', 'uitgetypt']));
  });
});

describe('the right to object to a use of one’s data, in each language', () => {
  it('counts as “right to object” and “opt out” do in English, beside AI training on people’s posts', () => {
    const cases: [string, string][] = [
      [
        'Plattform will Mitgliederfotos für KI nutzen',
        'Die Plattform will öffentliche Profile und Fotos ihrer Mitglieder künftig nutzen, um ihre künstliche Intelligenz zu verbessern; Nutzer können der Nutzung widersprechen.',
      ],
      ['Il social userà i post per la sua IA', 'Gli utenti possono opporsi all’uso dei loro post per addestrare l’intelligenza artificiale della piattaforma.'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });

  it('is not a privacy story by itself', () => {
    expect(
      classify({ title: 'Anwohner widersprechen dem Bauprojekt', summary: 'Mehr als 200 Anwohner legten Widerspruch gegen den Bebauungsplan ein.' }).inScope,
    ).toBe(false);
  });
});

describe('“public” alone is nobody’s data', () => {
  it('does not make a model trained on a public supercomputer AI training on people’s data', () => {
    const result = classify({
      title: 'Regulator fines platform over data breach',
      summary:
        'The data protection authority fined the platform €2 million after a breach exposed users’ emails. Separately, the company said its new language model had been trained on a public supercomputer.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).not.toContain('ai-training');
  });

  it('still reads public posts and profiles as people’s', () => {
    for (const summary of [
      'The regulator said scraping public profiles to train AI models may breach data protection law.',
      'The company will use public posts from adults to train its models from next month.',
    ]) {
      expect(classify({ title: 'Platform and regulator on AI training', summary }).topics, summary).toContain('ai-training');
    }
  });
});
