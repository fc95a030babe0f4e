import { existsSync, rmSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { settingsOf, withTracer } from '../context.js';
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
    'leaktrace init --region US --time-zone America/Chicago --name "Ann Lee" --email ann+x@gmail.com:plus',
    'leaktrace init --store postgres://me@localhost/leaktrace --name "Li Na" --email inbox@lina.example',
  );
  return command.action(async (flags: SubjectFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const isFile = !/^postgres/u.test(settings.store);
    if (isFile && existsSync(settings.store)) {
      if (!statSync(settings.store).isFile())
        throw badInput(t().subject.notFile(settings.store), { file: settings.store });
      throw badInput(t().subject.exists(settings.store));
    }
    try {
      await withTracer(
        settings,
        async ({ tracer, store }) => {
          if (!isFile && (await store.listSubjects()).length > 0) throw badInput(t().subject.holds);
          printSubject(
            await tracer.addSubject(subjectInput(flags, settings.region)),
            settings.json,
            settings.store,
          );
        },
        { create: true },
      );
    } catch (error) {
      // A rejected subject leaves no half-made store behind: the next `init` starts clean.
      if (isFile) for (const end of ['', '-wal', '-shm']) rmSync(settings.store + end, { force: true });
      throw error;
    }
  });
}
