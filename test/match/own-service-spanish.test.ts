import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const dentist = { name: 'Clínica Dental Sonrisa', category: '' };
const shop = { name: 'Electro Hogar', category: '' };
const agent = { name: 'Inmobiliaria Sol', category: '' };

describe('a Spanish business’s own message (regression: every Spanish self-introduction was a leak)', () => {
  it.each([
    [dentist, 'Clínica Dental Sonrisa: Hola María José, le recordamos su cita mañana a las 10:00.'],
    [shop, 'Hola María José, su pedido ha sido enviado. Gracias, Electro Hogar.'],
    [agent, 'Hola María José, soy Marta de Inmobiliaria Sol, le llamo por el presupuesto que le enviamos.'],
    [dentist, 'Buenos días María José, le escribimos de la Clínica Dental Sonrisa: su cita está confirmada.'],
  ])('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+34900123456'])?.named).toBe(true);
  });

  it.each([
    [
      dentist,
      'Clínica Dental Sonrisa: Hola María José, ha ganado un premio, confirme sus datos en sonrisa-premio.example',
    ],
    [
      agent,
      'Hola María José, soy Marta de Créditos Rápidos, le ofrecemos un préstamo de 5000 euros, ¿le interesa?',
    ],
    [shop, 'Hola María José, su pedido está retenido, pague la tasa de aduana en hogar-envios.example'],
    [shop, 'Hola María José, tenemos sus datos de Electro Hogar, le llamamos por su pedido'],
  ])(
    'keeps a prize, another business, a payment or a buyer saying where it got the details as evidence: %o %s',
    (source, text) => {
      expect(ownServiceMessage(source, text, ['+34900123456'])).toBeUndefined();
    },
  );
});
