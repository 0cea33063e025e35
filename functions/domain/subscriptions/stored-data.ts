/**
 * What Newsdesk stores about a subscriber, attribute by attribute: the source of the privacy
 * notice page. A test checks every attribute of a real stored record against this list, so the
 * notice cannot fall behind what is stored.
 */
import type { Language } from '../../i18n/languages.js';

type Words = Readonly<Record<Language, string>>;

export interface StoredDatum {
  /** The record's attributes this entry covers. */
  readonly attributes: readonly string[];
  readonly what: Words;
  readonly kept: Words;
}

// The table's expiry deletes a record within about two days of its time; until then no page,
// export or email reads it, so the notice gives the time the record stops being used.
const WHILE_SUBSCRIBED: Words = {
  en: 'While you are subscribed, then 30 days after you unsubscribe (so you can undo it); after you ask for erasure, 7 days (so you can take it back), then it is deleted',
  'zh-Hant': '訂閱期間，以及取消訂閱後 30 天（讓你可以撤銷）；要求刪除後保留 7 天（讓你可以撤回），之後刪除',
  'zh-Hans': '订阅期间，以及退订后 30 天（让你可以撤销）；要求删除后保留 7 天（让你可以撤回），之后删除',
};

export const STORED_ABOUT_SUBSCRIBERS: readonly StoredDatum[] = [
  {
    attributes: ['email', 'subscriberId'],
    what: {
      en: 'Your email address, to send to it, and a keyed hash of it that identifies your record',
      'zh-Hant': '你的電郵地址（用於發送郵件），以及用來識別你紀錄的地址密鑰雜湊值',
      'zh-Hans': '你的电子邮件地址（用于发送邮件），以及用来识别你记录的地址密钥哈希值',
    },
    kept: WHILE_SUBSCRIBED,
  },
  {
    attributes: ['regions', 'topics', 'frequency', 'timeZone', 'language', 'paused', 'pausedUntil', 'pauseEndsAt', 'digestWeekday', 'digestHour', 'digestSlot'],
    what: {
      en: 'Your choices: regions, topics, how often, when the digest arrives, time zone, language, and whether emails are paused and until when',
      'zh-Hant': '你的選擇：地區、主題、收取頻率、摘要送達時間、時區、語言，以及是否暫停電郵及暫停至何時',
      'zh-Hans': '你的选择：地区、主题、接收频率、摘要送达时间、时区、语言，以及是否暂停邮件及暂停至何时',
    },
    kept: WHILE_SUBSCRIBED,
  },
  {
    attributes: ['consent', 'status', 'createdAt', 'updatedAt', 'unsubscribedAt', 'erasureRequestedAt', 'statusBeforeErasure'],
    what: {
      en: 'Your consent: the version of the text you agreed to, the page, when you signed up, confirmed or left, and when you asked for erasure',
      'zh-Hant': '你的同意紀錄：你同意的條款版本、訂閱頁面、訂閱、確認或離開的時間，以及要求刪除的時間',
      'zh-Hans': '你的同意记录：你同意的条款版本、订阅页面、订阅、确认或离开的时间，以及要求删除的时间',
    },
    kept: WHILE_SUBSCRIBED,
  },
  {
    attributes: ['confirmation', 'expiresAt'],
    what: {
      en: 'While a sign-up waits for confirmation: the hash of the emailed link (never the link), and when the record expires',
      'zh-Hant': '訂閱等待確認期間：電郵連結的雜湊值（絕不儲存連結本身），以及紀錄的到期時間',
      'zh-Hans': '订阅等待确认期间：邮件链接的哈希值（绝不存储链接本身），以及记录的到期时间',
    },
    kept: {
      en: 'The link works 72 hours; an unconfirmed sign-up is deleted after 7 days',
      'zh-Hant': '連結有效 72 小時；未確認的訂閱在 7 天後刪除',
      'zh-Hans': '链接有效 72 小时；未确认的订阅在 7 天后删除',
    },
  },
  {
    attributes: ['suppressedAt', 'suppressionReason', 'transientBounces', 'lastBounceAt', 'version'],
    what: {
      en: 'Whether mail to you bounced or was reported as spam, and a counter that keeps two updates from overwriting each other',
      'zh-Hant': '寄給你的郵件是否被退回或被舉報為垃圾郵件，以及防止兩次更新互相覆蓋的計數器',
      'zh-Hans': '发给你的邮件是否被退回或被举报为垃圾邮件，以及防止两次更新互相覆盖的计数器',
    },
    kept: WHILE_SUBSCRIBED,
  },
  {
    attributes: ['deliveries'],
    what: {
      en: 'A record of each email sent to you: which digest or alert, and when',
      'zh-Hant': '每封寄給你的電郵的紀錄：哪一期摘要或提示，以及發送時間',
      'zh-Hans': '每封发给你的邮件的记录：哪一期摘要或提醒，以及发送时间',
    },
    kept: {
      en: 'One year; asking for erasure deletes them at once, and taking it back does not restore them',
      'zh-Hant': '一年；要求刪除即時刪除，撤回刪除也不會恢復',
      'zh-Hans': '一年；要求删除即时删除，撤回删除也不会恢复',
    },
  },
  {
    attributes: ['suppression'],
    what: {
      en: 'After erasure, a bounce or a complaint: only a keyed hash of your address and the reason, so you are never mailed by mistake',
      'zh-Hant': '在刪除、退信或投訴之後：只保留你地址的密鑰雜湊值及原因，以免錯誤地再寄郵件給你',
      'zh-Hans': '在删除、退信或投诉之后：只保留你地址的密钥哈希值及原因，以免错误地再发邮件给你',
    },
    kept: {
      en: 'Without time limit; confirming a new sign-up lifts it',
      'zh-Hant': '沒有期限；重新訂閱並確認即可解除',
      'zh-Hans': '没有期限；重新订阅并确认即可解除',
    },
  },
];
