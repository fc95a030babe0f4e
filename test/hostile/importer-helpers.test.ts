import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { detectAliasFormat } from '../../src/importers/aliases.js';
import { detectFormat } from '../../src/importers/detect.js';
import { readContacts } from '../../src/importers/index.js';
import { createTwilioHandler, twilioContact, twilioSignature } from '../../src/importers/twilio.js';
import { createTracer, isLeaktraceError, type Tracer } from '../../src/index.js';

const hostile: [string, unknown][] = [
  ['null', null],
  ['number', 7],
  ['array', []],
  ['symbol', Symbol('s')],
  ['bigint', 10n],
  ['function', () => 1],
  ['NaN', Number.NaN],
  ['invalid date', new Date('x')],
  [
    'throwing proxy',
    new Proxy(
      {},
      {
        get() {
          throw new Error('getter boom');
        },
        ownKeys() {
          throw new Error('keys boom');
        },
      },
    ),
  ],
  ['undefined', undefined],
];

/** Runs a call to its end (awaited, iterated): the error it threw, if any. */
async function outcome(call: () => unknown): Promise<unknown> {
  try {
    let r = call();
    if (r instanceof Promise) r = await r;
    if (r && typeof (r as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
      for await (const _ of r as AsyncIterable<unknown>);
    return undefined;
  } catch (error) {
    return error;
  }
}

const calls: Record<string, (bad: unknown) => unknown> = {
  'twilioSignature(authToken)': (bad) => twilioSignature(bad as string, 'https://x.example/v', {}),
  'twilioSignature(url)': (bad) => twilioSignature('token', bad as string, {}),
  'twilioSignature(params)': (bad) => twilioSignature('token', 'https://x.example/v', bad as never),
  'twilioContact(params)': (bad) => twilioContact(bad as URLSearchParams),
  'twilioContact(options)': (bad) => twilioContact(new URLSearchParams({ CallSid: 'CA1' }), bad as never),
  'createTwilioHandler(options)': (bad) => createTwilioHandler(bad as never),
  'detectFormat(path)': (bad) => detectFormat(bad as string),
  'readContacts(path)': (bad) => readContacts(bad as string),
  'readContacts(options)': (bad) => readContacts('/nonexistent/file.csv', bad as never),
  'detectAliasFormat(text)': (bad) => detectAliasFormat(bad as string),
};

describe('importer helpers given hostile values', () => {
  for (const [name, call] of Object.entries(calls))
    it(`${name}: a typed error with a code and a path, never a raw TypeError`, async () => {
      for (const [label, bad] of hostile) {
        const error = await outcome(() => call(bad));
        if (error === undefined) continue; // a value the function may take (undefined options)
        expect(isLeaktraceError(error), `${label}: ${String(error)}`).toBe(true);
      }
    });

  it('twilioContact accepts a plain object of parameters as well as URLSearchParams', () => {
    expect(twilioContact({ CallSid: 'CA7', From: '+14155550100' } as never, { at: 0 })).toMatchObject({
      id: 'twilio:CA7',
      from: '+14155550100',
    });
  });
});

describe('createTwilioHandler with the full webhook URL as publicUrl', () => {
  let server: Server | undefined;
  let tracer: Tracer | undefined;
  afterEach(async () => {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await tracer?.close();
  });

  it.each(['https://hook.example/twilio', 'https://hook.example', 'https://hook.example/'])(
    'accepts a request Twilio signed for https://hook.example/twilio, publicUrl %s',
    async (publicUrl) => {
      tracer = await createTracer({ seed: 'twilio-url', now: new Date('2026-11-29T00:00:00Z') });
      server = createServer(
        createTwilioHandler({
          tracer,
          authToken: 'tok',
          publicUrl,
          now: () => new Date('2026-11-29T01:00:00Z'),
        }),
      );
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const params = { CallSid: 'CA9', From: '+14155550100', To: '+14155550143' };
      const res = await fetch(`${base}/twilio`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature('tok', 'https://hook.example/twilio', params),
        },
        body: new URLSearchParams(params).toString(),
      });
      expect(res.status).toBe(200);
    },
  );

  it('refuses a publicUrl that is no http(s) URL, naming it', async () => {
    const t = await createTracer();
    expect(() => createTwilioHandler({ tracer: t, authToken: 'tok', publicUrl: 'hook.example' })).toThrow(
      /publicUrl: must be the http\(s\) URL Twilio calls/u,
    );
    await t.close();
  });
});
