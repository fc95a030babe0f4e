import { describe, expect, it } from 'vitest';
import { createTracer, type SourceInput } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = new Date('2026-02-01T00:00:00Z');

/** One person, one source given her pool number, a name variant and an alias; `send` one contact. */
async function oneSource(source: SourceInput, region: 'CN' | 'DE' | 'US' = 'CN') {
  const tracer = await createTracer({ seed: 'spoof', now: new Date('2026-05-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: region === 'CN' ? '王芳' : 'Anna Maria Weber',
    region,
    emails: [
      { address: 'inbox@anna.example', strategy: 'domain' },
      { address: 'anna.weber@gmail.com', strategy: 'plus' },
    ],
    phones: { real: ['+4915112345678'], pool: ['+4915200000001', '+4915200000002'] },
  });
  const added = await tracer.addSource(source);
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: added.id,
    fields: ['email', 'phone', 'name'],
    at: T0,
  });
  const send = async (contact: {
    channel: 'sms' | 'call' | 'email';
    from: string;
    content: (variant: string) => string;
    authenticatedDomains?: string[];
  }) =>
    tracer.record({
      channel: contact.channel,
      at,
      to: contact.channel === 'email' ? canary.email! : canary.phone!,
      from: contact.from,
      content: contact.content(canary.name!),
      ...(contact.authenticatedDomains === undefined
        ? {}
        : { authenticatedDomains: contact.authenticatedDomains }),
    });
  return { tracer, send, source: added };
}

describe("a contact from the source's declared number that asks what only an impersonator asks stays evidence (caller ID is spoofed easily)", () => {
  const hotel = {
    name: '上海希尔顿酒店',
    category: 'hotel',
    expected: { phones: ['021-6123-4567'], emailDomains: ['hilton.com'] },
  };
  it.each([
    [
      'sms',
      '02161234567',
      (v: string) =>
        `${v}先生，您的银行卡已被冻结，请立即点击 http://unfreeze.top 解冻，并告知收到的验证码。`,
    ],
    ['sms', '+862161234567', (v: string) => `${v}先生您好，低息贷款50万，当天放款，详询微信 loan888`],
    ['call', '02161234567', (v: string) => `${v}先生您好，我是公安局的，您涉嫌洗钱，请把资金转到安全账户`],
  ] as const)('%s from %s is a leak', async (channel, from, content) => {
    const { tracer, send } = await oneSource(hotel);
    const recorded = await send({ channel, from, content });
    expect(recorded.verdict).toBe('leak');
    expect(recorded.reason).toMatch(/declared, but carries .*spoofed/u);
    expect((await tracer.analyze({})).sources[0]!.status).not.toBe('legitimate-only');
  });

  it('keeps its plain own text from that number its own', async () => {
    const { send } = await oneSource(hotel);
    const recorded = await send({
      channel: 'sms',
      from: '02161234567',
      content: (v) => `${v}您好，您的房间已准备好`,
    });
    expect(recorded.verdict).toBe('legitimate');
  });

  it('reads a German IBAN request from the declared number as a leak', async () => {
    const { send } = await oneSource(
      {
        name: 'Hilton',
        category: 'hotel',
        expected: { phones: ['+49 30 1234567'], emailDomains: ['hilton.com'] },
      },
      'DE',
    );
    const recorded = await send({
      channel: 'sms',
      from: '+49301234567',
      content: (v) =>
        `Hallo ${v}, Ihre Buchung 38291 erfordert eine Anzahlung. Bitte überweisen Sie 300 EUR auf IBAN DE89 3704 0044 0532 0130 00.`,
    });
    expect(recorded.verdict).toBe('leak');
    expect(recorded.reason).toMatch(/transfer to a bank account/u);
  });
});

describe("a bank's declared number spoofed by fraud callers using its file", () => {
  const bank = { name: 'Chase', category: 'bank', expected: { phones: ['+18009359935'] } };
  it('is a leak when the caller asks for the one-time code', async () => {
    const { send } = await oneSource(bank, 'US');
    const recorded = await send({
      channel: 'call',
      from: '+18009359935',
      content: (v) =>
        `Hello ${v}, this is Chase fraud department. We noticed unusual activity, please read me the code we just texted you.`,
    });
    expect(recorded.verdict).toBe('leak');
  });

  it('is its own when it sends a code and warns never to share it', async () => {
    const { send } = await oneSource(bank, 'US');
    const recorded = await send({
      channel: 'sms',
      from: '+18009359935',
      content: (v) => `Chase: ${v}, your one-time code is 482913. Never share this code with anyone.`,
    });
    expect(recorded.verdict).toBe('legitimate');
  });
});

