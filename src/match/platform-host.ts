import { foldText } from './normalize-text.js';

/**
 * Booking platforms: a source that takes the person's booking and hands it to the host or the
 * hotel that provides the stay, with the person's name, number and (masked) address. The host
 * then writes about that stay, rarely naming the platform: "it's João, your host at Casa Azul,
 * the key box code is 4821", "we look forward to your arrival at Hotel Miramar". Such a message
 * is the dealing the person made through the platform, not a leak by it.
 *
 * A platform is told by its category ("booking platform", "online travel agency", "holiday
 * rental platform", 预订平台, 予約サイト, 숙박 앱) or by its name: the platforms that pass bookings
 * on to hosts and hotels (Airbnb, Booking.com, Expedia, Hotels.com, Vrbo, Agoda, Trip.com, 携程,
 * 飞猪, 去哪儿, 美团, 途家, 楽天トラベル, じゃらん, 一休, 야놀자, 여기어때, Hostelworld, FeWo-direkt,
 * HomeToGo, Holidu), by their own descriptions of how a booking reaches the property.
 */
const PLATFORM_CATEGORY =
  /booking platform|booking site|booking app|online travel|travel agency|(?<![a-z])ota(?![a-z])|holiday rental platform|vacation rental platform|rental platform|预订平台|旅行平台|旅游平台|订房平台|予约サイト|旅行サイト|予约サイト|예약 플랫폼|숙박 앱|숙박 플랫폼/u;

const PLATFORM_NAMES = [
  'airbnb',
  'booking.com',
  'expedia',
  'hotels.com',
  'vrbo',
  'agoda',
  'trip.com',
  'ctrip',
  '携程',
  '飞猪',
  '去哪儿',
  '美团',
  '途家',
  '楽天トラベル',
  'じゃらん',
  '一休',
  '야놀자',
  '여기어때',
  'hostelworld',
  'fewo-direkt',
  'hometogo',
  'holidu',
].map((n) => foldText(n));

/**
 * Whether a source is a booking platform (see the module's documentation).
 *
 * @param source - The source's names and category.
 * @returns Whether it passes bookings on to hosts and hotels.
 */
export function bookingPlatform(source: {
  readonly name: string;
  readonly otherNames?: readonly string[] | undefined;
  readonly category?: string | undefined;
}): boolean {
  if (PLATFORM_CATEGORY.test(foldText(source.category ?? ''))) return true;
  // Its own names only: a brand a name holds ("Airbnb Cleaning Services") is no platform.
  return [source.name, ...(source.otherNames ?? [])].some((name) =>
    PLATFORM_NAMES.includes(foldText(name).trim()),
  );
}
