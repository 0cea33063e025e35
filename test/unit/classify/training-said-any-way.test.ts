import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, schools, agencies, people and figures are made up.
const classify = classifyChecked;

interface Case {
  readonly title: string;
  readonly summary: string;
}

describe('people’s data used to train, feed or refine an AI, said in one sentence', () => {
  it('is an AI-training story in each language, however it is worded', () => {
    const cases: Case[] = [
      {
        title: '社群平台「串門」下月起拿公開貼文餵AI 不願者須自行退出',
        summary: '串門宣布自7月1日起，將以成年用戶的公開貼文、照片與留言訓練旗下生成式AI模型，不同意者須在期限前填寫反對表單。',
      },
      {
        title: "Vos photos publiques au service de l'IA de Pictalia, sauf opposition",
        summary:
          "Le réseau social annonce qu'à partir du 3 septembre, les publications et clichés publics de ses utilisateurs européens alimenteront ses modèles d'intelligence artificielle. Un formulaire permet de s'y opposer jusqu'à cette date.",
      },
      {
        title: "8 millions d'euros d'amende pour une néobanque qui nourrissait son IA avec les données de ses clients",
        summary:
          'Selon le régulateur, NéoBanque Azur a exploité sans base légale les relevés de comptes et les échanges de messagerie de deux millions de clients pour mettre au point son assistant virtuel.',
      },
      {
        title: 'Boete van 1,8 miljoen voor webwinkel die AI trainde met klantdata',
        summary:
          'Volgens de toezichthouder had Koopkist geen geldige grondslag om aankoopgeschiedenis en klantmails in te zetten bij de ontwikkeling van zijn AI-systeem.',
      },
      {
        title: 'Cartelle cliniche per un algoritmo: accordo tra ospedale e startup',
        summary:
          "L'Ospedale San Lorenzo ha fornito a SaluteAI i dati di 150mila pazienti, tra referti ed esami, per sviluppare un sistema di diagnosi precoce del diabete.",
      },
      {
        title: '學生作文被拿去餵AI？學樂通遭家長質疑',
        summary: '線上學習平台學樂通被揭露將數十萬名中小學生的作文與作業資料用於訓練自動批改模型，家長團體要求業者說明。',
      },
      {
        title: '学生作业成AI批改系统训练素材，家长：从未同意',
        summary: '多地家长反映，某在线作业平台在未充分告知的情况下，将学生提交的作文、答题记录用于其AI学习助手的模型训练。',
      },
      {
        title: 'Schüleraufsätze als KI-Futter: Lernplattform in der Kritik',
        summary:
          'Die Lernplattform Schlaukopf soll Hausaufgaben und Aufsätze von Kindern genutzt haben, um ihre Korrektur-KI zu trainieren – ohne die Eltern zu informieren.',
      },
      {
        title: 'Brightline fine-tunes chatbot on years of customer support chats',
        summary:
          'The mobile operator said transcripts of 9 million support conversations had been used to fine-tune its new virtual agent, although customers were never asked.',
      },
      {
        title: '客服錄音拿來調教AI客服 大安銀行：已告知客戶',
        summary: '大安銀行表示，過去三年的客服電話錄音與線上對話紀錄已用於微調AI客服機器人，但消保團體質疑告知不足。',
      },
      {
        title: 'Klantgesprekken gebruikt om chatbot van verzekeraar bij te schaven',
        summary: 'Verzekeraar Zekerheid heeft opnames van telefoongesprekken en chatlogs met klanten ingezet om zijn AI-chatbot te verfijnen.',
      },
      {
        title: '“存易”网盘新协议：上传内容可用于AI训练，网友炸锅',
        summary: '云盘服务存易在新版用户协议中加入条款，称可将用户存储的文档和图片用于人工智能模型的训练与改进，引发大量用户不满。',
      },
      {
        title: 'Neue AGB erlauben KI-Training mit Nutzerinhalten – Empörung bei Bildraum',
        summary:
          'Die Fotoplattform hat ihre Datenschutzerklärung geändert und behält sich vor, hochgeladene Bilder für die Entwicklung eigener KI-Modelle zu verwenden. Tausende Nutzer protestieren.',
      },
      {
        title: "IA générative : la CNIL publie ses recommandations sur l'usage des données personnelles",
        summary:
          "Le régulateur précise à quelles conditions les concepteurs de modèles peuvent invoquer l'intérêt légitime pour constituer leurs bases d'apprentissage à partir de données personnelles.",
      },
      {
        title: 'Demanda colectiva contra una app de fitness por usar datos de salud para su IA',
        summary:
          'Un grupo de usuarios acusa a FitRuta ante un juzgado de Madrid de haber aprovechado su ritmo cardíaco, peso y rutas GPS para desarrollar su entrenador virtual sin consentimiento.',
      },
      {
        title: 'Una empresa usa los datos de su plantilla para desarrollar una IA de recursos humanos',
        summary:
          'Los sindicatos de Logística Ibérica denuncian que evaluaciones de desempeño, bajas médicas y correos de los trabajadores han servido para entrenar un sistema que predice la rotación.',
      },
      {
        title: 'Werkgever gebruikt e-mails van personeel om AI-assistent te bouwen',
        summary:
          'De ondernemingsraad van Transportgroep Delta is boos dat interne mails en chatberichten van medewerkers zijn gebruikt om een eigen AI-model te trainen.',
      },
      {
        title: "Droit à l'oubli : des milliers de demandes pour sortir ses données des IA",
        summary:
          "Une association a accompagné 8 000 personnes réclamant à une entreprise d'IA l'effacement de leurs données de ses corpus d'apprentissage, un défi technique pour le « désapprentissage ».",
      },
    ];
    for (const { title, summary } of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });

  it('is not a conversational model, nor a database fed with photos', () => {
    const model = classify({
      title: '工程師稱對話AI有自我意識 遭公司停職',
      summary: '該公司負責AI倫理研究的工程師表示，公司開發的對話語言模型已具備感知能力，並公布他與模型的對話紀錄。公司否認其說法。',
    });
    expect(model.inScope).toBe(false);
    const database = classify({
      title: 'Reconnaissance faciale : une amende pour la société Visago',
      summary: 'L’autorité inflige une amende à Visago, qui collecte des photos sur internet pour alimenter sa base de reconnaissance faciale.',
    });
    expect(database.topics).not.toContain('ai-training');
  });
});
