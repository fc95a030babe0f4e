// A child process that imports contacts into a SQLite file and reports each acknowledged batch
// to its parent. Arguments: path, count, first index (0), batch size (500).
import { createTracer } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

const [path, countArg, offsetArg = '0', batchArg = '500'] = process.argv.slice(2);
const count = Number(countArg);
const offset = Number(offsetArg);
const tracer = await createTracer({ store: sqliteStore({ path: path! }), seed: 'worker' });

function* contacts() {
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    yield {
      id: `c-${n}`,
      channel: 'sms' as const,
      at: 1_767_225_600_000 + n * 1000,
      to: '+8613900139001',
      content: `第${n}条 贷款 回T退订`,
    };
  }
}

await tracer.recordMany(contacts(), {
  batchSize: Number(batchArg),
  onProgress: (p) => process.send?.({ inserted: p.inserted + p.duplicates }),
});
await tracer.close();
