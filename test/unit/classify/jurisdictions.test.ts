import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import type { Classification, ClassifyInput } from '../../../functions/domain/classify/types.js';
import { evidenceFor, expectEvidenceInText } from './support.js';

function tag(input: ClassifyInput): Classification {
  const result = classifyStory(input);
  expect(result.inScope, 'the story should be in scope').toBe(true);
  expectEvidenceInText(input, result);
  return result;
}

describe('ambiguous place names', () => {
  it('reads Georgia as the US state when the story is about a governor and a state bill', () => {
    const result = tag({
      title: 'Georgia governor signs consumer data privacy bill',
      summary:
        'Georgia became the latest US state to pass a comprehensive privacy law after the governor signed a bill letting residents delete personal data held by companies.',
    });
    expect(result.jurisdictions).toEqual(['US-GA']);
    expect(result.jurisdictions).not.toContain('GE');
  });

  it('reads Georgia as the country when the story is about Tbilisi and its parliament', () => {
    const result = tag({
      title: 'Georgia adopts new personal data protection law',
      summary: 'The parliament in Tbilisi passed a law bringing Georgia closer to the GDPR, strengthening the Personal Data Protection Service.',
    });
    expect(result.jurisdictions).toEqual(['GE']);
  });

  it('tells Jersey the island from New Jersey the state', () => {
    const island = tag({
      title: 'Jersey regulator reprimands bank over data breach',
      summary:
        "The Jersey Office of the Information Commissioner said a bank in St Helier exposed customers' personal data by emailing statements to the wrong people.",
    });
    expect(island.jurisdictions).toEqual(['JE']);
    const state = tag({
      title: 'New Jersey publishes draft privacy rules',
      summary: 'New Jersey published draft regulations under its Data Privacy Act, setting out how companies must honour opt-out requests from residents.',
    });
    expect(state.jurisdictions).toEqual(['US-NJ']);
    expect(state.jurisdictions).not.toContain('JE');
  });

  it('reads Washington as the state when its attorney general sues under state law', () => {
    const result = tag({
      title: 'Washington sues app maker under My Health My Data Act',
      summary:
        "Washington's attorney general filed the first lawsuit under the state's health privacy law, accusing the company of selling consumers' health data without consent.",
    });
    expect(result.jurisdictions).toEqual(['US-WA']);
  });

  it('reads Washington as the federal government when Congress and the FTC are at work', () => {
    const result = tag({
      title: 'Washington weighs federal privacy law as FTC steps up enforcement',
      summary: 'Lawmakers in Washington debated a national privacy bill while the Federal Trade Commission fined a data broker for selling location data.',
    });
    expect(result.jurisdictions).toEqual(['US']);
    expect(result.jurisdictions).not.toContain('US-WA');
  });
});

describe('ambiguous law and regulator names resolved by context', () => {
  it('takes "PDPA" as Singapore’s law in a Singapore story', () => {
    const result = tag({
      title: 'Retailer fined under PDPA after customer data leak',
      summary: 'The PDPC in Singapore fined the retailer S$50,000 for failing to protect the personal data of 30,000 customers, a breach of the PDPA.',
    });
    expect(result.jurisdictions).toEqual(['SG']);
  });

  it('takes "PDPA" as Thailand’s law in a Thai story', () => {
    const result = tag({
      title: 'Hospital fined under PDPA for patient data leak',
      summary:
        "Thailand's Personal Data Protection Committee fined a private hospital in Bangkok for failing to secure patients' personal data under the PDPA.",
    });
    expect(result.jurisdictions).toEqual(['TH']);
  });

  it('takes "PDPA" as Malaysia’s law in a Malaysian story', () => {
    const result = tag({
      title: 'PDPA amendments take effect',
      summary:
        "Malaysia's amended Personal Data Protection Act introduces mandatory breach notification, the Personal Data Protection Commissioner said in Kuala Lumpur.",
    });
    expect(result.jurisdictions).toEqual(['MY']);
  });

  it('takes "Data Protection Act" as Kenya’s in a Kenyan story and the UK’s in a British one', () => {
    const kenya = tag({
      title: 'Regulator fines digital lender under Data Protection Act',
      summary:
        "Kenya's Office of the Data Protection Commissioner fined a lender in Nairobi for using borrowers' personal data to shame them, citing the Data Protection Act.",
    });
    expect(kenya.jurisdictions).toEqual(['KE']);
    const britain = tag({
      title: 'Council reprimanded under the Data Protection Act',
      summary:
        "The UK Information Commissioner's Office reprimanded a London council after it disclosed residents' personal data in breach of the Data Protection Act.",
    });
    expect(britain.jurisdictions).toEqual(['GB']);
  });

  it('drops an ambiguous term that nothing in the story resolves, but lets the feed break the tie', () => {
    const bare: ClassifyInput = {
      title: 'Company fined under the PDPA',
      summary: 'The regulator fined the company for leaking the personal data of its customers in a data breach.',
    };
    expect(tag(bare).jurisdictions).toEqual([]);
    expect(tag({ ...bare, feed: { jurisdiction: 'TH' } }).jurisdictions).toEqual(['TH']);
  });
});

