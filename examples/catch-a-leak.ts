/**
 * The canary trap end to end: identities go out to three merchants, then the calls, texts
 * and mail come in. Each contact is matched back to the canary it used, with a verdict.
 * Run: npx tsx examples/catch-a-leak.ts
 */
import { createTracer } from 'leaktrace';

const tracer = await createTracer({ seed: 'catch-a-leak', now: new Date('2026-01-05T09:00:00Z') });
const me = await tracer.addSubject({
  name: '王芳',
  emails: [{ address: 'inbox@wangfang.example', strategy: 'domain' }],
  phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
  locale: 'zh-CN',
});
const hotel = await tracer.addSource({
  name: '上海希尔顿酒店',
  category: 'hotel',
  expected: { phones: ['021-6123-4567'] },
});
const dealer = await tracer.addSource({ name: '4S 汽车店', category: 'car dealer' });
const gym = await tracer.addSource({ name: '健身房', category: 'fitness' });

const atHotel = await tracer.issue({
  subjectId: me.id,
  sourceId: hotel.id,
  fields: ['email', 'phone', 'name'],
});
const atDealer = await tracer.issue({
  subjectId: me.id,
  sourceId: dealer.id,
  fields: ['email', 'phone', 'name'],
});
await tracer.issue({ subjectId: me.id, sourceId: gym.id, fields: ['email', 'phone', 'name'] });
const control = await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['email'] });

const names = new Map(tracer.listSources().map((s) => [s.id, s.name]));
const contacts = [
  // The hotel calls about the booking from the number it declared.
  { channel: 'call', at: '2026-01-06T10:00:00+08:00', to: atHotel.phone, from: '021-6123-4567' },
  // A loan robot texts the dealer's number, using the dealer's name variant.
  {
    channel: 'sms',
    at: '2026-02-11T14:03:00+08:00',
    to: atDealer.phone,
    from: '10690000123',
    content: `【融易贷】${atDealer.name}女士您好，您有一笔20万额度待领取，回T退订`,
  },
  // An estate agent calls the dealer's number and greets her by the hotel's name variant: someone holds both records.
  {
    channel: 'call',
    at: '2026-03-02T11:30:00+08:00',
    to: atDealer.phone,
    from: '17012345678',
    content: `喂，是${atHotel.name}吗？浦东新盘了解一下`,
  },
  // Spam to the control alias: background, nobody was given it.
  { channel: 'email', at: '2026-03-03T08:00:00Z', to: control.email, from: 'win@lottery.example' },
  // A guessed alias on her catch-all domain.
  {
    channel: 'email',
    at: '2026-03-04T08:00:00Z',
    to: 'bank@wangfang.example',
    from: 'security@phish.example',
  },
  // A call to her real number: no canary, untraceable.
  { channel: 'call', at: '2026-03-05T08:00:00Z', to: '13800138000', from: '16512345678' },
] as const;

const summary: string[] = [];
for (const contact of contacts) {
  const result = await tracer.record({ ...contact, to: contact.to! });
  const who = result.sources.map((s) => names.get(s.sourceId)).join(' + ') || '-';
  console.log(
    `${contact.channel.padEnd(5)} ${result.verdict.padEnd(11)} ${result.confidence.toFixed(2)}  ${who}  (${result.reason})`,
  );
  summary.push(result.verdict);
}
const expected = ['legitimate', 'leak', 'merge', 'noise', 'forged', 'untraceable'];
if (summary.join() !== expected.join()) {
  console.error(`expected ${expected.join()}, got ${summary.join()}`);
  process.exit(1);
}
await tracer.close();
