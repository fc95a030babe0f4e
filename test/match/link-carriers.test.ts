import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { espHost, unwrappedLinks } from '../../src/match/link-carriers.js';
import { linkedDomains } from '../../src/match/own-links.js';

describe('unwrappedLinks', () => {
  it.each([
    [
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kempinski.com%2Fadlon&data=x',
      'https://www.kempinski.com/adlon',
    ],
    [
      'https://nam12.safelinks.protection.outlook.com/?url=http%3A%2F%2Fhvh-pay.top%2Fb&amp;data=x',
      'http://hvh-pay.top/b',
    ],
    ['https://urldefense.proofpoint.com/v1/url?u=http://www.example.org/a&k=abc', 'http://www.example.org/a'],
    [
      'https://urldefense.proofpoint.com/v2/url?u=http-3A__www.example.org_url&d=BwdwBAg&c=TIw',
      'http://www.example.org/url',
    ],
    [
      'https://urldefense.com/v3/__https://www.kempinski.com/adlon__;!!abc$',
      'https://www.kempinski.com/adlon',
    ],
    [
      'https://urldefense.com/v3/__https://x.example/owa*2Findex.html__;JQ!!abc$',
      'https://x.example/owa%2Findex.html',
    ],
    ['https://protect-eu.mimecast.com/s/AbCd?domain=kempinski.com', 'https://kempinski.com/'],
    ['https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fkempinski.com%2fa&c=E', 'https://kempinski.com/a'],
    ['https://www.google.com/url?q=https://kempinski.com/a&sa=D', 'https://kempinski.com/a'],
  ])('%s carries %s', (wrapper, inner) => {
    expect(unwrappedLinks(`see ${wrapper} now`).trim().replace(/\s+/gu, ' ')).toBe(`see ${inner} now`);
  });

  it('reads a wrapper inside a wrapper', () => {
    const inner = 'https://urldefense.com/v3/__https://hvh-pay.top/b__;!!abc$';
    const outer = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(inner)}&data=x`;
    expect(linkedDomains(outer)).toEqual(['hvh-pay.top']);
  });

  it('drops a wrapper that carries nothing to read', () => {
    expect(linkedDomains('https://protect-eu.mimecast.com/s/AbCd')).toEqual([]);
  });

  it('keeps a provider’s tracked link and reads the link it carries besides', () => {
    expect(
      linkedDomains(
        'https://x.us1.list-manage.com/track/click?u=a&url=https%3A%2F%2Fkempinski-verify.top%2Fl',
      ),
    ).toEqual(['x.us1.list-manage.com', 'kempinski-verify.top']);
  });

  it('leaves Google’s other pages and Mimecast’s own site as written', () => {
    expect(linkedDomains('https://maps.google.com/?q=Berlin and https://www.mimecast.com/about')).toEqual([
      'maps.google.com',
      'mimecast.com',
    ]);
  });

  it('any link on no rewriter’s host stays as written', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        fc.pre(
          !/safelinks|urldefense|mimecast|cudasvc|google\.|facebook\.com|list-manage|sendgrid|sendi|hubspot|klclick/u.test(
            url,
          ),
        );
        expect(unwrappedLinks(`a ${url} b`)).toBe(`a ${url} b`);
      }),
    );
  });

  it('reads no domain out of a percent escape in an encoded path (%9A.aa)', () => {
    const direct = 'https://a.aa/%E0%B6%9A.aa(';
    const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(direct)}&data=x`;
    expect(linkedDomains(wrapped)).toEqual(['a.aa']);
    expect(linkedDomains('see https://shop.example/%E4%B8%AD%9Afoo.com/x')).toEqual(['shop.example']);
  });

  // Safe Links percent-encodes the whole carried link, parentheses too (RFC 3986's reserved and
  // sub-delimiter characters): `encodeURIComponent` leaves !'()* bare, and a bare "(" ends the
  // wrapper's link in a text, as it ends any link there ("/aa.aa(" then read "aa.aa" apart).
  const strictlyEncoded = (link: string) =>
    encodeURIComponent(link).replace(/[!'()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  it('a Safe Links wrapper reads as the host it carries', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (domain, path) => {
        const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${strictlyEncoded(`https://${domain}${path}`)}&data=x`;
        expect(linkedDomains(wrapped)).toEqual(linkedDomains(`https://${domain}${path}`));
      }),
    );
  });
});

describe('espHost', () => {
  it.each([
    'kempinski.us1.list-manage.com',
    'u1234567.ct.sendgrid.net',
    'sendibt3.com',
    '7abc.hubspotlinks.com',
    'trk.klclick.com',
  ])('%s is a provider’s', (host) => expect(espHost(host)).toBe(true));
  it.each(['list-manage-secure.top', 'sendgrid-billing.com', 'kempinski.com'])('%s is none', (host) =>
    expect(espHost(host)).toBe(false),
  );
});
