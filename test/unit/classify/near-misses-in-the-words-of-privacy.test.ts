import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories that look like privacy or AI-training news and are not: the companies, bodies,
// people and figures are made up.
const classify = classifyChecked;

interface Case {
  readonly title: string;
  readonly summary: string;
}

describe('stories that use the words of privacy and AI training about something else', () => {
  it('stay out of scope, in each language', () => {
    const cases: Case[] = [
      {
        title: 'Glitch in Northmere Bank app leaves customers unable to pay for six hours',
        summary:
          "A software bug in Tuesday's update stopped card and transfer payments in Northmere Bank's mobile app until late evening. The bank said it was a technical fault, no customer data was exposed, and all delayed payments have now gone through.",
      },
      {
        title: 'Panne géante chez Banque Armorine : les paiements bloqués pendant sept heures',
        summary:
          "Un bug survenu lors d'une mise à jour a empêché samedi les clients de Banque Armorine de régler leurs achats via l'application. L'établissement assure qu'aucune donnée n'a été compromise et promet de rembourser les éventuels frais.",
      },
      {
        title: '總預算草案提前曝光 財政部震怒追查洩密',
        summary: '明年度中央政府總預算草案週末遭人外流給媒體，內容顯示國防支出將增加一成二。財政部長表示將徹查洩密源頭，不排除移送法辦。',
      },
      {
        title: 'Haushaltsentwurf vorzeitig an Medien durchgestochen',
        summary:
          'Der Entwurf des Landeshaushalts für das kommende Jahr ist einer Zeitung zugespielt worden, noch bevor das Kabinett darüber beraten konnte. Finanzministerin Petra Lohmeyer spricht von einem „massiven Vertrauensbruch“.',
      },
      {
        title: '华晟集团将保险板块出售给竞争对手',
        summary: '华晟集团公告称，已同意以56亿元将旗下保险业务整体出售给同业安泰控股。交易尚需监管部门批准，预计年内完成。',
      },
      {
        title: 'Grupo Ribera vende su división de seguros a su rival Cénit',
        summary:
          'La operación, valorada en 640 millones de euros, supone la salida de Ribera del negocio asegurador tras veinte años. Los 900 empleados de la división pasarán a la plantilla del comprador.',
      },
      {
        title: 'Lorvane partage ses bénéfices records avec ses actionnaires',
        summary:
          'Le fabricant de pièces automobiles a présenté jeudi ses résultats annuels aux investisseurs, avec un bénéfice net en hausse de 22 %. Le dividende sera relevé à 2,40 euros par action.',
      },
      {
        title: 'Meccanica Orsini condivide gli utili record con gli azionisti',
        summary:
          "Il gruppo ha presentato agli investitori un utile netto di 205 milioni, in crescita del 14 %, e proposto all'assemblea un dividendo di 0,80 euro per azione.",
      },
      {
        title: 'Nach Skandalsendung: Werbekunden kehren Kanal Nord den Rücken',
        summary:
          'Mehrere große Werbetreibende, darunter eine Drogeriekette, haben ihre Spots beim Privatsender gestoppt. Auslöser war eine Talkshow, in der ein Gast unwidersprochen Verschwörungstheorien verbreiten durfte.',
      },
      {
        title: 'Adverteerders trekken zich terug bij Omroep Delta na ophef',
        summary:
          "Na omstreden uitspraken van een presentator hebben onder meer een supermarktketen en een energieleverancier hun reclames bij de zender stopgezet. Omroep Delta zegt 'de kritiek serieus te nemen'.",
      },
      {
        title: 'Tráfico estrena radares de tramo en la autovía del Levante',
        summary:
          'Los nuevos dispositivos vigilarán un tramo de 14 kilómetros con un alto índice de siniestralidad. Las multas oscilarán entre 100 y 600 euros, además de la pérdida de puntos.',
      },
      {
        title: 'Average speed cameras go live on accident-prone stretch of the A71',
        summary:
          'Highways officials say new cameras between Marston and Kelby, installed after a string of fatal crashes, will enforce the 50mph limit from Monday. Drivers caught speeding face fines starting at £100.',
      },
      {
        title: "Lupi con il collare GPS: al via il monitoraggio sull'Appennino",
        summary:
          'I ricercatori hanno catturato e rilasciato cinque lupi dotandoli di radiocollari satellitari, per seguirne gli spostamenti e capire come si muovono tra boschi e pascoli.',
      },
      {
        title: '研究團隊為野狼戴GPS項圈 追蹤狼群遷徙',
        summary: '北方野生動物研究所在草原保護區為五頭狼配戴衛星定位項圈，希望掌握狼群活動範圍，減少與牧民的衝突。',
      },
      {
        title: 'Ziekenhuis Rijnoever koopt nieuwe hartmonitoren',
        summary:
          'De afdeling cardiologie krijgt 35 nieuwe monitoren die het hartritme van patiënten continu bewaken en verpleegkundigen direct waarschuwen bij afwijkingen.',
      },
      { title: '市人民医院添置新型心电监护设备', summary: '医院近日采购50台新型心电监护仪，投入心内科和重症监护室使用，可实时监测患者心率变化并自动报警。' },
      {
        title: 'Ashford Rovers overhaul youth academy with new training model',
        summary:
          "The club's under-18s will now train mostly in small-sided games instead of drills, a method academy head Luis Ferreira says is modelled on Dutch coaching.",
      },
      {
        title: 'Le FC Montclair revoit la formation de ses jeunes',
        summary:
          "Le centre de formation adopte un nouveau modèle d'entraînement fondé sur les petits jeux et la prise de décision, inspiré des académies espagnoles.",
      },
      {
        title: '氣象署推AI預報模型 以三十年衛星資料訓練',
        summary: '氣象署發表新一代人工智慧天氣預報模型，利用過去三十年的衛星與雷達觀測資料訓練，颱風路徑預測誤差可望縮小一成五。',
      },
      {
        title: 'Wetterdienst setzt auf KI-Modell für genauere Prognosen',
        summary:
          'Das neue Vorhersagemodell wurde mit Satellitendaten aus 35 Jahren trainiert und soll Unwetter früher erkennen. Ab Herbst läuft es parallel zu den klassischen Rechenmodellen.',
      },
      {
        title: '音乐人起诉AI写歌平台侵犯著作权',
        summary: '多名词曲作者近日向法院起诉AI歌曲生成应用“乐创”，称其未经许可使用他们的作品训练模型，要求停止侵权并赔偿经济损失。',
      },
      {
        title: 'Músicos demandan a un generador de canciones con IA por vulnerar sus derechos de autor',
        summary:
          'Más de 200 artistas acusan a la plataforma Sonora AI de usar sus temas para entrenar su sistema sin pagar derechos y de imitar su estilo en las canciones que genera.',
      },
      {
        title: 'Entente sur les prix des billets : trois compagnies aériennes sanctionnées',
        summary:
          "L'autorité de la concurrence inflige une amende de 60 millions d'euros à trois transporteurs qui s'étaient concertés sur les tarifs des lignes vers la Corse.",
      },
      {
        title: "L'Antitrust multa tre compagnie aeree per cartello sui prezzi",
        summary:
          "Secondo l'autorità, i vettori si sarebbero accordati sulle tariffe dei voli per la Sardegna. Le sanzioni ammontano a 47 milioni di euro complessivi.",
      },
      {
        title: 'Gericht entscheidet Streit um Bauvertrag für neues Rathaus',
        summary:
          'Das Landgericht verurteilte die Stadt Mühlheide zur Zahlung von 3,2 Millionen Euro an die Baufirma Hellwig, weil sie Nachträge nicht rechtzeitig beglichen habe.',
      },
      {
        title: 'Rechter stelt aannemer in het gelijk in geschil over bouw zwembad',
        summary:
          'De gemeente moet aannemer Bouwbedrijf Kramer 2,4 miljoen euro betalen, oordeelde de rechtbank. De vertraging kwam volgens de rechter door wijzigingen in het ontwerp.',
      },
      {
        title: 'Condenan a un hospital a indemnizar a un paciente operado sin consentimiento informado',
        summary:
          'El tribunal considera que no se explicaron al paciente los riesgos de la intervención de cadera y fija una indemnización de 120.000 euros por mala praxis.',
      },
      {
        title: 'Patient wins £250,000 after surgeon operated without proper consent',
        summary:
          "A judge found that a surgeon at Redmoor General removed part of Jane Holloway's bowel without explaining the risks or alternatives, amounting to clinical negligence.",
      },
      {
        title: '綠籬太高擋陽光 鄰居為「隱私圍籬」對簿公堂',
        summary: '一名屋主為保有隱私在後院種植三公尺高的樹籬，隔壁住戶不滿採光受影響提告，雙方爭執已持續兩年。',
      },
      {
        title: 'Zangeres Lotte Verbeek trouwt in alle stilte',
        summary:
          'De zangeres trouwde op een afgeschermd landgoed in Brabant. Beveiligers hielden fotografen op afstand; alleen familie en vrienden waren welkom.',
      },
      { title: '女星秘密举行婚礼 安保严防狗仔', summary: '演员苏念在海岛举办私密婚礼，仅邀请亲友三十余人，现场安保严密，闻讯赶来的狗仔无功而返。' },
      {
        title: 'Transport ministry website knocked offline by DDoS attack',
        summary:
          "Hackers flooded the ministry's site with junk traffic, taking it down for most of Wednesday. Officials said no systems were breached and no data was taken.",
      },
      {
        title: "Le site du ministère de l'Agriculture paralysé par une attaque DDoS",
        summary:
          "Un groupe de hackers a revendiqué l'attaque par déni de service qui a rendu le site inaccessible pendant plusieurs heures. Aucune donnée n'a été dérobée, selon le ministère.",
      },
      { title: '大型資料中心落腳 居民憂搶水', summary: '科技大廠擬在中部設立資料中心，預估每日冷卻用水達三千噸，正值枯水期的當地農民擔心灌溉用水受影響。' },
      {
        title: 'Rechenzentrum in Brandheide: Anwohner sorgen sich ums Wasser',
        summary:
          'Der geplante Serverpark soll täglich bis zu 1,5 Millionen Liter Wasser zur Kühlung benötigen. Eine Bürgerinitiative fordert ein unabhängiges Gutachten.',
      },
      { title: '银行加速布局AI客服 呼叫中心岗位将大幅缩减', summary: '某股份制银行表示，未来两年将用智能客服替代约七成人工坐席，员工将转岗或逐步分流。' },
      {
        title: 'Banco Ibérico sustituirá a su plantilla de atención telefónica por IA',
        summary:
          'La entidad prevé que los asistentes virtuales atiendan el 80 % de las llamadas de clientes, lo que afectará a unos 500 empleados, según los sindicatos.',
      },
      {
        title: "Restrictions renforcées sur les exportations de puces d'IA",
        summary:
          "Les fabricants de semi-conducteurs devront désormais obtenir une licence pour vendre leurs processeurs les plus puissants à l'étranger, une mesure qui inquiète le secteur.",
      },
      {
        title: "Stretta sull'export dei chip per l'intelligenza artificiale",
        summary: "Le nuove regole impongono licenze per la vendita all'estero dei processori più avanzati: i produttori temono perdite per miliardi.",
      },
      {
        title: 'Stadt beauftragt externe Firma mit Straßensanierung',
        summary:
          'Weil der eigene Bauhof überlastet ist, vergibt die Stadt Altenbrück die Reparatur von Schlaglöchern an ein privates Tiefbauunternehmen. Der Auftrag umfasst 4 Millionen Euro.',
      },
      {
        title: 'Gemeente besteedt wegonderhoud uit aan externe aannemer',
        summary: 'De gemeente Hoogeveld laat gaten in de weg voortaan repareren door een extern bedrijf. Het contract van 3 miljoen euro loopt vier jaar.',
      },
      {
        title: 'Las primas del seguro del coche se disparan tras las inundaciones',
        summary: 'Las aseguradoras suben una media del 10 % las pólizas de automóvil después de que la DANA dejara miles de vehículos siniestrados.',
      },
      {
        title: 'Car insurance premiums jump after spring floods',
        summary: 'Insurers have raised motor premiums by an average of 12% following thousands of claims for flood-damaged vehicles, industry figures show.',
      },
      {
        title: 'Lo streaming di Visio supera i 10 milioni di utenti',
        summary: "La piattaforma ha raggiunto il traguardo grazie al successo delle sue serie originali e all'abbonamento base con pubblicità.",
      },
      { title: '串流平台「星映」用戶突破一千萬', summary: '星映宣布付費訂閱用戶正式突破一千萬大關，主要受惠於自製影集熱播及推出含廣告的低價方案。' },
      {
        title: 'Reizigers klagen massaal over vertraagde treinen',
        summary:
          'Door storingen en personeelstekort liepen treinen op de lijn Zwolle–Hoogezand wekenlang vertraging op. Vervoerder Noordrail ontving ruim 3.000 klachten.',
      },
      { title: '列车频繁晚点 旅客投诉激增', summary: '受设备故障影响，某城际线路近一周多趟列车晚点超过一小时，旅客纷纷投诉，铁路部门表示将按规定办理退票。' },
      {
        title: '气象部门发布AI天气预报大模型',
        summary: '新一代人工智能预报模型“风知”正式业务运行，该模型基于40年卫星遥感数据训练，可将短时强降水预警提前约2小时。',
      },
      {
        title: 'Kingsbury Bank to replace 600 call-centre staff with AI assistants',
        summary:
          "The lender said routine customer queries will be handled by AI chatbots and voice agents from next year, prompting unions to warn of a 'hollowing out' of its Leeds and Cardiff sites.",
      },
      {
        title: '交通部官網遭DDoS攻擊 癱瘓半天',
        summary: '交通部網站週三遭大量惡意流量灌爆，民眾一度無法連線。官員表示屬分散式阻斷服務攻擊，系統未遭入侵，亦無資料外洩。',
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(false);
  });
});
