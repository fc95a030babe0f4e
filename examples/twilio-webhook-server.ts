/**
 * A Twilio webhook server that records every call and text to a canary number, with its
 * verdict. Point a Twilio number's voice and messaging webhooks at it.
 *
 * Run the self-check (starts the server, sends it a signed call, a replay and a forged call):
 *   npx tsx examples/twilio-webhook-server.ts
 * Serve for real (behind HTTPS at PUBLIC_URL, with the account's auth token):
 *   TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://hooks.example npx tsx examples/twilio-webhook-server.ts --serve
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTracer } from 'leaktrace';
import { createTwilioHandler, twilioSignature } from 'leaktrace/importers/twilio';

const serve = process.argv.includes('--serve');
const authToken = process.env.TWILIO_AUTH_TOKEN ?? 'example-auth-token';
const publicUrl = process.env.PUBLIC_URL ?? 'https://hooks.example';

const tracer = await createTracer({ seed: 'twilio-example', now: new Date('2026-11-29T09:00:00Z') });
const me = await tracer.addSubject({
  name: 'Alice Chen',
  phones: { real: ['+14155550100'], pool: ['+14155550199'] },
  region: 'US',
});
const gym = await tracer.addSource({
  name: 'City Gym',
  category: 'fitness',
  expected: { phones: ['+14155550123'] },
});
await tracer.issue({
  subjectId: me.id,
  sourceId: gym.id,
  fields: ['phone', 'name'],
  at: '2026-01-10T00:00:00Z',
});

const server = createServer(
  createTwilioHandler({
    tracer,
    authToken,
    publicUrl,
    now: () => new Date('2026-11-29T09:30:00Z'),
    onRecord: (r) =>
      console.log(
        `recorded ${r.contact.id}: ${r.verdict}${r.duplicate ? ' (replay, not stored again)' : ''}`,
      ),
  }),
);
await new Promise<void>((resolve) =>
  server.listen(serve ? Number(process.env.PORT ?? 8080) : 0, '127.0.0.1', resolve),
);
const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

if (serve) {
  console.log(`listening on ${local}, signed for ${publicUrl}`);
} else {
  const call = {
    CallSid: 'CA00000000000000000000000000000001',
    From: '+14155550777',
    To: '+14155550199',
    CallerName: 'PROMO',
  };
  const send = async (params: Record<string, string>, signature: string | undefined) => {
    const response = await fetch(`${local}/voice`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signature ? { 'x-twilio-signature': signature } : {}),
      },
      body: new URLSearchParams(params).toString(),
    });
    return `${response.status} ${(await response.text()).slice(0, 60)}`;
  };
  const signature = twilioSignature(authToken, `${publicUrl}/voice`, call);
  console.log(`signed call:   ${await send(call, signature)}`);
  console.log(`replayed call: ${await send(call, signature)}`);
  console.log(`forged call:   ${await send({ ...call, CallSid: 'CA2' }, signature)}`);
  console.log(`unsigned call: ${await send(call, undefined)}`);
  let stored = 0;
  for await (const _ of tracer.listContacts()) stored++;
  console.log(`contacts stored: ${stored}`);
  server.close();
  await tracer.close();
}
