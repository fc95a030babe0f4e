import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const hotel = { name: '上海希尔顿酒店', category: 'hotel' };
const agent = { name: '链家', category: 'estate agent' };
const grandHotel = { name: 'Grand Hotel', category: 'hotel' };
const shop = { name: '京东商城', category: 'shop' };
const unknown = { name: '小米', category: '' };

describe("a courier's notice on the identity of a source that ships nothing", () => {
  it.each([
    [hotel, '张伟先生您好，您的快递到了，放门口可以吗？'],
    [agent, '张伟先生您好，您的快递到了，放门口可以吗？'],
    [grandHotel, 'Hi Elizabeth A. Carter, your parcel has been delivered to your door.'],
  ])('is no carrier of %o: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['16512345670'])).toBeUndefined();
  });

  it('is its carrier once the source’s own texts are about orders', () => {
    expect(
      ownServiceMessage(
        hotel,
        '张伟先生您好，您的快递到了，放门口可以吗？',
        ['16512345670'],
        new Set(['order']),
      ),
    ).toMatchObject({ about: 'order' });
  });

  it.each([shop, unknown])(
    'is the carrier of a source that sells things, or of unknown trade: %o',
    (source) => {
      expect(
        ownServiceMessage(source, '张伟先生您好，您的快递到了，放门口可以吗？', ['16512345670']),
      ).toBeDefined();
    },
  );

  it.each([
    '张伟先生您好，您的快递到了，放门口可以吗？顺便问下您最近有资金需求吗？',
    '张伟先生您好，您的快递到了，放门口可以吗？另外问一下您考虑理财吗？',
    'Hi Elizabeth A. Carter, your parcel is outside. By the way, are you looking to refinance?',
  ])('never excuses a notice that turns to a question about something else: %s', (text) => {
    expect(ownServiceMessage(shop, text, ['16512345670'])).toBeUndefined();
  });
});
