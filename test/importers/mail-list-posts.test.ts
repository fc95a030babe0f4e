import { describe, expect, it } from 'vitest';
import { readMbox } from '../../src/importers/email.js';
import { blockListCsv, createTracer } from '../../src/index.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('list-posts');

/** A post `from` wrote to the club's list, delivered by the list server to `alias`. */
function post(
  alias: string,
  from: string,
  body: string,
  i: number,
  list = {
    id: 'wanderfreunde.lists.wanderfreunde.example',
    address: 'wanderfreunde@lists.wanderfreunde.example',
  },
  extra = '',
): string {
  const host = list.address.slice(list.address.indexOf('@') + 1);
  return `From list@x Thu Apr 0${i} 13:00:00 2026
Received: from ${host} (${host} [203.0.113.5]) by mx.ko-mail.example with ESMTPS; Thu, 0${i} Apr 2026 13:00:02 +0200
Delivered-To: ${alias}
From: ${from}
To: ${list.address}
Reply-To: ${list.address}
Sender: wanderfreunde-bounces@${host}
List-Id: Wanderfreunde <${list.id}>
List-Unsubscribe: <mailto:leave@${host}>
Precedence: list
${extra}Subject: [Wanderfreunde] Post ${i}
Date: Thu, 0${i} Apr 2026 13:00:00 +0200
Message-ID: <list${i}-${alias}@x>
Content-Type: text/plain; charset=utf-8

${body}

`;
}

/** A person with a club (its list under its declared domain) and a hotel, each given an alias and a name variant. */
async function world() {
  const tracer = await createTracer({
    seed: 'lists',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'DE',
  });
  const me = await tracer.addSubject({
    name: 'Katharina Obermeier',
    emails: [{ address: 'inbox@ko-mail.example', strategy: 'domain' }],
    phones: { real: ['+4917612345670'], pool: ['+4917612345671', '+4917612345672'] },
    locale: 'en',
    region: 'DE',
  });
  const club = await tracer.addSource({
    name: 'Wanderfreunde Spandau',
    category: 'club',
    expected: { phones: [], emailDomains: ['wanderfreunde.example'] },
  });
  const hotel = await tracer.addSource({
    name: 'Hotel Adlon Kempinski',
    category: 'hotel',
    expected: { phones: [], emailDomains: ['kempinski.com'] },
  });
  const at = '2026-03-01T10:00:00Z';
  const clubCanary = await tracer.issue({
    subjectId: me.id,
    sourceId: club.id,
    fields: ['email', 'name'],
    at,
  });
  const hotelCanary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'name'],
    at,
  });
  const record = async (mbox: string, extra: Partial<ContactInput> = {}) => {
    const file = await folder.file(`m${Math.random().toString(36).slice(2)}.mbox`, mbox);
    const { contacts } = await collect((onReject) =>
      readMbox(file, { ownDomains: ['ko-mail.example'], onReject }),
    );
    return Promise.all(contacts.map((c) => tracer.record({ ...c, ...extra })));
  };
  const status = async (id: string) =>
    (await tracer.analyze()).sources.find((s) => s.sourceId === id)?.status;
  return { tracer, club, hotel, clubCanary, hotelCanary, record, status };
}

