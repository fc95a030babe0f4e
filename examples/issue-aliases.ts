/**
 * One person registers at eight merchants and hands each its own identity: an email alias on
 * her catch-all domain, a number from her four-number pool, a variant of her name.
 * Run: npx tsx examples/issue-aliases.ts
 */
import { createTracer } from 'leaktrace';

const tracer = await createTracer({ seed: 'issue-aliases', now: new Date('2026-01-05T09:00:00Z') });

const me = await tracer.addSubject({
  name: '李娜',
  emails: [{ address: 'inbox@lina.example', strategy: 'domain' }],
  phones: {
    real: ['+86 138 0013 8000'],
    pool: ['+86 139 0013 9001', '+86 139 0013 9002', '+86 139 0013 9003', '+86 139 0013 9004'],
  },
  locale: 'zh-CN',
  region: 'CN',
});

const merchants = [
  ['上海希尔顿酒店', 'hotel'],
  ['4S 汽车店', 'car dealer'],
  ['平安保险', 'insurer'],
  ['链家', 'estate agent'],
  ['美团', 'app'],
  ['健身房', 'fitness'],
  ['早教中心', 'education'],
  ['中国移动营业厅', 'telecom'],
] as const;

const rows: string[][] = [];
for (const [name, category] of merchants) {
  const source = await tracer.addSource({ name, category });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['email', 'phone', 'name'],
  });
  rows.push([name, canary.email!, canary.phone!, canary.name!]);
}
const control = await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['email'] });

for (const row of rows) console.log(row.join('\t'));
console.log(`control (never handed out)\t${control.email}`);

// Eight merchants over four numbers: each number is shared by two, and the name variant tells them apart.
const tuples = new Set(rows.map(([, , phone, name]) => `${phone}|${name}`));
const numbers = new Set(rows.map(([, , phone]) => phone));
console.log(
  `${rows.length} identities, ${tuples.size} unique (phone, name) tuples over ${numbers.size} numbers`,
);
if (tuples.size !== rows.length || numbers.size !== 4) process.exit(1);
await tracer.close();
