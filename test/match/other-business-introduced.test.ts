import { describe, expect, it } from 'vitest';
import { ownContactVerdict } from '../helpers/own-contact.js';

// A caller that introduces itself as another business by its name ("this is Premier Car
// Insurance", "hier ist die Allianz Kfz-Versicherung", 我是平安车险的) speaks for that business,
// not for a source whose errand it happens to touch (a car dealer sharing the pool number).

const callTo = async (text: string, holder: number) =>
  (
    await ownContactVerdict({ name: 'Barclays', category: 'bank' }, text, {
      channel: 'call',
      from: '+447700900555',
      poolmates: [{ name: 'Sytner BMW', category: 'car dealer' }],
      holder,
    })
  ).verdict;

const OTHERS = [
  'Hello, this is Premier Car Insurance, are you looking to renew your car insurance?',
  'Good morning, Premier Car Insurance here, are you looking to renew your car insurance?',
  'Hello, this is Sytner Insurance, your car insurance is due for renewal.',
  '您好，这里是人保财险，您的车险快到期了，需要续保吗？',
  'Hi, it is Drive Direct Insurance, your car insurance renewal is coming up, can we beat your quote?',
  'Hello, you have reached Motorline Finance Ltd about your car, are you thinking of changing it?',
  'Guten Tag, hier ist die Allianz Kfz-Versicherung, möchten Sie Ihre Autoversicherung für Ihr Auto verlängern?',
  'Bonjour, ici Direct Assurance, souhaitez-vous renouveler l’assurance de votre voiture ?',
  'Hola, le habla Mapfre Seguros, ¿quiere renovar el seguro de su coche?',
  '您好，我是平安车险的，您的车险快到期了，需要续保吗？',
];

describe('a call introducing another business', () => {
  it.each(OTHERS)('is no pool-mate’s own call: %s', async (text) => {
    for (const holder of [0, 1]) expect(await callTo(text, holder)).toBe('leak');
  });

  it.each([
    'Hello, this is Sytner BMW service team, your car is due for its annual service.',
    'Hello, this is a reminder that your car is due for its annual service at the dealership.',
    'Hi, this is the service department, your car is ready for collection.',
  ])('leaves the source’s own call its own: %s', async (text) => {
    expect(await callTo(text, 1)).toBe('legitimate');
  });
});