describe('posts a mailing list delivered', () => {
  it('reads List-Id as the list when the mail is addressed to the list, not for a newsletter to the person', async () => {
    const alias = 'uc54t83mu7@ko-mail.example';
    const listed = await folder.file(
      'a.mbox',
      post(alias, 'Horst Meier <horst.meier@t-online.de>', 'Samstag 9 Uhr.', 3),
    );
    const newsletter = await folder.file(
      'b.mbox',
      `From x Thu Apr 03 13:00:00 2026\nDelivered-To: ${alias}\nFrom: News <news@shop.example>\nTo: ${alias}\nList-Id: <abc123.mc.us1.list-id.mcsv.net>\nList-Unsubscribe: <mailto:u@mcsv.net>\nSubject: Sale\nDate: Thu, 03 Apr 2026 13:00:00 +0200\nContent-Type: text/plain\n\nSale!\n\n`,
    );
    const a = await collect((onReject) => readMbox(listed, { onReject }));
    const b = await collect((onReject) => readMbox(newsletter, { onReject }));
    expect(a.contacts[0]?.mailingList).toBe('wanderfreunde.lists.wanderfreunde.example');
    expect(b.contacts[0]?.mailingList).toBeUndefined();
  });

  it("does not convict the club for a member's ad its own list server sent to the club's alias", async () => {
    const w = await world();
    const alias = w.clubCanary.email!;
    const results = await w.record(
      post(
        alias,
        'Horst Meier <horst.meier@t-online.de>',
        'Hallo zusammen, Samstag treffen wir uns um 9 Uhr am Bahnhof Spandau. Horst',
        3,
      ) +
        post(
          alias,
          'Gabi K <gabi.k@gmx.de>',
          `Ich bringe Kuchen mit! Liebe ${w.hotelCanary.name}, kommst du auch? Gabi`,
          4,
        ) +
        post(
          alias,
          'Info <info@ferienwohnung-harz.example>',
          'Liebe Wanderfreunde, unsere Ferienwohnung im Harz jetzt 20% günstiger für Vereinsmitglieder! Buchen unter www.ferienwohnung-harz.example',
          5,
        ),
    );
    expect(results.map((r) => r.verdict)).toEqual(['legitimate', 'legitimate', 'legitimate']);
    expect(results[2]!.reason).toContain("Wanderfreunde Spandau's own mailing list");
    expect(results[1]!.sources.map((s) => s.sourceId)).toEqual([w.club.id]);
    expect(await w.status(w.club.id)).not.toBe('leaked');
    expect(await w.status(w.hotel.id)).not.toBe('leaked');
    expect(blockListCsv((await w.tracer.analyze()).actors)).not.toContain('ferienwohnung-harz');
  });

  it("reads a quiet post of another list delivered to the hotel's alias as a subscription, not the hotel's leak", async () => {
    const w = await world();
    const [r] = await w.record(
      post(
        w.hotelCanary.email!,
        'Horst Meier <horst.meier@t-online.de>',
        'Hallo zusammen, Samstag treffen wir uns um 9 Uhr am Bahnhof. Horst',
        3,
      ),
    );
    expect(r!.verdict).toBe('untraceable');
    expect(r!.reason).toContain('subscribed');
    expect(await w.status(w.hotel.id)).not.toBe('leaked');
  });

  it("keeps a pitch or a link under a list header not the source's own as evidence", async () => {
    const w = await world();
    const results = await w.record(
      post(
        w.hotelCanary.email!,
        'Kredit <info@kredit-sofort.example>',
        'Sofortkredit bis 50.000 € ohne Schufa, jetzt 20% günstiger! Antrag: www.kredit-sofort.example',
        3,
        { id: 'deals.lists.kredit-sofort.example', address: 'deals@lists.kredit-sofort.example' },
      ) +
        post(
          w.hotelCanary.email!,
          'Support <s@verify.example>',
          'Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Daten unter https://verify.example/login',
          4,
          { id: 'news.lists.verify.example', address: 'news@lists.verify.example' },
        ),
    );
    expect(results.map((r) => r.verdict)).toEqual(['leak', 'leak']);
  });

  it("counts the club's own list only when the receiving server authenticated its domain (where it checked)", async () => {
    const w = await world();
    const forged = post(
      w.clubCanary.email!,
      'Info <info@ferienwohnung-harz.example>',
      'Liebe Wanderfreunde, unsere Ferienwohnung im Harz jetzt 20% günstiger! Buchen unter www.ferienwohnung-harz.example',
      5,
    );
    const [r] = await w.record(forged, { authenticatedDomains: ['ferienwohnung-harz.example'] });
    expect(r!.verdict).toBe('leak');
    const [ok] = await w.record(forged.replace('Message-ID: <list5', 'Message-ID: <list6'), {
      authenticatedDomains: ['lists.wanderfreunde.example'],
    });
    expect(ok!.verdict).toBe('legitimate');
  });
});
