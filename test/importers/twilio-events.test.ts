import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isWithheldCaller } from '../../src/_internal/withheld.js';
import { createTwilioHandler, twilioContact, twilioSignature } from '../../src/importers/twilio.js';
import type { Tracer } from '../../src/index.js';
import { chineseWorld, day } from '../helpers/world.js';

const token = 'tok';
const PUBLIC = 'https://hooks.example';

async function world() {
  const w = await chineseWorld();
  const canary = await w.tracer.issue({
    subjectId: w.subject.id,
    sourceId: w.hotel.id,
    fields: ['phone', 'name'],
    at: w.subject.createdAt,
  });
  return { ...w, canary };
}

describe('Twilio: several webhooks of one call', () => {
  let server: Server | undefined;
  let tracer: Tracer | undefined;
  afterEach(async () => {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    server = undefined;
    await tracer?.close();
  });

  async function serve(t: Tracer, at: () => Date) {
    tracer = t;
    server = createServer(createTwilioHandler({ tracer: t, authToken: token, publicUrl: PUBLIC, now: at }));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return (path: string, params: Record<string, string>) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(token, `${PUBLIC}${path}`, params),
        },
        body: new URLSearchParams(params).toString(),
      });
  }

  it('judges the transcription that follows the ring of the same CallSid instead of dropping it', async () => {
    const w = await world();
    let now = day(10);
    const post = await serve(w.tracer, () => now);
    const call = { CallSid: 'CAt1', From: '+14155550199', To: w.canary.phone! };
    expect((await post('/voice', { ...call, CallStatus: 'ringing' })).status).toBe(200);
    now = day(10.01);
    const transcript = `${w.canary.name}先生您好，我们这边是做贷款的`;
    const res = await post('/transcribed', {
      ...call,
      CallStatus: 'completed',
      TranscriptionSid: 'TR1',
      TranscriptionText: transcript,
    });
    expect(res.status).toBe(200);
    const stored = [];
    for await (const c of w.tracer.listContacts()) stored.push(c);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.contact).toMatchObject({ id: 'twilio:CAt1', content: transcript, at: day(10) });
    expect(stored[0]!.result.verdict).toBe('leak');
    expect(stored[0]!.result.confidence).toBeGreaterThan(0.9);
    // A replay of the transcription adds nothing more.
    await post('/transcribed', { ...call, TranscriptionSid: 'TR1', TranscriptionText: transcript });
    const again = [];
    for await (const c of w.tracer.listContacts()) again.push(c);
    expect(again).toHaveLength(1);
    expect(again[0]!.contact.content).toBe(transcript);
  });

  it('keeps the status callback of a recorded call a replay', async () => {
    const w = await world();
    const post = await serve(w.tracer, () => day(11));
    const call = { CallSid: 'CAt2', From: '+14155550199', To: w.canary.phone! };
    await post('/voice', call);
    await post('/status', { ...call, CallStatus: 'completed', CallDuration: '4' });
    const stored = [];
    for await (const c of w.tracer.listContacts()) stored.push(c);
    expect(stored).toHaveLength(1);
  });
});

describe('withheld caller ids', () => {
  it.each([
    '+266696687',
    '266696687',
    '+86282452253',
    '+8656696',
    '+2562533',
    'Anonymous',
    'anonymous',
    'Restricted',
    'Unknown',
    'Private Number',
    'UNAVAILABLE',
    '-1',
    '-2',
    'sip:anonymous@anonymous.invalid',
    'Rufnummer unterdrückt',
    '未知号码',
    '隐藏号码',
  ])('reads %s as no caller', (value) => {
    expect(isWithheldCaller(value)).toBe(true);
  });

  it.each(['+8617012345678', '10086', '95588', 'Hilton', 'CHECK24', 'anna@example.com', '+4930123456'])(
    'reads %s as a caller',
    (value) => {
      expect(isWithheldCaller(value)).toBe(false);
    },
  );

  it('counts twelve calls from Twilio placeholders as twelve unknown callers, never one blockable actor', async () => {
    const w = await world();
    for (const [i, from] of ['+266696687', 'Anonymous', 'Restricted'].entries()) {
      const contact = twilioContact(
        new URLSearchParams({ CallSid: `CAanon${i}`, From: from, To: w.canary.phone! }),
        { at: day(20 + i) },
      )!;
      const result = await w.tracer.record(contact);
      expect(result.contact.from).toBeUndefined();
    }
    const r = await w.tracer.record({ channel: 'call', at: day(30), to: w.canary.phone!, from: 'Unknown' });
    expect(r.contact.from).toBeUndefined();
    await w.tracer.close();
  });
});