describe('mail in the source’s own domain that failed authentication and asks what an impersonator asks is a leak', () => {
  const hilton = { name: 'Hilton', category: 'hotel', expected: { emailDomains: ['hilton.com'] } };
  it.each([
    (v: string) =>
      `Dear ${v}, Unusual sign-in detected. Verify your identity: http://hilton-secure.example/login`,
    (v: string) =>
      `Dear ${v}, Your booking 38291 needs a deposit. Please wire 300 EUR to IBAN DE89 3704 0044 0532 0130 00.`,
    (v: string) =>
      `Sehr geehrte/r ${v}, Ihre Zahlung für die Reservierung 38291 ist fehlgeschlagen. Aktualisieren Sie Ihre Kreditkartendaten: http://hilton-zahlung.example`,
  ])('%#', async (content) => {
    const { send } = await oneSource(hilton, 'DE');
    const recorded = await send({
      channel: 'email',
      from: 'reservations@hilton.com',
      authenticatedDomains: ['spamhost.example'],
      content,
    });
    expect(recorded.verdict).toBe('leak');
    expect(recorded.reason).toMatch(/failed authentication and carries/u);
  });

  it('still reads its plain notice through a forwarder as its own', async () => {
    const { send } = await oneSource(hilton, 'DE');
    const recorded = await send({
      channel: 'email',
      from: 'reservations@hilton.com',
      authenticatedDomains: ['forwarder.example'],
      content: (v) => `Dear ${v}, your room is ready. Hilton`,
    });
    expect(recorded.verdict).toBe('legitimate');
  });
});

describe('a source writing from a shared mail provider declares its address, never the provider', () => {
  it.each(['qq.com', '163.com', 'gmail.com', 'outlook.com'])(
    'refuses %s as a declared domain',
    async (domain) => {
      const tracer = await createTracer({ seed: 'p' });
      await expect(
        tracer.addSource({ name: '小王花店', expected: { emailDomains: [domain] } }),
      ).rejects.toMatchObject({
        issues: [{ code: 'shared_provider', path: 'expected.emailDomains[0]' }],
      });
      expect(tracer.listSources()).toEqual([]);
    },
  );

  it('refuses an address given as a domain, naming the field to use', async () => {
    const tracer = await createTracer({ seed: 'p' });
    await expect(
      tracer.addSource({ name: '小王花店', expected: { emailDomains: ['xiaowang@qq.com'] } }),
    ).rejects.toMatchObject({
      issues: [{ code: 'invalid_domain', message: expect.stringMatching(/emailAddresses/u) }],
    });
  });

  it('excuses its own mailbox and no other user of the provider', async () => {
    const { send, tracer } = await oneSource({
      name: '小王花店',
      category: 'shop',
      expected: { emailAddresses: ['XiaoWangHuaDian@qq.com'] },
    });
    const spam = await send({
      channel: 'email',
      from: 'loan8888@qq.com',
      authenticatedDomains: ['qq.com'],
      content: (v) => `${v}先生您好，低息贷款50万，当天放款，详询微信 loan888`,
    });
    const own = await send({
      channel: 'email',
      from: 'xiaowanghuadian@qq.com',
      authenticatedDomains: ['qq.com'],
      content: (v) => `${v}先生您好，您订的花明天送到`,
    });
    expect(spam.verdict).toBe('leak');
    expect(own.verdict).toBe('legitimate');
    expect((await tracer.analyze({})).sources[0]!.status).toBe('leaked');
  });
});

describe("a contact sent as if from the person's own number or address", () => {
  const hilton = { name: 'Hilton', category: 'hotel', expected: { emailDomains: ['hilton.com'] } };
  it('stays a leak when it asks what a phisher asks', async () => {
    const { send } = await oneSource(hilton, 'DE');
    const recorded = await send({
      channel: 'email',
      from: 'anna.weber@gmail.com',
      content: (v) =>
        `${v}, your bank account is locked, verify at http://secure-bank.example and tell us the code`,
    });
    expect(recorded.verdict).toBe('leak');
    expect(recorded.reason).toMatch(/as if from the person's own address.*spoofed/u);
  });

  it('stays a leak when the mail failed authentication for that address', async () => {
    const { send } = await oneSource(hilton, 'DE');
    const recorded = await send({
      channel: 'email',
      from: 'anna.weber@gmail.com',
      authenticatedDomains: ['spam.example'],
      content: (v) => `${v}, hello`,
    });
    expect(recorded.verdict).toBe('leak');
  });

  it('is the person’s own forward otherwise', async () => {
    const { send } = await oneSource(hilton, 'DE');
    for (const content of [
      (v: string) => `${v}, your room is ready`,
      (v: string) => `Fwd: ${v}, verify your card at http://x.example`,
    ]) {
      const recorded = await send({ channel: 'email', from: 'anna.weber@gmail.com', content });
      expect(recorded.verdict).toBe('untraceable');
    }
  });
});

describe('links are judged by the declared domains', () => {
  const text = (v: string) =>
    `Hi ${v}, this is Kaiser Permanente. Your appointment on Tuesday is confirmed. Details at kp.org/appointments`;
  it('says which undeclared domain kept an own-reading message evidence', async () => {
    const { send } = await oneSource({ name: 'Kaiser Permanente', category: 'clinic' }, 'US');
    const recorded = await send({ channel: 'sms', from: '+14155550999', content: text });
    expect(recorded.verdict).toBe('leak');
    expect(recorded.reason).toMatch(
      /links to kp\.org, which Kaiser Permanente did not declare.*add it to its expected mail domains/u,
    );
  });

  it('reads it as the source’s own once the domain is declared', async () => {
    const { send } = await oneSource(
      { name: 'Kaiser Permanente', category: 'clinic', expected: { emailDomains: ['kp.org'] } },
      'US',
    );
    expect((await send({ channel: 'sms', from: '+14155550999', content: text })).verdict).toBe('legitimate');
  });
});
