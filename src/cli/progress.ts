import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { t } from './i18n.js';

/** A progress display: updated with counts, stopped at the end. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * Estimates how many records a contact file holds with one streamed pass over its bytes: an
 * Android backup's `<call`/`<sms`/`<mms` tags, an mbox's `From ` lines, a CSV's lines (less the
 * header). Only for the progress bar; the import never depends on it.
 */
export async function estimateRecords(path: string, format: string): Promise<number> {
  const pattern =
    format === 'android' ? /<(?:call|sms|mms)[\s/>]/gu : format === 'mbox' ? /(?:^|\n)From /gu : /\n/gu;
  let count = 0;
  // A record split across two 1 MiB chunks may be missed: one in a million is fine for a bar.
  for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 }))
    count += (chunk as string).match(pattern)?.length ?? 0;
  return Math.max(1, count);
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal: piped or redirected output
 * (and `--json`) get nothing, so logs and scripts stay clean.
 */
export function progressBar(total: number, enabled: boolean, stream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: t().importing.progress,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done) => {
      // The estimate can fall short (multi-line CSV cells): grow it rather than pass 100 %.
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
