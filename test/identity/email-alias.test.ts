import { describe, expect, it } from 'vitest';
import { AliasError, aliasDomain, mintEmailAlias } from '../../src/identity/email-alias.js';

describe('mintEmailAlias', () => {
  it('mints domain, subdomain and plus aliases', () => {
    expect(mintEmailAlias({ address: 'me@lina.example', strategy: 'domain' }, 'k3x9qh7tmw').value).toBe(
      'k3x9qh7tmw@lina.example',
    );
    expect(
      mintEmailAlias({ address: 'lina@fastmail.example', strategy: 'subdomain' }, 'k3x9qh7tmw').value,
    ).toBe('k3x9qh7tmw@lina.fastmail.example');
    const plus = mintEmailAlias({ address: 'li.na@gmail.com', strategy: 'plus' }, 'k3x9qh7tmw', 'shop');
    expect(plus.value).toBe('li.na+shop.k3x9qh7tmw@gmail.com');
    // Gmail ignores dots: the alias is looked up by its canonical key.
    expect(plus.exactKey).toBe('lina+shopk3x9qh7tmw@gmail.com');
  });

  it('searches content for the tag alone, never the readable prefix', () => {
    const field = mintEmailAlias({ address: 'me@lina.example', strategy: 'domain' }, 'k3x9qh7tmw', 'hilton');
    expect(field.textKeys).toEqual(['k3x9qh7tmw']);
    expect(field).toMatchObject({ unguessable: true, entropyBits: 49.5 });
  });

  it('refuses an alias over 64 characters of local part', () => {
    const long = `${'a'.repeat(55)}@gmail.com`;
    expect(() => mintEmailAlias({ address: long, strategy: 'plus' }, 'k3x9qh7tmw')).toThrow(AliasError);
  });

  it('names the alias domain of each strategy', () => {
    expect(aliasDomain({ address: 'me@lina.example', strategy: 'domain' })).toBe('lina.example');
    expect(aliasDomain({ address: 'lina@fm.example', strategy: 'subdomain' })).toBe('lina.fm.example');
    expect(aliasDomain({ address: 'lina@gmail.com', strategy: 'plus' })).toBeUndefined();
  });
});
