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
