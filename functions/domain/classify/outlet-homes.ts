/**
 * National news outlets whose web address names no country (`elpais.com`, `straitstimes.com`,
 * `netzpolitik.org`, or a country ending used for its letters, `storm.mg`), by the
 * jurisdiction they report from and for. The publisher's home (`publisher-home.ts`) reads a
 * story's host here when its ending says nothing. Outlets that write for the whole world
 * (wire services, international broadcasters, global technology sites) are not listed: their
 * readers have no one home.
 */
const OUTLETS_BY_HOME: Readonly<Record<string, readonly string[]>> = {
  ES: [
    'elpais.com',
    'lavanguardia.com',
    'elconfidencial.com',
    'elperiodico.com',
    'expansion.com',
    'elespanol.com',
    'vozpopuli.com',
    'okdiario.com',
    'lainformacion.com',
    'xataka.com',
    'genbeta.com',
  ],
  MX: ['animalpolitico.com', 'milenio.com', 'aristeguinoticias.com', 'reforma.com'],
  AR: ['clarin.com', 'infobae.com', 'perfil.com', 'ambito.com', 'cronista.com', 'iprofesional.com', 'chequeado.com'],
  CO: ['eltiempo.com', 'elespectador.com', 'semana.com', 'elcolombiano.com', 'lasillavacia.com', 'portafolio.co', 'larepublica.co'],
  CL: ['latercera.com', 'emol.com'],
  EC: ['elcomercio.com', 'eluniverso.com'],
  FR: [
    'bfmtv.com',
    'nouvelobs.com',
    'numerama.com',
    '01net.com',
    'lesnumeriques.com',
    'nextinpact.com',
    'next.ink',
    'frandroid.com',
    'clubic.com',
    'la-croix.com',
  ],
  BE: ['brusselstimes.com'],
  DE: ['netzpolitik.org', 'faz.net', 'handelsblatt.com'],
  AT: ['diepresse.com', 'epicenter.works'],
  IT: ['ilsole24ore.com', 'agendadigitale.eu', 'federprivacy.org', 'open.online'],
  NL: ['tweakers.net'],
  HK: [
    'hongkongfp.com',
    'scmp.com',
    'hk01.com',
    'mingpao.com',
    'hkej.com',
    'hket.com',
    'inmediahk.net',
    'stheadline.com',
    'thewitnesshk.com',
    'hkcnews.com',
    'on.cc',
    'news.now.com',
    'i-cable.com',
  ],
  MO: ['macaodaily.com', 'exmoo.com', 'macaubusiness.com', 'macaonews.org'],
  TW: [
    'udn.com',
    'chinatimes.com',
    'ettoday.net',
    'setn.com',
    'storm.mg',
    'thenewslens.com',
    'twreporter.org',
    'nownews.com',
    'mirrormedia.mg',
    'upmedia.mg',
    'taipeitimes.com',
  ],
  CN: [
    'jiemian.com',
    'caixin.com',
    'sohu.com',
    '163.com',
    'qq.com',
    'xinhuanet.com',
    'yicai.com',
    '21jingji.com',
    'ifeng.com',
    '36kr.com',
    'huxiu.com',
    'sixthtone.com',
    'ithome.com',
    'cnbeta.com',
    'leiphone.com',
  ],
  SG: ['straitstimes.com', 'channelnewsasia.com', 'todayonline.com', '8world.com'],
  MY: ['malaymail.com', 'freemalaysiatoday.com', 'malaysiakini.com', 'theedgemalaysia.com', 'soyacincau.com', 'lowyat.net'],
  US: [
    'nytimes.com',
    'washingtonpost.com',
    'wsj.com',
    'latimes.com',
    'nydailynews.com',
    'usatoday.com',
    'npr.org',
    'politico.com',
    'axios.com',
    'thehill.com',
    'bostonglobe.com',
    'chicagotribune.com',
    'sfchronicle.com',
    'statnews.com',
    'nbcnews.com',
    'cbsnews.com',
  ],
  IE: ['irishtimes.com', 'siliconrepublic.com'],
  IN: ['thehindu.com', 'hindustantimes.com', 'indianexpress.com', 'livemint.com', 'medianama.com', 'moneycontrol.com', 'ndtv.com', 'indiatimes.com'],
  ZA: ['news24.com'],
  NG: ['punchng.com', 'premiumtimesng.com', 'vanguardngr.com'],
  KE: ['nation.africa', 'businessdailyafrica.com'],
  PH: ['inquirer.net', 'rappler.com', 'philstar.com', 'gmanetwork.com', 'abs-cbn.com'],
  JP: ['asahi.com', 'nikkei.com'],
  KR: ['koreaherald.com'],
  MA: ['hespress.com', 'medias24.com'],
  DZ: ['elwatan.com', 'elwatan-dz.com', 'tsa-algerie.com'],
  TN: ['kapitalis.com'],
  SN: ['seneweb.com'],
};

const HOME_OF_OUTLET = new Map<string, string>();
for (const [code, hosts] of Object.entries(OUTLETS_BY_HOME)) {
  for (const host of hosts) {
    if (HOME_OF_OUTLET.has(host)) throw new Error(`outlet-homes.ts lists ${host} twice`);
    HOME_OF_OUTLET.set(host, code);
  }
}

/** The home of the outlet a host belongs to ("www.elpais.com", "cincodias.elpais.com"), if it is listed. */
export function outletHome(host: string): string | undefined {
  let name = host;
  for (;;) {
    const code = HOME_OF_OUTLET.get(name);
    if (code !== undefined) return code;
    const dot = name.indexOf('.');
    if (dot < 0 || name.indexOf('.', dot + 1) < 0) return undefined;
    name = name.slice(dot + 1);
  }
}

/** Every listed jurisdiction, for the tests that check the codes are the taxonomy's. */
export function outletJurisdictions(): readonly string[] {
  return Object.keys(OUTLETS_BY_HOME);
}
