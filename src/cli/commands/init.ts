import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { createTracer } from '../../tracer.js';
import { checkRegion, settingsOf, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { t } from '../i18n.js';
import { examples } from './_options.js';
import { printSubject, type SubjectFlags, subjectFlags, subjectInput } from './subject.js';

/** `leaktrace init`: a new store (a 0600 SQLite file by default) and its first subject. */
export function register(program: Command): Command {
  const command = program
    .command('init')
    .description('create the store (./leaktrace.db, mode 0600) and the person it protects');
  subjectFlags(command);
  examples(
    command,
    'leaktrace init --name 张伟 --email inbox@zw.example --real 13800138000 --pool 13900139001,13900139002 --locale zh-CN',
    'leaktrace init --name "Anna Müller" --region DE --email anna.mueller@gmail.com:plus --pool 015112345678 --locale en',
    'leaktrace init --region US --time-zone America/Chicago --name "Ann Lee" --email ann.lee@gmail.com:plus',
    'leaktrace init --store postgres://me@localhost/leaktrace --name "Li Na" --email inbox@lina.example',
  );
  return command.action(async (flags: SubjectFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    checkRegion(settings);
    const isFile = !/^postgres/u.test(settings.store);
    if (isFile && existsSync(settings.store)) {
      if (!statSync(settings.store).isFile())
        throw badInput(t().subject.notFile(settings.store), { file: settings.store });
      throw badInput(t().subject.exists(settings.store));
    }
    const input = subjectInput(flags, settings.region);
    // Every input is checked before the path is touched: on a throw-away tracer in memory, with
    // the rules the store's tracer applies. A rejected `init` writes nothing.
    const probe = await createTracer(settings.region ? { defaultRegion: settings.region } : {});
    try {
      await probe.addSubject(input);
    } finally {
      await probe.close();
    }
    // The path is claimed exclusively: of two `init`s at once, one creates the file and the other
    // is told it exists. A failure later removes only the file this process created.
    let created: number | undefined;
    if (isFile) {
      try {
        closeSync(openSync(settings.store, 'wx', 0o600));
        created = statSync(settings.store).ino;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw badInput(t().subject.exists(settings.store));
        throw error;
      }
    }
    try {
      await withTracer(
        settings,
        async ({ tracer, store }) => {
          if (!isFile && (await store.listSubjects()).length > 0) throw badInput(t().subject.holds);
          printSubject(await tracer.addSubject(input), settings.json, settings.store);
        },
        { create: true },
      );
    } catch (error) {
      // A store this process made and could not fill leaves nothing behind: the next `init`
      // starts clean. A file another process made is never removed.
      if (created !== undefined && statSync(settings.store, { throwIfNoEntry: false })?.ino === created)
        for (const end of ['', '-wal', '-shm']) rmSync(settings.store + end, { force: true });
      throw error;
    }
  });
}
