import type { CanaryField, Source } from '../../src/index.js';

/** A domain-strategy email field with the tag `k3x9qh7tmw`, as issuance would build it. */
export const ALIAS_FIELD: CanaryField = {
  kind: 'email',
  value: 'k3x9qh7tmw@zw.example',
  exactKey: 'k3x9qh7tmw@zw.example',
  textKeys: ['k3x9qh7tmw'],
  phoneticKeys: [],
  unguessable: true,
  method: 'domain',
  entropyBits: 49.5,
};

/** A source with no declared senders. */
export function plainSource(id = 's', createdAt = new Date(0)): Source {
  return { id, name: id.toUpperCase(), category: 'x', expected: { phones: [], emailDomains: [] }, createdAt };
}
