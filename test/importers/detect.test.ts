import { describe, expect, it } from 'vitest';
import { detectFormat, readContacts } from '../../src/importers/index.js';
import { collect, FIXTURES } from './collect.js';

describe('detectFormat', () => {
  it.each([
    ['android/sms.xml', 'android'],
    ['android/calls.xml', 'android'],
    ['asterisk/Master.csv', 'asterisk'],
    ['csv/call-log.csv', 'csv'],
    ['csv/gbk-export.csv', 'csv'],
    ['email/inbox.mbox', 'mbox'],
    ['email/offer.eml', 'eml'],
    ['aliases/simplelogin.csv', 'simplelogin'],
    ['aliases/addy.csv', 'addy'],
    ['aliases/firefox-relay.json', 'firefox-relay'],
    ['aliases/fastmail.json', 'fastmail'],
    ['aliases/bitwarden.csv', 'bitwarden-csv'],
    ['aliases/bitwarden.json', 'bitwarden-json'],
    ['aliases/keepass.csv', 'keepass-csv'],
  ])('tells %s is %s', async (file, format) => {
    expect(await detectFormat(`${FIXTURES}${file}`)).toBe(format);
  });
});

describe('readContacts', () => {
  it('runs the detected importer with its options', async () => {
    const { contacts } = await collect((onReject) =>
      readContacts(`${FIXTURES}android/calls.xml`, { owner: '+8613800138000', keepCircle: true, onReject }),
    );
    expect(contacts).toHaveLength(7);
    const mail = await collect((onReject) => readContacts(`${FIXTURES}email/inbox.mbox`, { onReject }));
    expect(mail.contacts).toHaveLength(3);
  });

  it('refuses an alias export with a pointer to adoptAliases', async () => {
    const { error } = await collect(() => readContacts(`${FIXTURES}aliases/simplelogin.csv`));
    expect(error?.message).toMatch(/adoptAliases/u);
  });
});
