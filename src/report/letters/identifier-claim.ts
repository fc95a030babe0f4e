/**
 * What a letter may truthfully say of each identifier the person gave a source. Only an
 * identifier leaktrace made for the source at random can be called "made for you alone" and
 * unguessable; a name variant was made for the source but is a name; a pool number is shared by
 * the source with others of the small pool; an alias adopted from the person's own records (an
 * alias service's or a password vault's export) was not made by leaktrace, and one that is a
 * name-made login, a plain word or a whole mailbox (`adopted-guessable`, see
 * `assessAliasGuessability`) may be guessed or used elsewhere: it is said so.
 */
export type IdentifierClaim = 'issued-random' | 'issued' | 'pool' | 'adopted-random' | 'adopted-guessable';

/**
 * The claim of one identifier from its report field.
 *
 * @param field - The canary field as the report holds it: its kind, method (`adopted`,
 *   `adopted-guessable`, `pool`, `pool-shared`, an alias strategy, a name method) and whether it
 *   is unguessable.
 * @returns Which sentence the letter gives it.
 */
export function identifierClaim(field: {
  readonly kind: string;
  readonly method: string;
  readonly unguessable: boolean;
}): IdentifierClaim {
  if (field.method.startsWith('adopted'))
    return field.method === 'adopted' && field.unguessable ? 'adopted-random' : 'adopted-guessable';
  if (field.kind === 'phone') return 'pool';
  if (field.kind === 'name' || !field.unguessable) return 'issued';
  return 'issued-random';
}
