import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTracer, isConfigError } from '../src/index.js';

// A browser page that is not a secure context (plain http) has `crypto` without `subtle`:
// record() without an id then threw a raw TypeError from deriving the contact's id.
describe('record() where crypto.subtle is missing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const insecure = () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
  };
  const contact = {
    channel: 'sms',
    at: Date.parse('2026-03-01T08:00:00Z'),
    to: '+8613900139001',
    content: 'hi',
  } as const;

  it('throws a ConfigError naming crypto.subtle, and stores nothing', async () => {
    const tracer = await createTracer({ seed: 1 });
    insecure();
    const error = await tracer.record(contact).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    if (!isConfigError(error)) return;
    expect(error.path).toBe('crypto.subtle');
    expect(error.issues[0]!.code).toBe('web_crypto_unavailable');
    expect(error.message).toMatch(/crypto\.subtle is not available.*secure context.*`id`/u);
    vi.unstubAllGlobals();
    let stored = 0;
    for await (const _ of tracer.listContacts()) stored++;
    expect(stored).toBe(0);
  });

  it('still records a contact that carries its own id', async () => {
    const tracer = await createTracer({ seed: 1 });
    insecure();
    const result = await tracer.record({ ...contact, id: 'sms-1' });
    expect(result).toMatchObject({ duplicate: false, contact: { id: 'sms-1' } });
  });
});
