import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTwilioHandler,
  twilioContact,
  twilioSignature,
  verifyTwilioSignature,
} from '../../src/importers/twilio.js';
import { createTracer, type Tracer } from '../../src/index.js';

const token = '12345';
// Twilio's documented example (security docs): this URL, these parameters, this token.
const docUrl = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const docParams = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+12349013030',
  Digits: '1234',
  From: '+12349013030',
  To: '+18005551212',
};

describe('twilioSignature', () => {
  it("matches Twilio's documented examples (both versions of the docs' caller)", () => {
    expect(twilioSignature(token, docUrl, docParams)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    const newer = { ...docParams, Caller: '+14158675310', From: '+14158675310' };
    expect(twilioSignature(token, docUrl, newer)).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('sorts parameters by name and rejects a changed or missing signature', () => {
    const good = twilioSignature(token, docUrl, docParams);
    const reordered = new URLSearchParams(Object.entries(docParams).reverse());
    expect(verifyTwilioSignature(token, docUrl, reordered, good)).toBe(true);
    expect(verifyTwilioSignature(token, docUrl, { ...docParams, Digits: '9' }, good)).toBe(false);
    expect(verifyTwilioSignature('other', docUrl, docParams, good)).toBe(false);
    expect(verifyTwilioSignature(token, docUrl, docParams, undefined)).toBe(false);
    expect(verifyTwilioSignature(token, docUrl, docParams, 'short')).toBe(false);
  });
});

describe('twilioContact', () => {
  it('a call forwarded into the Twilio number reached the line it was forwarded from', () => {
    const call = (forwarded: string, to = '+16505550000') =>
      twilioContact(
        new URLSearchParams({
          CallSid: 'CA7',
          From: '+14155550777',
          To: to,
          ForwardedFrom: forwarded,
          CallerName: 'LOAN CENTER',
        }),
        { at: 5 },
      );
    // As carriers pass it: national, with the country code, or E.164.
    expect(call('4155550199')?.to).toBe('+14155550199');
    expect(call('14155550199')?.to).toBe('+14155550199');
    expect(call('+4917612345673')?.to).toBe('+4917612345673');
    // Read in the Twilio number's country.
    expect(call('017612345673', '+4930123456789')?.to).toBe('+4917612345673');
    // Not a number in that country: kept as written, for the tracer to read.
    expect(call('12', '+4930123456789')?.to).toBe('12');
    // Not forwarded: the Twilio number.
    expect(
      twilioContact(new URLSearchParams({ CallSid: 'CA8', From: '+14155550777', To: '+16505550000' }))?.to,
    ).toBe('+16505550000');
  });

  it('reads a message webhook with its Sid as the id', () => {
    const c = twilioContact(
      new URLSearchParams({
        MessageSid: 'SM1',
        SmsSid: 'SM1',
        From: '+8617012345678',
        To: '+8613800138000',
        Body: 'hi',
      }),
      { at: 5 },
    );
    expect(c).toEqual({
      id: 'twilio:SM1',
      channel: 'sms',
      at: 5,
      from: '+8617012345678',
      to: '+8613800138000',
      content: 'hi',
    });
  });

  it('reads a voice webhook with its transcript', () => {
    const c = twilioContact(
      new URLSearchParams({
        CallSid: 'CA9',
        From: '+1',
        To: '+2',
        SpeechResult: 'Zhang Xiaowei?',
        CallerName: 'ROBOT',
      }),
    );
    expect(c).toMatchObject({
      id: 'twilio:CA9',
      channel: 'call',
      content: 'Zhang Xiaowei?',
      fromName: 'ROBOT',
    });
  });

  it('returns nothing without a Sid', () => {
    expect(twilioContact(new URLSearchParams({ From: '+1' }))).toBeUndefined();
  });
});

describe('createTwilioHandler', () => {
  let server: Server | undefined;
  let tracer: Tracer;
  afterEach(async () => {
    await new Promise((r) => server?.close(r));
    await tracer?.close();
  });

  async function start(): Promise<string> {
    tracer = await createTracer({ seed: 'twilio', now: new Date('2026-11-29T00:00:00Z') });
    server = createServer(
      createTwilioHandler({
        tracer,
        authToken: token,
        publicUrl: 'https://hooks.example',
        now: () => new Date('2026-11-29T01:00:00Z'),
      }),
    );
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const params = { CallSid: 'CA42', From: '+8617012345678', To: '+8613800138000' };
  const post = (base: string, signature?: string, body = new URLSearchParams(params).toString()) =>
    fetch(`${base}/voice`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signature ? { 'x-twilio-signature': signature } : {}),
      },
      body,
    });

  it('records a signed call once, answers TwiML, and records a replay once', async () => {
    const base = await start();
    const sig = twilioSignature(token, 'https://hooks.example/voice', params);
    const first = await post(base, sig);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/text\/xml/u);
    expect(await first.text()).toMatch(/^<\?xml[^>]*\?><Response>.*<\/Response>$/u);
    expect((await post(base, sig)).status).toBe(200);
    const stored = [];
    for await (const c of tracer.listContacts()) stored.push(c);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.contact).toMatchObject({
      id: 'twilio:CA42',
      from: '+8617012345678',
      at: new Date('2026-11-29T01:00:00Z'),
    });
  });

  it('answers 403 to a forged or missing signature and records nothing', async () => {
    const base = await start();
    expect((await post(base)).status).toBe(403);
    expect((await post(base, twilioSignature('wrong', 'https://hooks.example/voice', params))).status).toBe(
      403,
    );
    const forgedBody = new URLSearchParams({ ...params, From: '+8610000000000' }).toString();
    expect(
      (await post(base, twilioSignature(token, 'https://hooks.example/voice', params), forgedBody)).status,
    ).toBe(403);
    const stored = [];
    for await (const c of tracer.listContacts()) stored.push(c);
    expect(stored).toEqual([]);
  });

  it('answers 405 to a PUT and 413 to an oversized body', async () => {
    const base = await start();
    expect((await fetch(`${base}/voice`, { method: 'PUT', body: 'a=b' })).status).toBe(405);
    expect((await post(base, 'x', 'a='.padEnd(70_000, 'b'))).status).toBe(413);
  });

  it('records a webhook configured with GET: its parameters in the signed query string', async () => {
    const base = await start();
    const sms = {
      MessageSid: 'SM7',
      From: '+14155550777',
      To: '+14155550199',
      Body: 'Hi 😀 50% off + free',
      SmsStatus: 'received',
    };
    const path = `/sms?${new URLSearchParams(sms).toString()}`;
    const get = (signature: string) =>
      fetch(`${base}${path}`, { headers: { 'x-twilio-signature': signature } });
    expect((await get(twilioSignature(token, `https://hooks.example${path}`, {}))).status).toBe(200);
    // The query is signed: another body parameter or a changed query is forged.
    expect((await get(twilioSignature(token, 'https://hooks.example/sms', sms))).status).toBe(403);
    const stored = [];
    for await (const c of tracer.listContacts()) stored.push(c.contact);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: 'twilio:SM7',
      from: '+14155550777',
      to: '+14155550199',
      content: sms.Body,
    });
  });

  it('needs an auth token', () => {
    expect(() =>
      createTwilioHandler({ tracer: { record: async () => ({}) as never }, authToken: '' }),
    ).toThrow(/authToken/u);
  });
});
