/**
 * The consent text shown beside the sign-up button, in each language a reader can sign up in.
 * The three say the same thing; change any of them, change the version: every subscriber's
 * record names the version they agreed to, and that version means the same terms in each.
 */
import type { Language } from '../../i18n/languages.js';

export const CONSENT_VERSION = '2025-01';

const CONSENT_TEXTS: Readonly<Record<Language, string>> = {
  en:
    'Newsdesk will email you the digests and alerts you choose, at this address, until you unsubscribe. ' +
    'We store your address, your choices, and when and where you signed up and confirmed; nothing else. ' +
    'We do not track whether you open our emails or click their links. ' +
    'Every email has a link to change your choices, download everything we hold about you, or unsubscribe and erase it.',
  'zh-Hant':
    'Newsdesk 會把你選擇的摘要及即時提示寄到這個電郵地址，直至你取消訂閱。' +
    '我們只儲存你的電郵地址、你的選擇，以及你在甚麼時間、從哪個頁面訂閱和確認，此外一概不存。' +
    '我們不會追蹤你有否打開電郵或點擊其中的連結。' +
    '每封電郵都附有連結，讓你更改選擇、下載我們持有關於你的全部資料，或取消訂閱並刪除這些資料。',
  'zh-Hans':
    'Newsdesk 会把你选择的摘要和即时提醒发送到这个邮箱地址，直至你取消订阅。' +
    '我们只保存你的邮箱地址、你的选择，以及你在什么时间、从哪个页面订阅和确认，除此之外一概不存。' +
    '我们不会追踪你是否打开邮件或点击其中的链接。' +
    '每封邮件都附有链接，让你更改选择、下载我们持有的关于你的全部资料，或取消订阅并删除这些资料。',
};

/** The terms of `CONSENT_VERSION` in the reader's language. */
export function consentTextFor(language: Language): string {
  return CONSENT_TEXTS[language];
}
