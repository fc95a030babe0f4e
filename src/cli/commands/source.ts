import type { Command } from 'commander';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { genericName, kindOnlyName } from '../../match/own-service.js';
import { sourceNameKey } from '../../schemas/source.js';
import type { Tracer } from '../../tracer.js';
import type { Source } from '../../types.js';
import { nameKey, settingsOf, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { t } from '../i18n.js';
import { print, printJson, shellArg, table } from '../output.js';
import { suggest } from '../suggest.js';
import { collect, examples, list } from './_options.js';

/**
 * Finds a source by id, else by its exact name, else by a case-insensitive name, else by one of
 * its other names.
 *
 * @throws CliError (exit 2) when none or several match.
 */
export function findSource(tracer: Tracer, key: string): Source {
  const byId = tracer.getSource(key);
  if (byId) return byId;
  const sources = tracer.listSources();
  const nameKey = sourceNameKey(key);
  for (const same of [
    (s: Source) => s.name === key,
    (s: Source) => s.name.toLowerCase() === key.toLowerCase(),
    // Another name it goes by (`锦江饭店` for `上海锦江饭店`), compared as `addSource()` compares names.
    (s: Source) => (s.otherNames ?? []).some((n) => sourceNameKey(n) === nameKey),
  ]) {
    const found = sources.filter(same);
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      throw badInput(t().source.several(found.length, key, found.map((s) => s.id).join(', ')));
  }
  throw badInput(t().source.none(key, `leaktrace source add ${shellArg(key)}`));
}

interface SourceFlags {
  readonly category?: string;
  readonly phone?: string[];
  readonly domain?: string[];
  readonly otherName?: string[];
  readonly postalSender?: string[];
  readonly id?: string;
  readonly allowDuplicate?: boolean;
}

/**
 * The regions other than the one a number was read in where a number written without a country
 * code (`(415) 555-0100`) is a valid number too: in a store holding a CN and a US person, the
 * person may have meant either. Each with the number it would be there.
 *
 * @param written - The number as typed.
 * @param stored - The numbers the source was stored with (E.164).
 * @param regions - The regions of the store's people.
 * @returns `[region, e164]` pairs, none for a number written with `+` or `00`.
 */
export function otherReadings(
  written: string,
  stored: readonly string[],
  regions: readonly string[],
): [string, string][] {
  if (/^\s*(?:\+|00)/u.test(written)) return [];
  const out: [string, string][] = [];
  for (const region of new Set(regions)) {
    const parsed = parsePhoneNumberFromString(written, region as CountryCode);
    if (parsed?.isValid() && !stored.includes(parsed.number)) out.push([region, parsed.number]);
  }
  return out;
}

/** `leaktrace source add|update|list`. */
export function register(program: Command): Command {
  const source = program
    .command('source')
    .description('add, update or list registrants (hotels, shops, apps…)');
  examples(
    source
      .command('add <name>')
      .description('add a registrant you hand an identity to')
      .option('--category <category>', 'what it is: hotel, car dealer, insurer, app…', 'other')
      .option(
        '--phone <numbers>',
        'numbers it legitimately calls from, or sender IDs it texts from (Aviva; comma-separated)',
        list,
      )
      .option(
        '--domain <domains>',
        'mail domains it legitimately sends from, or single addresses at a shared provider (xiaowang@qq.com) (comma-separated)',
        list,
      )
      .option(
        '--other-name <name>',
        'another name it goes by: its name in another script or its brand (希尔顿 for "Hilton Shanghai"); repeatable',
        collect,
      )
      .option(
        '--postal-sender <address>',
        'a return address its own letters carry (street and number, postcode, town); repeatable',
        collect,
      )
      .option('--id <id>', 'a chosen id (default: generated)')
      .option('--allow-duplicate', 'add it even when a source already has this name'),
    'leaktrace source add "Hilton Shanghai" --category hotel --phone 021-61234567 --domain hilton.com --other-name 上海希尔顿酒店',
    'leaktrace source add "Versandhaus Nordlicht" --category shop --postal-sender "Hauptstraße 5, 10115 Berlin"',
  ).action(async (name: string, flags: SourceFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      const key = sourceNameKey(name);
      const same = flags.allowDuplicate
        ? undefined
        : tracer
            .listSources()
            .find((s) => [s.name, ...(s.otherNames ?? [])].some((n) => sourceNameKey(n) === key));
      const words = t().source;
      if (same) throw badInput(words.already(same.name, same.id, words.category(same.category)));
      const added = await tracer.addSource({
        ...(flags.id === undefined ? {} : { id: flags.id }),
        ...(flags.allowDuplicate ? { allowDuplicateName: true } : {}),
        name,
        ...(flags.otherName === undefined ? {} : { otherNames: flags.otherName }),
        category: flags.category ?? 'other',
        expected: {
          phones: flags.phone ?? [],
          // An address (a shop writing from its qq.com or gmail.com mailbox) declares that mailbox only.
          emailDomains: (flags.domain ?? []).filter((d) => !d.includes('@')),
          emailAddresses: (flags.domain ?? []).filter((d) => d.includes('@')),
          ...(flags.postalSender === undefined ? {} : { postalSenders: flags.postalSender }),
        },
      });
      // A name that says only what kind of business it is ("Hotel", 酒店) is allowed, with a warning:
      // its brand among its other names names it.
      if (kindOnlyName(added.name) && !(added.otherNames ?? []).some((n) => !genericName(n)))
        process.stderr.write(`${words.kindOnly(added.name)}\n`);
      if (settings.json) return printJson(added);
      const { phones, emailDomains, emailAddresses = [] } = added.expected;
      print(
        words.added(added.id, added.name, words.category(added.category)),
        // Short codes are stored as `short:CN:95555`: shown as dialled.
        ...(phones.length > 0
          ? [words.phones(phones.map((p) => p.replace(/^short:[A-Z]+:/u, '')).join(', '))]
          : []),
        ...(flags.phone ?? []).flatMap((written) =>
          otherReadings(
            written,
            phones,
            tracer.listSubjects().map((s) => s.region),
          ).map(([region, e164]) => words.otherRegion(written, region, e164)),
        ),
        ...(emailDomains.length > 0 || emailAddresses.length > 0
          ? [words.domains([...emailDomains, ...emailAddresses].join(', '))]
          : []),
        ...(added.otherNames === undefined ? [] : [words.otherNames(added.otherNames.join(', '))]),
        ...(added.expected.postalSenders === undefined
          ? []
          : [words.postalSenders(added.expected.postalSenders.join(' | '))]),
        ...issueNext(added.name, settings.subject, tracer.listSubjects()).map((c) => words.next(c)),
      );
    });
  });
  examples(
    source
      .command('update <source>')
      .description('add what you learnt about a registrant: another name, a number or mail domain it uses')
      .option('--category <category>', 'what it is, replacing its category')
      .option(
        '--phone <numbers>',
        'more numbers it legitimately calls from, or sender IDs it texts from (comma-separated)',
        list,
      )
      .option(
        '--domain <domains>',
        'more mail domains it legitimately sends from, or single addresses at a shared provider (comma-separated)',
        list,
      )
      .option('--other-name <name>', 'another name it goes by; repeatable', collect)
      .option(
        '--postal-sender <address>',
        'another return address its own letters carry; repeatable',
        collect,
      ),
    'leaktrace source update 小美服饰旗舰店 --domain xiaomei.example',
    'leaktrace source update "Hilton Shanghai" --phone 021-61234568 --other-name 希尔顿',
  ).action(async (key: string, flags: SourceFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      const found = findSource(tracer, key);
      const domains = flags.domain ?? [];
      const { source, rejudged, changed } = await tracer.updateSource(found.id, {
        ...(flags.otherName === undefined ? {} : { otherNames: flags.otherName }),
        ...(flags.category === undefined ? {} : { category: flags.category }),
        expected: {
          ...(flags.phone === undefined ? {} : { phones: flags.phone }),
          ...(domains.some((d) => !d.includes('@'))
            ? { emailDomains: domains.filter((d) => !d.includes('@')) }
            : {}),
          ...(domains.some((d) => d.includes('@'))
            ? { emailAddresses: domains.filter((d) => d.includes('@')) }
            : {}),
          ...(flags.postalSender === undefined ? {} : { postalSenders: flags.postalSender }),
        },
      });
      if (settings.json) return printJson({ source, rejudged, changed });
      const words = t().source;
      const { phones, emailDomains, emailAddresses = [] } = source.expected;
      print(
        words.updated(source.id, source.name, words.category(source.category)),
        ...(phones.length > 0
          ? [words.phones(phones.map((p) => p.replace(/^short:[A-Z]+:/u, '')).join(', '))]
          : []),
        ...(emailDomains.length > 0 || emailAddresses.length > 0
          ? [words.domains([...emailDomains, ...emailAddresses].join(', '))]
          : []),
        ...(source.otherNames === undefined ? [] : [words.otherNames(source.otherNames.join(', '))]),
        ...(source.expected.postalSenders === undefined
          ? []
          : [words.postalSenders(source.expected.postalSenders.join(' | '))]),
        words.rejudged(rejudged, changed),
      );
    });
  });
  examples(source.command('list').description('list the registrants'), 'leaktrace source list').action(
    async (_flags: unknown, command: Command) => {
      const settings = settingsOf(command);
      await withTracer(settings, async ({ tracer }) => {
        const sources = tracer.listSources();
        if (settings.json) return printJson(sources);
        const issued = tracer.listCanaries();
        const words = t().source;
        const [id, name, category, canaries] = words.headers;
        print(
          table(
            [
              { header: id },
              { header: name, flexible: true },
              { header: category, flexible: true },
              { header: canaries, align: 'right' },
            ],
            sources.map((s) => [
              s.id,
              s.name,
              words.category(s.category),
              String(issued.filter((c) => c.sourceId === s.id).length),
            ]),
          ),
        );
      });
    },
  );
  return source;
}

/**
 * The `issue` commands to suggest once a source is added, runnable as printed: `issue <name>`
 * when the person is chosen or the store holds one; with several people and none chosen, one
 * command per person with `--subject` (by name, or by id where two share the name), since
 * `issue` refuses to guess whose identity it hands over.
 *
 * @param name - The source's name.
 * @param chosen - The person chosen by `--subject` or its setting, if any.
 * @param subjects - The store's people.
 * @returns One command line, or one per person.
 */
export function issueNext(
  name: string,
  chosen: string | undefined,
  subjects: readonly { readonly id: string; readonly name: string }[],
): string[] {
  if (chosen !== undefined || subjects.length <= 1) return [suggest(`issue ${shellArg(name)}`)];
  return subjects.map((s) => {
    const shared = subjects.some((o) => o !== s && nameKey(o.name) === nameKey(s.name));
    return suggest(`issue ${shellArg(name)} --subject ${shellArg(shared ? s.id : s.name)}`);
  });
}
