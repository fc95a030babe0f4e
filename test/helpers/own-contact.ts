import { createTracer } from '../../src/index.js';

/** A source as a test world declares it: its name, its trade and its declared mail domains. */
export interface ContactSource {
  readonly name: string;
  readonly category: string;
  readonly domains?: readonly string[];
}

/**
 * Records one text, mail or call to a source's canary from a sender it did not declare (a person
 * in `options.region`, GB unless given), with `<v>` in the content written as the canary's name
 * variant. With `options.poolmates`, every source holds a canary on the person's one pool number,
 * and the contact goes to the canary of the source at `options.holder` (0: `source`).
 *
 * @returns The contact's verdict and reason.
 */
export async function ownContactVerdict(
  source: ContactSource,
  content: string,
  options: {
    readonly channel?: 'sms' | 'email' | 'call';
    readonly from?: string;
    readonly region?: 'GB' | 'ES' | 'DE';
    readonly poolmates?: readonly ContactSource[];
    readonly holder?: number;
  } = {},
) {
  const region = options.region ?? 'GB';
  const tracer = await createTracer({
    seed: 'own-contact',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: region,
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: {
      real: ['+447911000100'],
      pool: options.poolmates === undefined ? ['+447911000101', '+447911000102'] : ['+447911000101'],
    },
    region,
  });
  const canaries = [];
  for (const each of [source, ...(options.poolmates ?? [])]) {
    const added = await tracer.addSource({
      name: each.name,
      category: each.category,
      expected: { phones: [], emailDomains: [...(each.domains ?? [])] },
    });
    canaries.push(
      await tracer.issue({
        subjectId: me.id,
        sourceId: added.id,
        fields: ['email', 'phone', 'name'],
        at: new Date('2026-03-01T10:00:00Z'),
      }),
    );
  }
  const canary = canaries[options.holder ?? 0]!;
  const channel = options.channel ?? 'sms';
  const result = await tracer.record({
    channel,
    at: '2026-06-01T10:00:00Z',
    to: channel === 'email' ? canary.email! : canary.phone!,
    from: options.from ?? (channel === 'email' ? 'desk@mailer-x.example' : '+447911123456'),
    content: content.replaceAll('<v>', canary.name!),
  });
  await tracer.close();
  return { verdict: result.verdict, reason: result.reason };
}

/** Options of {@link ownContactVerdict} naming the sender, as a case table writes them. */
export type ContactOptions = {
  readonly channel?: 'sms' | 'email' | 'call';
  readonly from: string;
  readonly region?: 'GB' | 'ES' | 'DE';
};

/** One row of a case table: a label, the source, the text (`<v>`: the name variant), its sender. */
export type OwnContactCase = readonly [
  label: string,
  source: ContactSource,
  text: string,
  options: ContactOptions,
];

/** A mail from `from`, read by a person in `region` (GB unless given). */
export const mailFrom = (from: string, region?: 'GB' | 'ES' | 'DE'): ContactOptions => ({
  channel: 'email',
  from,
  ...(region === undefined ? {} : { region }),
});

/** The verdict of one case-table row. */
export const caseVerdict = async ([, source, text, options]: OwnContactCase) =>
  (await ownContactVerdict(source, text, options)).verdict;

/** A source as a case table writes it: its name and its trade. */
export const contactSource = (name: string, category: string): ContactSource => ({ name, category });

/** A text, and a call, from a UK mobile no source declared. */
export const undeclaredText: ContactOptions = { channel: 'sms', from: '+447911123456' };
export const undeclaredCall: ContactOptions = { channel: 'call', from: '+447911123456' };
