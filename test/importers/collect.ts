import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ImportRejection } from '../../src/importers/importer.js';
import type { ContactInput } from '../../src/schemas/contact.js';

/** The fixtures folder. */
export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Runs an importer to the end: the contacts, the rejections, and the error it threw, if any. */
export async function collect(
  read: (onReject: (r: ImportRejection) => void) => AsyncIterable<ContactInput>,
): Promise<{ contacts: ContactInput[]; rejected: ImportRejection[]; error?: Error }> {
  const contacts: ContactInput[] = [];
  const rejected: ImportRejection[] = [];
  try {
    for await (const c of read((r) => rejected.push(r))) contacts.push(c);
  } catch (error) {
    return { contacts, rejected, error: error as Error };
  }
  return { contacts, rejected };
}

/**
 * A temporary folder for the file's tests (made before them, removed after): `file(name, data)`
 * writes a file there and returns its path.
 */
export function scratchFolder(prefix: string): {
  file(name: string, data: string | Uint8Array): Promise<string>;
} {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    async file(name, data) {
      const path = join(dir!, name);
      await writeFile(path, data);
      return path;
    },
  };
}

/**
 * The CPU time (user and system, in ms) a call takes in this process: unlike the wall clock, it
 * barely moves when other processes load the machine, so growth checks stay true under load.
 */
export async function cpuMs(call: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
