import type { Canary, Contact, Label, Source, Subject } from '../../types.js';
import type { StoredContact } from '../store.js';

/**
 * JSON codecs for the SQL stores. Domain objects are stored as JSON documents next to the
 * columns that are queried (ids, subject, time); dates travel as ISO strings and are revived
 * field by field, since JSON has no date type.
 */
const reviveDate = (value: unknown): Date => new Date(value as string);

/** Encodes any domain object. */
export function encode(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * PostgreSQL's `jsonb` refuses NUL and lone surrogates (a cut emoji), yet a contact is evidence,
 * kept as it came. Its documents are stored there with each such code unit, and the escape
 * character U+E000 itself, written as U+E000 and four hex digits; {@link decodeContact} undoes it.
 */
const ESCAPE = '\uE000';
const UNSTORABLE = /[\u0000\uE000]|[\uD800-\uDFFF]/gu;
const ESCAPED = /\uE000([0-9a-f]{4})/gu;

/** Encodes a contact document losslessly for a store whose JSON cannot hold NUL or lone surrogates. */
export function encodeEscaped(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string'
      ? v.replace(UNSTORABLE, (c) => ESCAPE + c.charCodeAt(0).toString(16).padStart(4, '0'))
      : v,
  );
}

const parseEscaped = (json: string): unknown =>
  json.includes(ESCAPE)
    ? JSON.parse(json, (_key, v: unknown) =>
        typeof v === 'string'
          ? v.replace(ESCAPED, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
          : v,
      )
    : JSON.parse(json);

/** Decodes a subject. */
export function decodeSubject(json: string): Subject {
  const raw = JSON.parse(json) as Subject;
  const subject: Subject = { ...raw, createdAt: reviveDate(raw.createdAt) };
  return raw.history === undefined
    ? subject
    : { ...subject, history: raw.history.map((p) => ({ ...p, until: reviveDate(p.until) })) };
}

/** Decodes a source. */
export function decodeSource(json: string): Source {
  const raw = JSON.parse(json) as Source;
  return { ...raw, createdAt: reviveDate(raw.createdAt) };
}

/** Decodes a label. */
export function decodeLabel(json: string): Label {
  const raw = JSON.parse(json) as Label;
  return { ...raw, createdAt: reviveDate(raw.createdAt) };
}

/** Decodes a canary. */
export function decodeCanary(json: string): Canary {
  const raw = JSON.parse(json) as Canary;
  const canary: Canary = { ...raw, issuedAt: reviveDate(raw.issuedAt) };
  return raw.retiredAt === undefined ? canary : { ...canary, retiredAt: reviveDate(raw.retiredAt) };
}

/**
 * Decodes a stored contact from its two documents; `escaped` when they were written by
 * {@link encodeEscaped}.
 */
export function decodeContact(contactJson: string, resultJson: string, escaped = false): StoredContact {
  const parse = escaped ? parseEscaped : JSON.parse;
  const contact = parse(contactJson) as Contact;
  return {
    contact: { ...contact, at: reviveDate(contact.at) },
    result: parse(resultJson) as StoredContact['result'],
  };
}
