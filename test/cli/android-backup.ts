/** Writes an SMS Backup & Restore file, as the Android app exports one. */

/** One received text: who sent it, when, what it said. */
export interface Sms {
  readonly from: string;
  readonly at: Date | string;
  readonly body: string;
}

const xmlEscape = (text: string): string => text.replace(/[&<>"']/gu, (c) => `&#${c.codePointAt(0)};`);

/**
 * The XML of a backup holding `messages` (all received, `type="1"`). A message whose `at` is a
 * string is written as it is, to make a bad record on a known line (the message's index + 4).
 */
export function smsBackup(messages: readonly Sms[]): string {
  const rows = messages.map((m) => {
    const date = typeof m.at === 'string' ? m.at : String(m.at.getTime());
    return `  <sms protocol="0" address="${xmlEscape(m.from)}" date="${date}" type="1" subject="null" body="${xmlEscape(m.body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="" contact_name="(Unknown)" />`;
  });
  return [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    '<!--File Created By SMS Backup & Restore v10.22.003-->',
    `<smses count="${messages.length}" backup_set="00000000-0000-0000-0000-000000000000" backup_date="0" type="full">`,
    ...rows,
    '</smses>',
    '',
  ].join('\n');
}
