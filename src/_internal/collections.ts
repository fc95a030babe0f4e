/**
 * Appends a value to the list kept under a key, creating the list on first use. In place, so
 * grouping a million items stays linear.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
