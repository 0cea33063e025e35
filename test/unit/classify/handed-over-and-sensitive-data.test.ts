import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, apps, agencies, people and figures are made up.
const classify = classifyChecked;

interface Case {
  readonly title: string;
  readonly summary: string;
}

describe('people’s data handed to advertisers, brokers, insurers or fraudsters', () => {
  it('is a privacy story in each language', () => {
    const cases: Case[] = [
      {
        title: "Dating app shared users' HIV status with outside firms",
        summary:
          "An investigation found Spectra, an app popular with gay and bisexual men, passed users' self-reported HIV status and last test dates to two analytics companies along with their GPS location.",
      },
      {
        title: '交友App被揭將用戶HIV狀態分享給第三方',
        summary: '調查發現，同志交友軟體「彩虹圈」將用戶自填的HIV感染狀態與定位資料傳給廣告分析公司，民團要求主管機關介入。',
      },
      {
        title: '交友软件被曝向第三方共享用户艾滋病感染状况',
        summary: '研究人员发现，社交软件“遇见”将用户填写的HIV状态及最近检测日期发送给多家数据分析服务商，引发用户强烈不满。',
      },
      {
        title: 'Une appli de rencontre transmettait le statut VIH de ses membres',
        summary:
          "Selon une enquête, l'application Kiffr partageait avec des prestataires publicitaires le statut sérologique déclaré par ses utilisateurs. Des associations de lutte contre le sida saisissent le régulateur.",
      },
      {
        title: 'Dating-App gab HIV-Status an Drittfirmen weiter',
        summary:
          'Die App Funkenflug übermittelte Recherchen zufolge den HIV-Status ihrer Nutzer samt Standort an Werbedienstleister. Die Aidshilfe spricht von einem Skandal.',
      },
      {
        title: 'Una app de citas compartió el estado serológico de sus usuarios',
        summary:
          'La aplicación Chispa enviaba a empresas externas si sus usuarios eran VIH positivos, junto con su ubicación, según una investigación periodística.',
      },
      {
        title: 'App di incontri condivideva lo stato Hiv degli utenti con aziende terze',
        summary:
          "Secondo un'inchiesta, Scintilla trasmetteva a società di marketing lo stato sierologico dichiarato dagli iscritti. Le associazioni chiedono l'intervento del Garante.",
      },
      {
        title: 'Datingapp deelde hiv-status van gebruikers met andere bedrijven',
        summary:
          'Uit onderzoek blijkt dat de app Vonk de hiv-status en locatie van gebruikers doorstuurde naar analysebedrijven. Belangenorganisaties eisen opheldering.',
      },
      { title: '經期App偷傳生理週期資料給廣告商', summary: '研究人員發現，下載量破百萬的「月曆小助手」將使用者的月經日期、備孕狀態等敏感資訊提供給廣告平台。' },
      {
        title: 'Une appli de suivi des règles livrait les données de ses utilisatrices aux annonceurs',
        summary:
          "L'application Lunea transmettait les dates de cycle et les projets de grossesse à des régies publicitaires, révèle une association de consommateurs.",
      },
      {
        title: 'Zyklus-App gab intime Daten an Werbefirmen weiter',
        summary:
          'Die Perioden-App Mondkalender teilte Angaben zu Menstruation und Kinderwunsch mit Werbenetzwerken. Verbraucherschützer haben Beschwerde eingelegt.',
      },
      {
        title: 'Una app de seguimiento menstrual cedía datos a anunciantes',
        summary:
          'Ciclia compartía con redes publicitarias las fechas de la regla y si la usuaria buscaba quedarse embarazada, según el análisis de una organización de consumidores.',
      },
      {
        title: 'App per il ciclo mestruale passava i dati alle agenzie pubblicitarie',
        summary:
          "Luna Mia inviava informazioni su ciclo, sintomi e ricerca di una gravidanza a società di advertising, denuncia un'associazione di consumatori.",
      },
      {
        title: 'Menstruatie-app deelde gegevens met adverteerders',
        summary: 'De app Cyclus+ stuurde informatie over menstruatie en kinderwens door naar advertentiebedrijven, ontdekte een consumentenorganisatie.',
      },
      {
        title: 'Your TV is watching you: maker sold viewing habits to advertisers',
        summary: 'Televix smart TVs captured what was on screen every few seconds and sold the resulting viewing profiles to ad firms, a regulator found.',
      },
      {
        title: '智慧電視偷記收視紀錄 轉賣廣告商',
        summary: '消保團體指出，某品牌智慧電視預設開啟「內容辨識」功能，持續擷取畫面比對節目，再將觀眾收視習慣賣給廣告業者。',
      },
      {
        title: '智能电视偷偷记录收视习惯 数据被打包卖给广告商',
        summary: '记者调查发现，某品牌智能电视默认开启内容识别功能，持续采集用户观看的节目信息，并出售给广告公司用于精准投放。',
      },
      {
        title: 'Les téléviseurs connectés de Visiona espionnaient leurs téléspectateurs',
        summary: 'Les écrans analysaient en continu les programmes regardés et revendaient ces profils à des annonceurs, sans consentement clair.',
      },
      {
        title: 'Smart-TVs protokollieren, was Zuschauer sehen',
        summary:
          'Fernseher des Herstellers Bildhaus erkennen per Bildabgleich jede Sendung und verkaufen die Sehgewohnheiten an Werbevermarkter. Datenschützer prüfen den Fall.',
      },
      {
        title: 'Los televisores inteligentes de una marca registraban todo lo que veía el usuario',
        summary:
          'Los aparatos de Pantallux identificaban cada programa y vendían los hábitos de visionado a anunciantes, según la denuncia de una asociación de consumidores.',
      },
      {
        title: 'Smart tv che spiano: i dati di visione venduti agli inserzionisti',
        summary: "I televisori Visivo registravano programmi e canali guardati e cedevano i profili alle agenzie pubblicitarie. Aperta un'istruttoria.",
      },
      {
        title: 'Slimme tv houdt bij wat je kijkt en verkoopt dat door',
        summary: "Televisies van Beeldhuis herkennen welke programma's er aanstaan en verkopen die kijkgegevens aan adverteerders, blijkt uit onderzoek.",
      },
      {
        title: 'Un constructeur transmettait la conduite de ses clients aux assureurs',
        summary:
          'Freinages brusques, excès de vitesse, trajets nocturnes : les données des voitures connectées Aurane étaient revendues à des assureurs, selon une action collective.',
      },
      {
        title: 'Un fabricante de coches vendía a las aseguradoras cómo conducían sus clientes',
        summary:
          'Los vehículos conectados de Movera registraban frenazos y excesos de velocidad, datos que acababan en manos de aseguradoras que subían las primas.',
      },
      {
        title: "Bank clerk sold customers' account details to fraudsters",
        summary:
          'A former Northway Bank employee admitted selling the names, addresses and balances of 4,000 customers for cash; the bank says it has tightened staff access controls.',
      },
      {
        title: 'Une conseillère bancaire vendait les données de ses clients',
        summary:
          'Employée dans une agence de la Banque Vallière, elle revendait coordonnées et soldes bancaires à des escrocs. Elle comparaît devant le tribunal correctionnel.',
      },
      {
        title: 'Dipendente di banca vendeva i dati dei correntisti',
        summary:
          'Un impiegato della Banca Alpina avrebbe ceduto a truffatori nomi, indirizzi e saldi di oltre mille clienti. La procura ha aperto un fascicolo.',
      },
      {
        title: '儿童游戏App违规收集未成年人信息被通报',
        summary: '一款面向低龄儿童的益智游戏在未取得监护人同意的情况下收集儿童位置、设备信息等，被监管部门通报并责令下架整改。',
      },
      {
        title: "Un jeu pour enfants collectait leurs données sans l'accord des parents",
        summary:
          "L'application Petit Pirate récupérait la localisation et les identifiants des appareils des jeunes joueurs pour les transmettre à des régies publicitaires.",
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('data that is one person’s alone, left open or leaked', () => {
  it('is a privacy story in each language', () => {
    const cases: Case[] = [
      {
        title: 'Hacker erbeuten DNA-Profile von Gentest-Kunden',
        summary:
          'Unbekannte haben bei dem Abstammungsdienst GenoWurzel auf die Daten von rund 150.000 Kunden zugegriffen. Verbraucherschützer warnen vor dem Missbrauch hochsensibler Gesundheitsinformationen.',
      },
      {
        title: 'Attacco hacker a una società di test del Dna: esposti 60mila clienti',
        summary: 'GenItalia ha ammesso la violazione: tra le informazioni sottratte ci sono profili genetici e alberi genealogici.',
      },
      {
        title: 'Council left full electoral register open online',
        summary:
          'Names and home addresses of 210,000 voters in Eastmere were publicly accessible for weeks on a misconfigured server, a security researcher found.',
      },
      {
        title: 'Wählerverzeichnis ungeschützt im Netz',
        summary:
          'Die Daten von rund 90.000 Wahlberechtigten einer hessischen Stadt waren wochenlang frei abrufbar. Die Verwaltung spricht von einem technischen Fehler.',
      },
      {
        title: 'Warehouse firm fined £240,000 over fingerprint clock-in system',
        summary:
          'The data watchdog said Brackwell Logistics had no lawful basis to force 1,300 staff to scan their fingerprints to record their hours, and ordered it to delete the data.',
      },
      {
        title: "Droit d'accès : une entreprise sommée de communiquer ses données à un ancien salarié",
        summary:
          "L'autorité de protection des données met en demeure la société Delmotte de répondre sous un mois à une demande d'accès restée sans suite depuis un an.",
      },
      {
        title: 'Cookie橫幅設「拒絕」陷阱 購物網站挨罰',
        summary: '監管機關指出，該網站按一下就能全部接受追蹤Cookie，想拒絕卻得點進多層選單，已違反個資保護規定。',
      },
      {
        title: 'Cookie弹窗“同意容易拒绝难” 购物网站被罚',
        summary: '某购物网站的Cookie提示框中“全部接受”按钮醒目，拒绝选项却藏在多层菜单里，监管部门认定其构成诱导同意并处以罚款。',
      },
      {
        title: 'Banner dei cookie ingannevole, multa a un sito di e-commerce',
        summary: 'Per rifiutare il tracciamento servivano tre schermate, per accettare bastava un clic: sanzione da 50mila euro per ShopPiù.',
      },
      {
        title: 'Boete voor website met misleidende cookiemelding',
        summary: 'Trackingcookies weigeren was op Koopjeshoek veel lastiger dan accepteren. De toezichthouder legt een boete op van 75.000 euro.',
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('patients’ scans and users’ chats used to train AI', () => {
  it('is a privacy story in each language', () => {
    const cases: Case[] = [
      {
        title: "Un hôpital a confié les scanners de ses patients à une start-up d'IA",
        summary:
          'Le CHU de Valbonne-les-Pins a transmis 40 000 images médicales à Diagnéo pour entraîner un algorithme de détection, sans en informer les patients.',
      },
      {
        title: 'Klinik gab Patientenscans an KI-Start-up weiter',
        summary:
          'Das Städtische Klinikum Rheinau stellte Zehntausende MRT-Bilder für das Training einer Diagnose-Software bereit – ohne die Patienten zu fragen.',
      },
      {
        title: 'Ziekenhuis gaf scans van patiënten aan AI-startup',
        summary: 'Het Rijnoord Ziekenhuis deelde tienduizenden MRI- en CT-beelden met een jong bedrijf dat er diagnosesoftware mee traint.',
      },
      {
        title: 'Chatbot-Anbieter will mit Nutzerchats seine KI trainieren',
        summary:
          'Wer nicht widerspricht, dessen Unterhaltungen mit dem Assistenten Plaudio fließen künftig ins Training ein. Verbraucherschützer kritisieren das Opt-out-Verfahren.',
      },
    ];
    for (const { title, summary } of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });
});

describe('an attack that took no one’s data, said any way', () => {
  it('stays out', () => {
    const cases: Case[] = [
      {
        title: 'Ransomware attack halts production at car-parts plant',
        summary:
          'Kellmoor Components stopped its assembly lines for four days after hackers encrypted its systems; the company says no customer or employee data was taken.',
      },
      {
        title: '勒索病毒致工厂停产 企业称未发生数据泄露',
        summary: '某汽车零部件企业生产控制系统遭勒索软件攻击，多条产线停工数日。企业表示，客户和员工信息未受影响。',
      },
      {
        title: "Un ciberataque con 'ransomware' paraliza una fábrica",
        summary:
          'La planta de Metalúrgicas Oria lleva tres días sin producir tras el secuestro de sus sistemas. La empresa asegura que no se han robado datos personales.',
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(false);
  });
});
