import type { TracerOptions } from '../../src/index.js';
import { buildReport } from '../../src/report/index.js';
import { chineseWorld, day } from '../helpers/world.js';

/**
 * A small deterministic world for report tests: 张伟 gives a hotel, a gym and a shop canaries;
 * the hotel leaks (an alias used by a loan caller, then a merged record with the gym's name
 * variant), the hotel calls legitimately, a control gets background spam.
 */
export async function leakWorld(options: TracerOptions = {}) {
  const world = await chineseWorld(options);
  const { tracer, subject, hotel, gym, shop } = world;
  const at = day(0);
  const hotelCanary = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['email', 'phone', 'name'],
    at,
  });
  const gymCanary = await tracer.issue({
    subjectId: subject.id,
    sourceId: gym.id,
    fields: ['email', 'phone', 'name'],
    at,
  });
  await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email', 'name'], at });
  const control = await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'], at });
  await tracer.record({
    id: 'c1',
    channel: 'email',
    at: day(40),
    to: hotelCanary.email!,
    from: 'vip@loan-fast.example',
    fromName: '融易贷',
    content: `${hotelCanary.name}先生您好，您的贷款额度已批准，点击领取`,
  });
  await tracer.record({
    id: 'c2',
    channel: 'sms',
    at: day(55),
    to: hotelCanary.phone!,
    from: '+8617012345678',
    content: `${hotelCanary.name}您好，健身会员${gymCanary.name}专享贷款`,
  });
  await tracer.record({
    id: 'c3',
    channel: 'call',
    at: day(20),
    to: hotelCanary.phone!,
    from: '+862161234567',
  });
  await tracer.record({
    id: 'c4',
    channel: 'call',
    at: day(30),
    to: control.phone!,
    from: '+8613512345678',
    content: '喂？',
  });
  return { ...world, hotelCanary, gymCanary, control };
}

/** The world's report, fixed in time: generated on day 90, window ending on day 90. */
export async function leakReport(locale: 'en' | 'zh-CN' = 'en') {
  const world = await leakWorld();
  const report = await buildReport(world.tracer, {
    subjectId: world.subject.id,
    to: day(90),
    now: day(90),
    locale,
  });
  return { ...world, report };
}
