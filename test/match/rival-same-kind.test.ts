import { describe, expect, it } from 'vitest';
import { namesSource } from '../../src/match/own-service.js';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

/** A text from a UK mobile the source did not declare, to its canary phone. */
const text = (label: string, source: string, category: string, write: (v: string) => string): OwnTextCase => [
  label,
  'GB',
  '+447911235610',
  source,
  category,
  write,
];

describe('a rival sharing only the words of the source’s kind of practice', () => {
  it.each([
    ['Clinica Veterinaria San Marco', 'Clinica Veterinaria Lupo'],
    ['Studio Dentistico Bianchi', 'Studio Dentistico Verdi'],
    ['Clínica Veterinária Bicho Triste', 'Clinica Veterinaria San Marco S.r.l.'],
    ['Clínica Dental Sonrisa', 'Clínica Dental Norte'],
    ['Cabinet Dentaire Sourire', 'Cabinet Dentaire Dupont'],
    ['Gabinet Stomatologiczny Uśmiech', 'Gabinet Stomatologiczny Perła'],
  ])('%s is not named by %s', (source, other) => {
    expect(namesSource({ name: source }, other)).toBe(false);
    expect(namesSource({ name: source }, source)).toBe(true);
  });

  it.each([
    text(
      'it rival reminder',
      'Clinica Veterinaria San Marco',
      'vet',
      (v) =>
        `Clinica Veterinaria Lupo: gentile ${v}, le ricordiamo l'appuntamento di martedì 14/04 alle 10:30.`,
    ),
    text(
      'it rival offer',
      'Clinica Veterinaria San Marco',
      'vet',
      (v) =>
        `Clinica Veterinaria Lupo: gentile ${v}, benvenuto! Il primo vaccino per il suo cane è gratuito. Prenoti rispondendo a questo SMS.`,
    ),
    text(
      'it rival dentist',
      'Studio Dentistico Bianchi',
      'dentist',
      (v) =>
        `Studio Dentistico Verdi: gentile ${v}, le ricordiamo la visita di controllo di martedì alle 9:00.`,
    ),
  ])('%s: a leak, the source leaked', async (...c) => {
    expect(await ownTextVerdict(c)).toEqual({ verdict: 'leak', status: 'leaked' });
  });

  it.each([
    text(
      'it own reminder',
      'Clinica Veterinaria San Marco',
      'vet',
      (v) =>
        `Clinica Veterinaria San Marco: gentile ${v}, le ricordiamo l'appuntamento di martedì 14/04 alle 10:30.`,
    ),
    text(
      'pt own reminder',
      'Clínica Veterinária Bicho Triste',
      'vet',
      (v) => `Clínica Veterinária Bicho Triste: Olá ${v}, lembramos a consulta do Bobi a 14/04 às 10h30.`,
    ),
    text(
      'it own dentist',
      'Studio Dentistico Bianchi',
      'dentist',
      (v) =>
        `Studio Dentistico Bianchi: gentile ${v}, le ricordiamo la visita di controllo di martedì alle 9:00.`,
    ),
  ])('%s: the source’s own', async (...c) => {
    expect((await ownTextVerdict(c)).verdict).toBe('legitimate');
  });
});
