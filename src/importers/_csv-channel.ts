/**
 * @module leaktrace/importers/_csv-channel
 *
 * The channel of a CSV's rows when no column says it: a file whose text column is named as a
 * message's (`Body`, `Message`, `SMS text`, `内容`, `短信`, `Nachricht`…) is a message export, so its
 * rows are texts; any other file is a call log. A phone's SMS export has no channel column (it
 * holds only texts) and a call log has no message column: the call log's transcript is mapped as
 * `transcript`, never as a message. A bare `Text` is not read as a message's: call logs name
 * their notes so (the sample `examples/calls-20261129.csv`).
 */
import type { Channel } from '../types.js';

// The names message exports give their text column (Android/iOS exporters, carriers' bills,
// SMS Backup & Restore's CSV, WeChat/QQ exports), in the languages read.
const MESSAGE_COLUMN =
  /^(?:sms|mms|message|messages|msg|body|content|contents|message body|message text|sms body|sms text|text message|nachricht|nachrichtentext|inhalt|texto|mensaje|mensagem|conteúdo|contenido|messaggio|testo|contenu|bericht|tekst|berichttekst|内容|短信|短信内容|信息|信息内容|消息|消息内容|簡訊|簡訊內容|訊息|本文|メッセージ|メッセージ本文|내용|문자|문자 내용|메시지|메시지 내용)$/iu;

/**
 * What the rows of a CSV without a channel column are.
 *
 * @param content - The header name of the column mapped as `content`, when there is one.
 * @returns `sms` when it names a message's text, with `inferred: true`; `call` otherwise.
 */
export function defaultCsvChannel(content: string | undefined): { channel: Channel; inferred: boolean } {
  const name = content
    ?.normalize('NFKC')
    .trim()
    .replace(/[\s_-]+/gu, ' ');
  return name !== undefined && MESSAGE_COLUMN.test(name)
    ? { channel: 'sms', inferred: true }
    : { channel: 'call', inferred: false };
}

// What exports write in a channel or service column besides leaktrace's own names: iOS's
// message `service` (SMS, iMessage, RCS) and call service (Phone, FaceTime Audio and Video), as
// iMazing and 3uTools export them, and the words for a text or a call in the languages read.
const TEXT_WORDS =
  /^(?:sms|mms|rcs|imessage|text|texts|text message|message|messages|sms mms|短信|彩信|信息|消息|簡訊|訊息|メッセージ|メール ?sms|문자|메시지|nachricht|mensaje|mensagem|messaggio)$/iu;
const CALL_WORDS =
  /^(?:phone|phone call|calls|voice|voice call|telephone|telephony|cellular|facetime|facetime audio|facetime video|电话|通话|语音通话|語音通話|電話|通話|音声通話|통화|전화|음성 통화|anruf|telefonat|appel|llamada|chiamata|chamada)$/iu;
const EMAIL_WORDS = /^(?:e ?mail|電子メール|电子邮件|邮件|郵件|이메일)$/iu;
// An app a call or message came through says which app, not which channel: the file's own.
const APP_WORDS = /^(?:whatsapp|telegram|signal|wechat|微信|line|viber|skype|messenger|kakaotalk)$/iu;

/**
 * The channel a channel column's cell names: leaktrace's own names, else the words exports write
 * (`iMessage`, `SMS`, `FaceTime Audio`, `Phone`, 短信, 电话…); an app's name (WhatsApp, 微信) is
 * the file's channel, `fallback`.
 *
 * @param cell - The cell as written.
 * @param fallback - The channel of the file's rows when a cell does not say.
 * @returns The channel, or undefined when the cell names none.
 */
export function channelOfCell(cell: string, fallback: Channel): Channel | undefined {
  const word = cell
    .normalize('NFKC')
    .trim()
    .replace(/[\s_/-]+/gu, ' ');
  if (word === '') return fallback;
  const own = word.toLowerCase();
  if (own === 'call' || own === 'sms' || own === 'email' || own === 'mail' || own === 'other') return own;
  if (TEXT_WORDS.test(word)) return 'sms';
  if (CALL_WORDS.test(word)) return 'call';
  if (EMAIL_WORDS.test(word)) return 'email';
  if (APP_WORDS.test(word)) return fallback;
  return undefined;
}
