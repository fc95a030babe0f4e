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

/** Decodes a subject. */
export function decodeSubject(json: string): Subject {
  const raw = JSON.parse(json) as Subject;
  return { ...raw, createdAt: reviveDate(raw.createdAt) };
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

/** Decodes a stored contact from its two documents. */
export function decodeContact(contactJson: string, resultJson: string): StoredContact {
  const contact = JSON.parse(contactJson) as Contact;
  return { contact: { ...contact, at: reviveDate(contact.at) }, result: JSON.parse(resultJson) };
}
