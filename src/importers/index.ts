/**
 * @module leaktrace/importers
 *
 * Format detection and one entry point over every contact importer. Each format also has its
 * own subpath: `leaktrace/importers/android`, `…/asterisk`, `…/csv`, `…/email`, `…/twilio`,
 * `…/aliases`.
 */
import { ConfigError } from '../errors.js';
import type { ContactInput } from '../schemas/contact.js';
import { type AndroidBackupOptions, readAndroidBackup } from './android.js';
import { type AsteriskCdrOptions, readAsteriskCdr } from './asterisk.js';
import { type CsvImportOptions, readCsv } from './csv.js';
import type { ContactFormat } from './detect.js';
import { detectFormat } from './detect.js';
import { type EmailImportOptions, readEml, readMbox } from './email.js';
import { checkPath, type ImportOptions, readOptions } from './importer.js';

export { ALIAS_EXPORT_FORMATS, type AliasExportFormat, detectAliasFormat } from './aliases.js';
export { type ContactFormat, type DetectedFormat, detectFormat } from './detect.js';
export type {
  Importer,
  ImportOptions,
  ImportRejection,
  ImportRejectionCode,
  ImportSkip,
} from './importer.js';

/** Every contact format, in detection order. */
export const CONTACT_FORMATS: readonly ContactFormat[] = ['android', 'mbox', 'eml', 'asterisk', 'csv'];

/** Options of {@link readContacts}: the shared ones and those of every format. */
export type ReadContactsOptions = ImportOptions &
  Partial<Omit<AndroidBackupOptions, keyof ImportOptions>> &
  Partial<Omit<AsteriskCdrOptions, keyof ImportOptions>> &
  Partial<Omit<CsvImportOptions, keyof ImportOptions>> &
  Partial<Omit<EmailImportOptions, keyof ImportOptions>> & {
    /** The file's format; detected when omitted or `auto`. */
    readonly format?: ContactFormat | 'auto';
  };

/**
 * Reads any supported contact file: the format detected (or given), then that importer run
 * with the options (`owner` for Android backups, `columns` for a generic CSV, …).
 *
 * @param path - The file.
 * @param options - `format` and the importer's options, `onReject` and `strict` included.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ConfigError when the format is unknown, an alias export, or misses a required option.
 * @throws ImportError as the chosen importer does.
 * @example
 * ```ts
 * import { readContacts } from 'leaktrace/importers';
 * await tracer.recordMany(readContacts('calls.xml', { owner: '+8613900139001', onReject: console.warn }));
 * ```
 */
export async function* readContacts(
  path: string,
  options: ReadContactsOptions = {},
): AsyncGenerator<ContactInput> {
  checkPath(path);
  options = readOptions<ReadContactsOptions>(options);
  const detected = options.format && options.format !== 'auto' ? options.format : await detectFormat(path);
  switch (detected) {
    case 'android':
      yield* readAndroidBackup(path, options as AndroidBackupOptions);
      return;
    case 'asterisk':
      yield* readAsteriskCdr(path, options);
      return;
    case 'csv':
      yield* readCsv(path, options as CsvImportOptions);
      return;
    case 'eml':
      yield* readEml(path, options);
      return;
    case 'mbox':
      yield* readMbox(path, options);
      return;
    case undefined:
      throw new ConfigError(
        `format: could not tell the format of ${path}; pass one of ${CONTACT_FORMATS.join(', ')}`,
      );
    default:
      throw new ConfigError(
        `format: ${detected} is an alias export; adopt it with adoptAliases() from leaktrace/importers/aliases`,
      );
  }
}
