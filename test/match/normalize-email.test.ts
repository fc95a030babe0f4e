import { describe, expect, it } from 'vitest';
import {
  emailKey,
  mailboxKey,
  parseEmail,
  plusTag,
  rejectsPlus,
  senderDomain,
} from '../../src/match/normalize-email.js';

describe('parseEmail', () => {
  it('lower-cases and splits', () => {
    expect(parseEmail(' Alice@Example.ORG ')).toEqual({ local: 'alice', domain: 'example.org' });
  });

  it('enforces RFC 5321 lengths and dot-atom syntax', () => {
    expect(parseEmail(`${'a'.repeat(64)}@x.org`)).toBeDefined();
    expect(parseEmail(`${'a'.repeat(65)}@x.org`)).toBeUndefined();
    expect(parseEmail(`a@${'b'.repeat(250)}.org`)).toBeUndefined();
    for (const bad of ['a..b@x.org', '.a@x.org', 'a@x', 'a@-x.org', '"a b"@x.org', 'a@@x.org', '@x.org']) {
      expect(parseEmail(bad)).toBeUndefined();
    }
  });
});

describe('provider rules', () => {
  it('folds Gmail dots, case and googlemail', () => {
    expect(emailKey(parseEmail('Zhang.Wei+Shop@GoogleMail.com')!)).toBe('zhangwei+shop@gmail.com');
    expect(mailboxKey(parseEmail('z.h.a.n.g.wei+x@gmail.com')!)).toBe('zhangwei@gmail.com');
  });

  it('keeps dots where the provider keeps them', () => {
    expect(emailKey(parseEmail('zhang.wei@outlook.com')!)).toBe('zhang.wei@outlook.com');
  });

  it('knows providers that reject plus addresses', () => {
    expect(rejectsPlus('qq.com')).toBe(true);
    expect(rejectsPlus('gmail.com')).toBe(false);
    expect(plusTag(parseEmail('a+b+c@x.org')!)).toBe('b+c');
  });
});

describe('senderDomain', () => {
  it('is the lower-cased text after the last @, kept as written otherwise', () => {
    expect(senderDomain('News@Shop.EXAMPLE')).toBe('shop.example');
    expect(senderDomain('"a@b" <x@mail.Brand.co.uk>'.slice(8, -1))).toBe('mail.brand.co.uk');
    expect(senderDomain('odd@name@relay.example')).toBe('relay.example');
    expect(senderDomain('no-at-sign.example')).toBe('no-at-sign.example');
    expect(senderDomain('trailing@')).toBe('');
  });
});
