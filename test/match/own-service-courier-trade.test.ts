import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const hotel = { name: '上海希尔顿酒店', category: 'hotel' };
const agent = { name: '链家', category: 'estate agent' };
const grandHotel = { name: 'Grand Hotel', category: 'hotel' };
const shop = { name: '京东商城', category: 'shop' };
const unknown = { name: '小米', category: '' };

describe("a courier's notice on a source's identity", () => {
  it.each([hotel, agent, shop, unknown])(
    "regression: is the source's carrier whatever its trade (a platform's couriers on masked numbers convicted it): %o",
    (source) => {
      expect(
        ownServiceMessage(source, '张伟先生您好，您的快递到了，放门口可以吗？', ['16512345670']),
      ).toMatchObject({ about: 'order' });
    },
  );

  it('in English too', () => {
    expect(
      ownServiceMessage(grandHotel, 'Hi Elizabeth A. Carter, your parcel has been delivered to your door.', [
        '16512345670',
      ]),
    ).toMatchObject({ about: 'order' });
  });

  it.each([
    '张伟先生您好，您的快递到了，放门口可以吗？顺便问下您最近有资金需求吗？',
    '张伟先生您好，您的快递到了，放门口可以吗？另外问一下您考虑理财吗？',
    'Hi Elizabeth A. Carter, your parcel is outside. By the way, are you looking to refinance?',
  ])('never excuses a notice that turns to a question about something else: %s', (text) => {
    expect(ownServiceMessage(shop, text, ['16512345670'])).toBeUndefined();
  });
});
