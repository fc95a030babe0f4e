import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnvelopeLine } from '../../src/importers/_mbox.js';
import { readMbox } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-mail-identity-');

function message(envelope: string, date: string, body: string, extra = ''): string {
  return `${envelope}\nFrom: spam@x.example\nTo: k3x9qh7tmw@zrw.example\nSubject: offer\nDate: ${date}\nMessage-ID: <newsletter@bulkmailer.local>\n${extra}\n${body}\n\n`;
}

describe('mbox messages', () => {
  it('three different mails sharing a Message-ID are three contacts; the same mail twice is one', async () => {
    const env = 'From spam@x.example Sun Mar  1 10:00:00 2026';
    const path = await file(
      'same-mid.mbox',
      message(env, 'Sun, 1 Mar 2026 10:00:00 +0000', 'first') +
        message(env, 'Sun, 8 Mar 2026 10:00:00 +0000', '张荣林先生，第二次：贷款30万') +
        message(env, 'Sun, 15 Mar 2026 10:00:00 +0000', 'third') +
        message(env, 'Sun, 15 Mar 2026 10:00:00 +0000', 'third'),
    );
    const { contacts, rejected } = await collect((onReject) =>
      readMbox(path, { ownDomains: ['zrw.example'], onReject }),
    );
    expect(rejected).toEqual([]);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(3);
    expect(contacts[1]!.content).toContain('张荣林');
  });

  it('a body line beginning "From " is no message boundary', async () => {
    const path = await file(
      'fromline.mbox',
      message(
        'From spam@x.example Sun Mar  1 10:00:00 2026',
        'Sun, 1 Mar 2026 10:00:00 +0000',
        'Hello,\nFrom the desk of the manager: dear 张荣林, your loan is approved.\nFrom 10:00 to 18:00 we call.',
      ) +
        message(
          'From spam@y.example Mon Mar  2 10:00:00 2026',
          'Mon, 2 Mar 2026 10:00:00 +0000',
          'second\nFrom 2026 onwards, 张荣林, rates rise.',
        ),
    );
    const { contacts, rejected } = await collect((onReject) =>
      readMbox(path, { ownDomains: ['zrw.example'], onReject }),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(2);
    expect(contacts[0]!.content).toContain('From the desk of the manager: dear 张荣林');
    expect(contacts[1]!.content).toContain('From 2026 onwards, 张荣林, rates rise.');
  });

  it('honours Content-Length (mboxcl2): an envelope-like body line inside it is body', async () => {
    const body = 'Dear 张荣林,\n\nFrom x@y.example Mon Mar  2 10:00:00 2026\nthe quoted line above is body.';
    const length = Buffer.byteLength(`${body}\n`);
    const path = await file(
      'cl2.mbox',
      message(
        'From spam@x.example Sun Mar  1 10:00:00 2026',
        'Sun, 1 Mar 2026 10:00:00 +0000',
        body,
        `Content-Length: ${length}\n`,
      ),
    );
    const { contacts, rejected } = await collect((onReject) =>
      readMbox(path, { ownDomains: ['zrw.example'], onReject }),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.content).toContain('the quoted line above is body.');
  });

  it.each([
    'From MAILER-DAEMON Fri Jul  8 12:08:34 2011',
    'From - Mon Nov 30 00:00:00 2026',
    'From 1782345678901234567@xxx Wed Jan 01 00:00:00 +0000 2026',
    'From user@example.com Sat Jan  3 01:05:34 1996',
  ])('reads %j as an envelope line', (line) => {
    expect(isEnvelopeLine(line)).toBe(true);
  });

  it('never takes ordinary sentences beginning "From" for envelope lines (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'the',
            '2026',
            'onwards,',
            'desk',
            '10:00',
            'to',
            '18:00',
            '张荣林',
            'Monday',
            'we',
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (words) => !isEnvelopeLine(`From ${words.join(' ')}`),
      ),
    );
  });
});