describe('the EU, lead authorities and national regulators', () => {
  it('tags IE and EU when the Irish DPC decides as lead authority for all EU users', () => {
    const result = tag({
      title: 'Irish DPC fines TikTok over children’s data',
      summary:
        "Ireland's Data Protection Commission, acting as lead supervisory authority for EU users, fined TikTok €345 million under the GDPR after a binding decision by the European Data Protection Board.",
    });
    expect([...result.jurisdictions].sort()).toEqual(['EU', 'IE']);
  });

  it('tags only the country when a national regulator applies the GDPR at home', () => {
    const result = tag({
      title: 'CNIL fines retailer €2m over cookies',
      summary:
        "France's data protection authority, the CNIL, fined an online retailer under the GDPR for placing advertising cookies on French users' devices without consent.",
    });
    expect(result.jurisdictions).toEqual(['FR']);
    expect(result.mentions).toContain('EU');
  });

  it('tags a German state regulator’s action as DE', () => {
    const result = tag({
      title: 'Hamburg data protection authority fines fashion firm',
      summary:
        "The Hamburg Commissioner for Data Protection and Freedom of Information fined a clothing retailer for monitoring employees' private lives in breach of the GDPR.",
    });
    expect(result.jurisdictions).toEqual(['DE']);
  });

  it('tags IE and EU when the lead authority’s decision reaches across the union, without naming EU users', () => {
    const result = tag({
      title: 'Irish watchdog fines job site over behavioural advertising',
      summary:
        "Ireland's Data Protection Commission fined a careers network €80 million for profiling members to target advertising across the European Union without a valid legal basis. The network, headquartered in Sunnyvale, California, said it would appeal.",
    });
    expect([...result.jurisdictions].sort()).toEqual(['EU', 'IE']);
    expect(result.jurisdictions).not.toContain('US-CA');
  });

  it('tags a national regulator and the EU when the people at stake are Europeans', () => {
    const result = tag({
      title: 'Dutch regulator fines ride-hailing firm over drivers’ records',
      summary:
        "The Dutch Data Protection Authority fined a ride-hailing company €290 million after it kept European taxi drivers' identity documents and criminal records without safeguards.",
    });
    expect([...result.jurisdictions].sort()).toEqual(['EU', 'NL']);
  });

  it('tags EU when the EU body itself acts', () => {
    const result = tag({
      title: 'EDPB adopts opinion on AI models and personal data',
      summary:
        'The European Data Protection Board said AI developers must show a legitimate interest before training models on personal data scraped from the web.',
    });
    expect(result.jurisdictions).toEqual(['EU']);
  });
});

describe('Greater China and the feed’s own home', () => {
  it('keeps "China" and "Beijing" in a Hong Kong story as background: HK, not CN', () => {
    const result = tag({
      title: 'Hong Kong privacy watchdog arrests man over doxxing',
      summary:
        "Hong Kong's Privacy Commissioner for Personal Data arrested a man for doxxing a police officer. Beijing has urged the city to tighten security, and China's officials welcomed the move.",
    });
    expect(result.jurisdictions).toEqual(['HK']);
    expect(result.jurisdictions).not.toContain('CN');
  });

  it('tags mainland China alongside Hong Kong when mainland rules are at issue', () => {
    const result = tag({
      title: 'Mainland China and Hong Kong simplify cross-border transfers of personal information',
      summary: 'The Mainland and Hong Kong governments agreed a standard contract for personal information flowing within the Greater Bay Area.',
    });
    expect([...result.jurisdictions].sort()).toEqual(['CN', 'HK']);
    expect(result.jurisdictions).not.toContain('MO');
  });

  it('tags a Japanese story from a Hong Kong outlet as JP, not HK', () => {
    const result = tag({
      title: 'Japanese regulator orders messaging app to tighten data controls',
      summary:
        "Japan's Personal Information Protection Commission ordered the company to report after users' personal data was accessible to contractors overseas.",
      feed: { jurisdiction: 'HK', name: 'A Hong Kong news site' },
    });
    expect(result.jurisdictions).toEqual(['JP']);
  });
});

