import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { closingSignature } from '../../src/match/closing-signature.js';

// A rival or an affiliate that writes the source's name into its pitch ("like ASOS?", "loved
// Premier Inn?", 住过希尔顿？) and signs with its own is a third party holding the source's data, not
// the source writing from an undeclared sender.

async function world() {
  const tracer = await createTracer({ seed: 5, defaultRegion: 'GB', now: new Date('2026-07-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Oliver Bennett',
    emails: [{ address: 'oliver.bennett84@gmail.com', strategy: 'plus' }],
    phones: { real: ['+447911123456'], pool: ['+447911123458', '+447911123459'] },
    region: 'GB',
  });
  const issue = async (name: string, otherNames?: string[]) => {
    const source = await tracer.addSource({ name, category: 'hotel', ...(otherNames ? { otherNames } : {}) });
    return tracer.issue({
      subjectId: me.id,
      sourceId: source.id,
      fields: ['email', 'phone', 'name'],
      at: '2025-03-14T00:00:00Z',
    });
  };
  const hotel = await issue('Premier Inn Leeds City Centre', ['Premier Inn']);
  const shop = await issue('ASOS');
  const shanghai = await issue('上海希尔顿酒店');
  const send = (canary: typeof hotel, channel: 'email' | 'sms', from: string, content: string) =>
    tracer.record({
      channel,
      at: '2026-06-01T09:00:00Z',
      to: channel === 'email' ? canary.email! : canary.phone!,
      from,
      content: content.replace('NAME', canary.name!),
    });
  return { hotel, shop, shanghai, send };
}

describe('a rival naming the source in its pitch', () => {
  it.each([
    [
      'email',
      'offers@travelodge.example',
      'Hi NAME, loved Premier Inn? Stay with Travelodge next time. Travelodge',
    ],
    ['sms', '+447451209991', 'Hi NAME, loved Premier Inn? Stay with Travelodge next time. Travelodge'],
    ['sms', '+447451209992', 'Hi NAME, tired of Premier Inn? Rooms from Acme Lodges.\nAcme Lodges UK'],
  ] as const)('%s from %s is a leak: %s', async (channel, from, content) => {
    const { hotel, send } = await world();
    expect((await send(hotel, channel, from, content)).verdict).toBe('leak');
  });

  it.each([
    "Hi NAME, like ASOS? You'll love our new designer outlet, up to 70% off. Fashion Outlet UK",
    'Hi NAME, exclusive: 20% off at ASOS this weekend only. Happy shopping, the VoucherCodes team',
  ])('an affiliate’s mail is a leak: %s', async (content) => {
    const { shop, send } = await world();
    expect((await send(shop, 'email', 'deals@affiliate.example', content)).verdict).toBe('leak');
  });

  it('in Chinese: 住过希尔顿？ signed by another hotel', async () => {
    const { shanghai, send } = await world();
    const result = await send(
      shanghai,
      'email',
      'promo@jinjiang-hotels.example',
      'NAME您好，住过希尔顿？锦江酒店会员日全场5折，立即预订。锦江酒店',
    );
    expect(result.verdict).toBe('leak');
  });
});

describe('the source’s own messages stay its own', () => {
  it.each([
    'Hi NAME, your room at Premier Inn Leeds City Centre is ready from 2pm. Lily',
    'Hi NAME, thanks for booking with Premier Inn.\nYour booking ref is PI12345.\nCustomer Care Team',
    'Hi NAME, thanks for your stay at Premier Inn. Did you enjoy your stay? Premier Inn Team',
    'Hi NAME, enjoyed your stay at Premier Inn? Tell us how we did. Premier Inn',
    'Hi NAME, your stay at Premier Inn Leeds City Centre is confirmed. Online Support',
  ])('%s', async (content) => {
    const { hotel, send } = await world();
    expect((await send(hotel, 'email', 'stay@mailer.example', content)).verdict).toBe('legitimate');
  });

  it('a Chinese confirmation signed with its brand or a desk', async () => {
    const { shanghai, send } = await world();
    for (const content of [
      'NAME您好，您在上海希尔顿酒店的预订已确认。希尔顿酒店',
      'NAME您好，您在上海希尔顿酒店的预订已确认。前台',
    ])
      expect((await send(shanghai, 'email', 'stay@mailer.example', content)).verdict).toBe('legitimate');
  });
});

describe('closingSignature', () => {
  it.each([
    ['… up to 70% off. Fashion Outlet UK', 'Fashion Outlet UK'],
    ['Only this weekend. Happy shopping, the VoucherCodes team', 'the VoucherCodes team'],
    ['Your room is ready.\n— Lily', 'Lily'],
    ['立即预订。锦江酒店', '锦江酒店'],
    ['Your room is ready.', undefined],
    ['See the attached invoice for your stay in March and let us know of any question', undefined],
  ])('%j → %j', (content, expected) => {
    expect(closingSignature(content)).toBe(expected);
  });
});
