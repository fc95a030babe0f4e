import { z } from 'zod';

const strings = z.array(z.string().max(1000)).max(1_000_000);

/**
 * The actors a block list is written from: the fields the writers read, in their types (an
 * actor from an analysis always passes; anything else is named field by field).
 */
export const blockListActorsSchema = z
  .array(
    z.looseObject({
      id: z.string().max(200),
      numbers: strings,
      senders: strings,
      topic: z.string().max(100),
      flags: strings,
      names: strings,
      firstSeen: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'must be a valid date' }),
      lastSeen: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'must be a valid date' }),
    }),
  )
  .max(1_000_000);
