/**
 * Looks a key up in a plain-object table, own properties only: a user-supplied key such as
 * `constructor` or `__proto__` must find nothing, not `Object.prototype`'s members.
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
