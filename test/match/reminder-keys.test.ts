import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// Appointment-reminder robocalls and texts from a clinic's booking system ask for keys that
// confirm, reschedule or cancel the visit: the clinic's own errand. A key that puts the person
// through to someone, or any key in a message about a charge or an account, stays a dealer's cue.

async function world() {
  const tracer = await createTracer({ seed: 3, defaultRegion: 'US', now: new Date('2026-07-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Brian Nguyen',
    emails: [{ address: 'bn@bn.example', strategy: 'domain' }],
    phones: { real: ['+14155550100'], pool: ['+14155550101', '+14155550102'] },
    region: 'US',
  });
  const vet = await tracer.addSource({ name: 'Lakeside Veterinary Clinic', category: 'vet' });
  const shop = await tracer.addSource({ name: 'Amazon', category: 'shop' });
  const vetCanary = await tracer.issue({
    subjectId: me.id,
    sourceId: vet.id,
    fields: ['phone', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const shopCanary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['phone', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const call = (canary: typeof vetCanary, content: string) =>
    tracer.record({
      channel: 'call',
      at: '2026-06-01T16:00:00Z',
      to: canary.phone!,
      from: '+13032519848',
      content: content.replace('NAME', canary.name!),
    });
  return { vet: (c: string) => call(vetCanary, c), shop: (c: string) => call(shopCanary, c) };
}

describe('keys a reminder asks for', () => {
  it.each([
    "Hi NAME, this is Lakeside Veterinary Clinic calling to confirm your appointment tomorrow at 10 o'clock. Press 1 to confirm or 2 to reschedule",
    'Hi NAME, this is Lakeside Veterinary Clinic with a reminder: Bella is due for her booster on 3 June at 10am. Press 1 to confirm, 2 to reschedule, or 9 to hear this message again.',
    'Hallo NAME, hier ist die Lakeside Veterinary Clinic. Ihr Termin ist morgen um 10 Uhr. Drücken Sie die 1, um den Termin zu bestätigen, oder die 2, um ihn zu verschieben.',
    'NAME您好，这里是Lakeside Veterinary Clinic，提醒您明天上午10点的预约，确认请按1，改约请按2。',
    'Bonjour NAME, ici Lakeside Veterinary Clinic : votre rendez-vous est demain à 10 h. Appuyez sur 1 pour confirmer ou sur 2 pour annuler.',
    'Hola NAME, le llamamos de Lakeside Veterinary Clinic para recordarle su cita de mañana a las 10. Pulse 1 para confirmar o 2 para cancelar.',
  ])('the clinic’s own reminder: %s', async (content) => {
    const { vet } = await world();
    expect((await vet(content)).verdict).toBe('legitimate');
  });

  it.each([
    'Hi NAME, this is Lakeside Veterinary Clinic. Press 1 to speak to a specialist about our new pet insurance offer.',
    'Hi NAME, this is Lakeside Veterinary Clinic. Your account has been suspended. Press 1 to confirm your identity.',
    "Hi NAME, your pet's extended health plan is about to expire. Press 1 now.",
    'Hi NAME, Lakeside Veterinary Clinic reminder: your appointment is tomorrow. Press 1 to confirm or 0 to talk to an agent about our payment plans.',
  ])('a stranger’s key: %s', async (content) => {
    const { vet } = await world();
    expect((await vet(content)).verdict).toBe('leak');
  });

  it.each([
    'Hello NAME, this is Amazon. An order of an iPhone 15 for $999 was placed on your account. To confirm press 1, to cancel press 2.',
    'Hello NAME, this is Amazon. Your Prime membership will be renewed for $399 today. Press 1 to cancel.',
    'Hello NAME, this is Amazon customer service. Suspicious activity was detected on your account. Press 1 to confirm it was you.',
  ])('a key to confirm or cancel a charge or an account alert: %s', async (content) => {
    const { shop } = await world();
    expect((await shop(content)).verdict).toBe('leak');
  });
});

describe('"this is <the source> with …"', () => {
  it.each([
    'Hi NAME, this is Lakeside Veterinary Clinic with an update about your appointment tomorrow.',
    'Hi NAME, this is Lakeside Veterinary Clinic with a note about your appointment tomorrow.',
  ])('what it brings is no other business: %s', async (content) => {
    const { vet } = await world();
    expect((await vet(content)).verdict).toBe('legitimate');
  });

  it.each([
    'Hi NAME, this is Tom with QuickLoans, you are pre-approved.',
    'Hi NAME, this is Tom with a quick question about your pet insurance, are you happy with your cover?',
  ])('a stranger introducing itself: %s', async (content) => {
    const { vet } = await world();
    expect((await vet(content)).verdict).toBe('leak');
  });
});
