import { describe, expect, it } from 'vitest';
import { ownServiceMessage, serviceTopics } from '../../src/match/own-service.js';

const insurer = { name: 'Seguros Alianza', category: 'insurance' };
const carInsurer = { name: 'Pronto Auto Insurance', category: 'insurance' };
const cnInsurer = { name: '平安好车险', category: 'insurance' };
const carrier = { name: 'Cobalt Mobile', category: 'telecom' };
const hotel = { name: 'Hotel Nordlicht', category: 'hotel' };

/** Mail from a domain the source did not declare (its privacy desk's portal): the name is required. */
const fromPortal = (source: { name: string; category: string }, text: string) =>
  ownServiceMessage(source, text, [], new Set(), true);

describe("the source's answer to the person's own request about their data", () => {
  it.each([
    [
      insurer,
      'Estimado/a María García: en respuesta a su solicitud de acceso (art. 15 RGPD), Seguros Alianza le informa de los datos que trata: nombre, teléfono y correo electrónico.',
    ],
    [
      carInsurer,
      'Dear Emily V. Carter, in response to your request to know under the CCPA, Pronto Auto Insurance holds: name, phone number, email address.',
    ],
    [
      cnInsurer,
      '张伟您好，关于您依据《个人信息保护法》第四十五条提出的查阅申请，平安好车险现答复如下：我们处理的信息包括姓名、手机号码。',
    ],
    [
      carrier,
      'Dear Jane Smith, we write in response to your subject access request under Article 15 UK GDPR. Cobalt Mobile holds the following personal data about you.',
    ],
    [
      hotel,
      'Sehr geehrte Frau Müller, zu Ihrem Auskunftsersuchen nach Art. 15 DSGVO teilt Ihnen Hotel Nordlicht mit, welche Daten wir verarbeiten.',
    ],
  ])('is its own message, whatever its trade, from a desk it did not declare: %o', (source, text) => {
    expect(fromPortal(source, text)).toEqual({ about: 'data-request', named: true });
  });

  it.each([
    // A lookalike link, an identity document or a card asked for: an impersonation's lure.
    [
      carrier,
      'Dear Jane Smith, in response to your subject access request, Cobalt Mobile needs you to verify your identity at https://cobalt-mobile-verify.example/login',
    ],
    [
      carInsurer,
      'Dear Emily Carter, to complete your request to know, Pronto Auto Insurance needs your Social Security number and card number.',
    ],
    // The source not named in full: another controller's answer, or anybody's.
    [
      carInsurer,
      'Dear Emily Carter, in response to your request to know under the CCPA, we hold: name, phone number.',
    ],
  ])('stays evidence with a lure, a secret asked or without the source named in full: %s', (source, text) => {
    expect(fromPortal(source, text)).toBeUndefined();
  });

  it('does not take "an access request to your account" (a sign-in alert\'s words) for the person\'s request', () => {
    expect(
      serviceTopics('Cobalt Mobile: we received an access request to your account from a new device.'),
    ).not.toContain('data-request');
    expect(serviceTopics('Re: your access request under Article 15 GDPR')).toContain('data-request');
  });
});
