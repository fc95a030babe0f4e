/** issue(): canaries per second in memory, for the field mixes people use. */
import { createTracer } from '../src/index.js';
import { table } from './harness.js';

export async function benchIssue(count: number): Promise<void> {
  const rows: (string | number)[][] = [];
  const mixes: [string, ('email' | 'phone' | 'name')[]][] = [
    ['email', ['email']],
    ['email + phone', ['email', 'phone']],
    ['email + phone + name', ['email', 'phone', 'name']],
  ];
  for (const [label, fields] of mixes) {
    const tracer = await createTracer({ seed: 'bench' });
    const source = await tracer.addSource({ name: 'S' });
    // 50 canaries a subject: names run out after a few hundred variants per person.
    const subjects: string[] = [];
    for (let s = 0; s * 50 < count; s++) {
      const pool = Array.from({ length: 4 }, (_, i) => `+86139${String(s * 4 + i).padStart(8, '0')}`);
      const subject = await tracer.addSubject({
        name: '张伟',
        emails: [{ address: `in@s${s}.example`, strategy: 'domain' }],
        phones: { pool },
      });
      subjects.push(subject.id);
    }
    const start = performance.now();
    for (let i = 0; i < count; i++)
      await tracer.issue({ subjectId: subjects[Math.floor(i / 50)]!, sourceId: source.id, fields });
    rows.push([label, count, count / ((performance.now() - start) / 1000)]);
  }
  console.log('### issue()\n');
  table(['fields', 'canaries', 'canaries/s'], rows);
}
