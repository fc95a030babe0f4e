import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTwilioHandler,
  twilioContact,
  twilioNotReceived,
  twilioSignature,
} from '../../src/importers/twilio.js';
import { createTracer, type Tracer } from '../../src/index.js';
import { memoryStore } from '../../src/stores/memory.js';

const token = 'tok';
const PUBLIC = 'https://hook.example';
const POOL = '+14155550102';
const FRIEND = '+14155559999';
const at = new Date('2026-11-20T18:00:00Z');

describe('Twilio webhooks of what the account sent or placed are no contact', () => {
  it.each([
    [
      'a sent text’s status callback',
      { MessageSid: 'SM1', SmsStatus: 'delivered', From: POOL, To: FRIEND, Body: 'hi' },
    ],
    [
      'a sent text’s MessageStatus callback',
      { MessageSid: 'SM2', MessageStatus: 'sent', From: POOL, To: FRIEND },
    ],
    ['a failed text', { SmsSid: 'SM3', SmsStatus: 'failed', From: POOL, To: FRIEND }],
    ['an outbound-api call', { CallSid: 'CA1', Direction: 'outbound-api', From: POOL, To: FRIEND }],
    [
      'a <Dial> leg to the person’s phone',
      {
        CallSid: 'CA2',
        ParentCallSid: 'CA0',
        Direction: 'outbound-dial',
        From: '+12125550111',
        To: '+14155550100',
      },
    ],
    ['a reply sent', { MessageSid: 'SM4', Direction: 'outbound-reply', From: POOL, To: FRIEND }],
  ])('%s', (_, params) => {
    const p = new URLSearchParams(params);
    expect(twilioNotReceived(p)).toBeTypeOf('string');
    expect(twilioContact(p, { at })).toBeUndefined();
  });

  it('an incoming text (SmsStatus received) and an inbound call are contacts', () => {
    expect(
      twilioContact(
        new URLSearchParams({ MessageSid: 'SM9', SmsStatus: 'received', From: FRIEND, To: POOL, Body: 'x' }),
        { at },
      ),
    ).toMatchObject({ channel: 'sms', from: FRIEND, to: POOL });
    expect(
      twilioContact(
        new URLSearchParams({
          CallSid: 'CA9',
          Direction: 'inbound',
          CallStatus: 'ringing',
          From: FRIEND,
          To: POOL,
        }),
        { at },
      ),
    ).toMatchObject({ channel: 'call', from: FRIEND, to: POOL });
  });

  it('notes an MMS’s media in its content, with or without a text', () => {
    const mms = {
      MessageSid: 'MM1',
      SmsStatus: 'received',
      From: FRIEND,
      To: POOL,
      NumMedia: '1',
      MediaContentType0: 'image/jpeg',
      MediaUrl0: 'https://api.twilio.com/m/ME1',
    };
    expect(twilioContact(new URLSearchParams(mms), { at })!.content).toBe(
      '[1 attachment: image/jpeg <https://api.twilio.com/m/ME1>]',
    );
    expect(twilioContact(new URLSearchParams({ ...mms, Body: 'look' }), { at })!.content).toBe(
      'look\n[1 attachment: image/jpeg <https://api.twilio.com/m/ME1>]',
    );
  });
});

describe('the Twilio handler', () => {
  let server: Server | undefined;
  let tracer: Tracer | undefined;
  afterEach(async () => {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    server = undefined;
    await tracer?.close();
  });

  async function serve() {
    tracer = await createTracer({
      store: memoryStore(),
      seed: 'twilio-directions',
      now: new Date('2026-11-30T00:00:00Z'),
    });
    await tracer.addSubject({
      name: 'Emily Rose Carter',
      region: 'US',
      timeZone: 'America/Los_Angeles',
      phones: { real: ['+14155550100'], pool: [POOL] },
    });
    server = createServer(
      createTwilioHandler({ tracer, authToken: token, publicUrl: PUBLIC, now: () => at }),
    );
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return async (path: string, params: Record<string, string>) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(token, `${PUBLIC}${path}`, params),
        },
        body: new URLSearchParams(params).toString(),
      });
      return { status: res.status, text: await res.text() };
    };
  }

  it('records nothing for callbacks of what was sent, and never makes the pool number an actor', async () => {
    const post = await serve();
    expect(
      (await post('/sms', { MessageSid: 'SMs', SmsStatus: 'delivered', From: POOL, To: FRIEND, Body: 'hi' }))
        .status,
    ).toBe(204);
    const call = await post('/voice', { CallSid: 'CAo', Direction: 'outbound-api', From: POOL, To: FRIEND });
    expect(call.status).toBe(200);
    expect(call.text).toContain('<Response></Response>');
    expect(
      (await post('/sms', { MessageSid: 'SMr', SmsStatus: 'received', From: FRIEND, To: POOL, Body: 'loan' }))
        .status,
    ).toBe(200);
    const froms: (string | undefined)[] = [];
    for await (const { contact } of tracer!.listContacts()) froms.push(contact.from);
    expect(froms).toEqual([FRIEND]);
    const analysis = await tracer!.analyze();
    expect(JSON.stringify(analysis.actors)).not.toContain(POOL);
  });

  it('answers 413 to an over-long body and the next request on the same connection still gets its answer', async () => {
    const post = await serve();
    const big = await post('/sms', {
      MessageSid: 'SMd',
      SmsStatus: 'received',
      From: FRIEND,
      To: POOL,
      Body: 'x'.repeat(200_000),
    });
    expect(big.status).toBe(413);
    expect(
      (await post('/sms', { MessageSid: 'SMf', SmsStatus: 'received', From: FRIEND, To: '', Body: 'x' }))
        .status,
    ).toBe(400);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
  ])('answers 400 to a signed text whose To is %s, recording nothing', async (_, to) => {
    const post = await serve();
    const res = await post('/sms', {
      MessageSid: 'SMe',
      SmsStatus: 'received',
      From: FRIEND,
      To: to,
      Body: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/to/iu);
    let n = 0;
    for await (const _c of tracer!.listContacts()) n++;
    expect(n).toBe(0);
  });
});
