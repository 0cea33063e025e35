import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import { TOPICS, type ClassifyInput } from '../../../functions/domain/classify/types.js';
import { evidenceFor, expectEvidenceInText } from './support.js';

const linkedInStory: ClassifyInput = {
  id: 'linkedin-pcpd',
  title: "LinkedIn pauses AI training on Hong Kong users' data after privacy watchdog steps in",
  summary:
    "The Privacy Commissioner for Personal Data (PCPD) said LinkedIn had stopped using Hong Kong members' profiles to train its " +
    'generative AI models, after the watchdog raised concerns that users had been opted in by default. Members elsewhere can ' +
    'opt out in their settings; the platform says it does not train on users in the EU, the EEA, the UK or Switzerland.',
  feed: { jurisdiction: 'HK', name: 'A Hong Kong news site' },
};

describe('classifyStory: the flagship LinkedIn story', () => {
  const result = classifyStory(linkedInStory);

  it('is in scope, about Hong Kong, with the places LinkedIn spares only mentioned', () => {
    expect(result.inScope).toBe(true);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.jurisdictions).toEqual(['HK']);
    expect(result.mentions).toEqual(expect.arrayContaining(['EU', 'EEA', 'GB', 'CH']));
    expect(result.jurisdictions).not.toContain('CN');
  });

  it('carries the topics an editor expects', () => {
    expect(result.topics).toEqual(expect.arrayContaining(['privacy', 'ai-training', 'consent', 'enforcement']));
    expect(result.topics.every((topic) => (TOPICS as readonly string[]).includes(topic))).toBe(true);
  });

  it('shows the PCPD and Hong Kong as evidence, with offsets that point at the words', () => {
    const hongKong = evidenceFor(result, 'jurisdiction', 'HK');
    expect(hongKong.some((item) => item.term === 'PCPD' && item.rule === 'regulator:HK/PCPD')).toBe(true);
    expect(hongKong.some((item) => item.term === 'Hong Kong')).toBe(true);
    const pcpd = hongKong.find((item) => item.term === 'PCPD')!;
    expect(linkedInStory.summary.slice(pcpd.offset, pcpd.offset + 4)).toBe('PCPD');
    expectEvidenceInText(linkedInStory, result);
  });

  it('gives evidence for every tag and for the scope decision', () => {
    for (const code of result.jurisdictions) expect(evidenceFor(result, 'jurisdiction', code).length).toBeGreaterThan(0);
    for (const code of result.mentions) expect(evidenceFor(result, 'mention', code).length).toBeGreaterThan(0);
    for (const topic of result.topics) expect(evidenceFor(result, 'topic', topic).length).toBeGreaterThan(0);
    expect(evidenceFor(result, 'scope', 'in-scope').length).toBeGreaterThan(0);
    const training = evidenceFor(result, 'topic', 'ai-training');
    expect(training.some((item) => item.rule === 'topic:ai-training/train-models' && /train/i.test(item.term))).toBe(true);
    expect(evidenceFor(result, 'topic', 'consent').some((item) => /opt/i.test(item.term))).toBe(true);
  });

  it('reads the full text when the feed carries it, ignoring the footer', () => {
    const withBody = classifyStory({
      title: 'LinkedIn halts AI training on local data',
      summary: '',
      body:
        "LinkedIn has stopped using Hong Kong users' personal data to train its AI models, the Privacy Commissioner for Personal " +
        'Data said on Tuesday, after the watchdog warned users about default settings.\n\n' +
        'About the author: a graduate of the Chinese University of Hong Kong, who covered the Beijing-imposed security law.',
    });
    expect(withBody.inScope).toBe(true);
    expect(withBody.jurisdictions).toEqual(['HK']);
  });
});

