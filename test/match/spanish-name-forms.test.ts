import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';

// A Spanish name is written surnames first (forms, sorted lists, the DNI), with its first given
// name abbreviated (Mª José, M. José, Fco. Javier) and by its surnames alone (la señora García
// Ruiz): every such form of an issued variant is that variant.

async function spanishWorld(name: string) {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 1,
    now: () => new Date('2026-07-01T00:00:00Z'),
  });
  await tracer.addSubject({
    id: 'p',
    name,
    emails: [],
    phones: { real: ['+34687654321'], pool: ['+34612345678', '+34612345679'] },
    locale: 'en',
    region: 'ES',
  });
  await tracer.addSource({ id: 's', name: 'Electro Hogar' });
  const canary = await tracer.issue({
    subjectId: 'p',
    sourceId: 's',
    fields: [{ kind: 'phone', number: '+34612345679' }, 'name'],
    at: new Date('2026-01-10T00:00:00Z'),
  });
  let n = 0;
  const text = async (content: string) =>
    tracer.record({
      id: `c${n++}`,
      channel: 'sms',
      at: new Date('2026-06-12T10:00:00Z'),
      to: '+34612345679',
      from: '+34655554444',
      content,
    });
  return { tracer, variant: canary.name!, text };
}

/** The variant `Given… Surname1 X. Surname2` written the ways Spanish lists and clerks write it. */
function spanishForms(variant: string, givenWords: number): string[] {
  const words = variant.split(' ');
  const given = words.slice(0, givenWords);
  const surnames = words.slice(givenWords);
  const first = given[0]!;
  const abbreviated = [first === 'María' ? 'Mª' : `${first[0]}.`, ...given.slice(1)];
  return [
    `${surnames.join(' ')}, ${given.join(' ')}`,
    `${abbreviated.join(' ')} ${surnames.join(' ')}`,
    `${surnames.join(' ')}, ${abbreviated.join(' ')}`,
    `${surnames.join(' ').toUpperCase()}, ${given.join(' ').toUpperCase()}`,
    `${surnames.join(' ')} ${given.join(' ')}`,
  ];
}

describe('Spanish name variants written as Spanish lists write them', () => {
  it('regression: García V. Ruiz, María José and Mª José García V. Ruiz are the variant', async () => {
    const { tracer, variant, text } = await spanishWorld('María José García Ruiz');
    expect(variant).toMatch(/^María José García [A-Z]\. Ruiz$/u);
    for (const form of spanishForms(variant, 2)) {
      const result = await text(`Hola ${form}, le ofrecemos un préstamo rápido.`);
      expect(result.confidence, form).toBeGreaterThanOrEqual(0.9);
    }
    const surnames = variant.split(' ').slice(2).join(' ');
    const call = await text(`Buenos días, ¿hablo con la señora ${surnames}? Le llamamos por su préstamo.`);
    expect(call.confidence, surnames).toBeGreaterThanOrEqual(0.9);
    expect((await tracer.analyze({})).sources[0]!.status).toBe('leaked');
    await tracer.close();
  });

  it('finds every Spanish form of the variant of any two-given-name, two-surname name (property)', async () => {
    const given = ['María José', 'María del Carmen', 'Francisco Javier', 'José Luis', 'Ana Isabel'];
    const surnames = ['García Ruiz', 'López de la Fuente', 'Fernández Martín', 'Sánchez Gómez'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...given),
        fc.constantFrom(...surnames),
        fc.nat(4),
        async (g, s, pick) => {
          const { tracer, variant, text } = await spanishWorld(`${g} ${s}`);
          const form = spanishForms(variant, g.split(' ').length)[pick]!;
          const result = await text(`Estimado/a ${form}: tiene un crédito preaprobado.`);
          await tracer.close();
          expect(result.confidence, `${variant} as ${form}`).toBeGreaterThanOrEqual(0.9);
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  it('does not take the surnames alone of a name with one surname, nor the real name, for the variant', async () => {
    const { tracer, variant, text } = await spanishWorld('María José García Ruiz');
    const real = await text('Hola María José García Ruiz, le ofrecemos un préstamo rápido.');
    expect(real.hits?.some((h) => h.kind === 'name' && !h.real)).toBe(false);
    const other = await text(`Hola ${variant.split(' ').at(-1)} García, le ofrecemos un préstamo rápido.`);
    expect(other.hits?.some((h) => h.kind === 'name' && !h.real)).toBe(false);
    await tracer.close();
  });
});