describe('several authorities and several laws', () => {
  it('tags every province whose commissioner joined a federal investigation', () => {
    const result = tag({
      title: 'Privacy commissioners find video app collected children’s data',
      summary:
        'A joint investigation by the federal privacy commissioner and his counterparts in Quebec, British Columbia and Alberta found the video app gathered personal information from young Canadians and used it to target advertising.',
    });
    expect([...result.jurisdictions].sort()).toEqual(['CA', 'CA-AB', 'CA-BC', 'CA-QC']);
  });

  it('knows Canada’s federal commissioner by its French name beside Quebec’s', () => {
    const result = tag({
      title: 'Fuite chez une caisse populaire de Laval : deux enquêtes ouvertes',
      summary:
        'La Commission d’accès à l’information et le Commissariat à la protection de la vie privée du Canada enquêtent sur la fuite des renseignements personnels de 40 000 membres.',
    });
    expect([...result.jurisdictions].sort()).toEqual(['CA', 'CA-QC']);
  });

  it('adds the country to a state’s story when a federal law is at issue too', () => {
    const result = tag({
      title: 'Therapy app sued over sharing patients’ answers with ad trackers',
      summary:
        'A class action filed in San Francisco says the app sent patients’ intake answers to advertisers through tracking pixels, in breach of the federal Wiretap Act and the California Invasion of Privacy Act.',
    });
    expect([...result.jurisdictions].sort()).toEqual(['US', 'US-CA']);
  });

  it('counts people one word after their place: “Irish Facebook users”', () => {
    const result = tag({
      title: 'Regulator questions social network over scraped profiles',
      summary: 'The data protection authority said the personal details of 500,000 Irish Facebook users had been scraped and published on a forum.',
    });
    expect(result.jurisdictions).toEqual(['IE']);
  });
});

describe('places that are not the story’s', () => {
  it('does not tag a company’s headquarters or a transfer’s destination', () => {
    const result = tag({
      title: 'Dutch regulator fines ride-hailing firm over driver data sent abroad',
      summary:
        "The Dutch Data Protection Authority fined San Francisco-based Uber €290 million for transferring Dutch drivers' personal data to the United States without safeguards.",
    });
    expect(result.jurisdictions).toEqual(['NL']);
    expect(result.mentions).toEqual(expect.arrayContaining(['US', 'US-CA']));
    expect(evidenceFor(result, 'mention', 'US-CA').map((item) => item.rule)).toEqual(['place:US-CA/san-francisco+seat']);
    expect(evidenceFor(result, 'mention', 'US').map((item) => item.rule)).toEqual(['name:US/united-states+transfer']);
  });

  it('does not tag the state a data broker is registered in', () => {
    const result = tag({
      title: 'State privacy agency fines data broker over ignored deletion requests',
      summary:
        "The California Privacy Protection Agency fined a Nevada-registered data broker $200,000 for ignoring consumers' requests to delete their information under the California Consumer Privacy Act.",
    });
    expect(result.jurisdictions).toEqual(['US-CA']);
  });

  it('does not tag the place a new law is modelled on', () => {
    const result = tag({
      title: 'Georgia Senate passes consumer privacy bill modelled on Virginia’s law',
      summary:
        "Georgia's state senators approved a bill giving residents the right to see and delete personal data that companies hold, closely patterned on Virginia's statute; the governor is expected to sign it.",
    });
    expect(result.jurisdictions).toEqual(['US-GA']);
    expect(result.mentions).toContain('US-VA');
  });

  it('does not tag a country named only as a comparison', () => {
    const result = tag({
      title: 'Hong Kong police to add facial recognition to street cameras',
      summary:
        'The police chief said the new cameras raise no privacy concerns and would follow guidance from the Privacy Commissioner for Personal Data. He cited similar camera networks in the UK and Singapore.',
    });
    expect(result.jurisdictions).toEqual(['HK']);
  });

  it('does not tag the dateline city', () => {
    const result = tag({
      title: 'Regulator fines telecom operator over customer data leak',
      summary:
        "LONDON (Reuters) - South Korea's Personal Information Protection Commission fined the operator after a breach exposed the personal data of 23 million subscribers.",
    });
    expect(result.jurisdictions).toEqual(['KR']);
    expect(result.jurisdictions).not.toContain('GB');
  });

  it('tags GLOBAL only for what is explicitly worldwide', () => {
    const worldwide = tag({
      title: 'Privacy regulators around the world warn on data scraping',
      summary:
        'Data protection authorities from around the world adopted a resolution at the Global Privacy Assembly on training AI models with scraped personal data.',
    });
    expect(worldwide.jurisdictions).toContain('GLOBAL');
    const fine = tag({
      title: 'Regulator fines platform 4% of global turnover',
      summary: "Italy's data protection authority, the Garante, fined the platform for processing users' personal data without a legal basis.",
    });
    expect(fine.jurisdictions).toEqual(['IT']);
  });

  it('tags a US state’s law as the state, and several states when several laws take effect', () => {
    const result = tag({
      title: 'New privacy laws take effect in three states',
      summary: 'Comprehensive privacy laws took effect in Delaware, Iowa and Nebraska on January 1, giving residents new rights over their personal data.',
    });
    expect([...result.jurisdictions].sort()).toEqual(['US-DE', 'US-IA', 'US-NE']);
  });
});