describe('classifyStory: what stays out', () => {
  const outOfScope: [string, ClassifyInput][] = [
    [
      'window "privacy" in home decor',
      { title: 'Bedroom window privacy ideas', summary: 'Frosted films and blinds block the view from the street while letting the light in.' },
    ],
    [
      'a celebrity asking for privacy',
      {
        title: 'Royal couple ask photographers to respect their privacy',
        summary: 'The duke and duchess said paparazzi had followed their children and asked for privacy after the birth.',
      },
    ],
    [
      'AI chips with no personal data',
      {
        title: 'Chipmaker posts record profit as AI demand soars',
        summary: 'Revenue from data-centre processors and AI chips doubled, the semiconductor company said.',
      },
    ],
    [
      'an AI copyright lawsuit',
      {
        title: 'Authors sue AI company over training on their books',
        summary: 'The lawsuit says copyrighted novels were used without permission to train the chatbot, seeking royalties for the authors.',
      },
    ],
    [
      'a cyber attack with no personal data',
      {
        title: 'Government websites knocked offline in DDoS attack',
        summary: 'Hackers took the ministry websites down for several hours; officials said no systems were breached.',
      },
    ],
    [
      'freedom of information',
      {
        title: 'Ministry ordered to release files under freedom of information law',
        summary: 'The tribunal said the public interest in the documents outweighed the cost of finding them.',
      },
    ],
    [
      'politics naming data in passing',
      {
        title: 'Police launch national security hotline',
        summary: 'Residents can report suspected sedition by email; police said informants would be handled under existing rules.',
      },
    ],
  ];
  for (const [name, input] of outOfScope) {
    it(`leaves out ${name}, with no tags`, () => {
      const result = classifyStory(input);
      expect(result.inScope).toBe(false);
      expect(result.score).toBeLessThan(0.5);
      expect(result.jurisdictions).toEqual([]);
      expect(result.topics).toEqual([]);
      expect(result.evidence.every((item) => item.kind === 'scope')).toBe(true);
    });
  }

  it('leaves out an information commissioner’s freedom-of-information decision', () => {
    const result = classifyStory({
      title: 'Information Commissioner orders council to publish contract papers',
      summary:
        "Britain's Information Commissioner's Office told a county council to release the documents behind a road contract, ruling under the Freedom of Information Act that the public interest outweighed the contractor's objections.",
    });
    expect(result.inScope).toBe(false);
    expect(evidenceFor(result, 'scope', 'out-of-scope').map((item) => item.rule)).toContain('negative:freedom-of-information');
  });

  it('leaves out an access-to-records order even when the regulator’s privacy remit is spelt out', () => {
    const result = classifyStory({
      title: 'Information regulator orders ministry to hand over tender files',
      summary:
        'The Information Regulator, which enforces both the Protection of Personal Information Act and the Promotion of Access to Information Act, ordered a ministry to give a reporter the tender files it had withheld for a year.',
    });
    expect(result.inScope).toBe(false);
  });

  it('keeps a data protection story that mentions freedom of information along the way', () => {
    const result = classifyStory({
      title: 'Swiss commissioner says revised law gives it new powers',
      summary:
        'The FDPIC said the revised Federal Act on Data Protection takes effect in September and lets it open investigations on its own; it will also report on exemptions from the Freedom of Information Act.',
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['CH']);
  });

  it('leaves out a cyber attack whose operator says no personal data was touched', () => {
    const result = classifyStory({
      title: 'Cyber attack shuts ferry ticket machines for a day',
      summary:
        'Ticket machines at every pier stopped working after an attack on the operator’s payment network. The company said passenger records sit on separate systems and were not affected, and that no personal data had been taken.',
    });
    expect(result.inScope).toBe(false);
    expect(evidenceFor(result, 'scope', 'out-of-scope').map((item) => item.rule)).toContain('negative:no-personal-data');
  });

  it('keeps a breach story that says what was not taken besides what was', () => {
    const result = classifyStory({
      title: 'Hackers steal customer records from ferry operator',
      summary:
        'Customer records of 80,000 passengers were stolen in an attack on the ferry operator, which said card numbers were not affected; the privacy commissioner has opened an investigation.',
    });
    expect(result.inScope).toBe(true);
  });

  it('says why a story was left out when there is a reason to give', () => {
    const result = classifyStory(outOfScope[2][1]);
    expect(evidenceFor(result, 'scope', 'out-of-scope').map((item) => item.rule)).toContain('negative:ai-business');
  });

  it('takes a privacy story with one loose word in it', () => {
    const result = classifyStory({
      title: 'Regulator fines retailer over customer data leak',
      summary:
        "Singapore's Personal Data Protection Commission fined the retailer after hackers stole the personal data of 30,000 customers; the firm's revenue was unaffected.",
    });
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toEqual(['SG']);
    expect(result.topics).toEqual(expect.arrayContaining(['privacy', 'breach', 'enforcement']));
  });
});

describe('classifyStory: training on people’s data', () => {
  it('counts face recognition built from users’ photos as AI training on personal data', () => {
    const result = classifyStory({
      title: 'Photo app told to delete face models built from customers’ pictures',
      summary:
        "The FTC said the storage app used millions of its users' photos to build its own face-recognition technology without asking them, and ordered it to delete the models.",
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('ai-training');
    expect(result.jurisdictions).toEqual(['US']);
  });

  it('does not count a police force’s use of facial recognition as training', () => {
    const result = classifyStory({
      title: 'Police expand facial recognition at train stations',
      summary:
        "The force said its live facial recognition cameras would scan commuters' faces against a watchlist; the privacy regulator asked for an impact assessment.",
    });
    expect(result.topics).not.toContain('ai-training');
  });
});

describe('classifyStory: inputs at the edges', () => {
  it('handles an empty story', () => {
    expect(classifyStory({ title: '', summary: '' })).toEqual({
      inScope: false,
      score: 0,
      jurisdictions: [],
      mentions: [],
      topics: [],
      evidence: [],
      language: 'und',
    });
  });

  it('gives the same answer twice (no state carried between stories)', () => {
    expect(classifyStory(linkedInStory)).toEqual(classifyStory(linkedInStory));
  });
});
