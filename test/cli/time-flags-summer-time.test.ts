import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { instant, resolveZonelessTimes } from '../../src/cli/commands/_options.js';

// `--at 2026-10-25T02:30` for a person in Berlin: 02:30 happened twice that night (CEST, then
// CET); `--at 2026-03-29T02:30` never happened. Neither is moved an hour or picked silently.
function parse(at: string, zone: string): Date {
  const command = new Command().exitOverride().option('--at <time>', 'when', instant);
  command.parse(['node', 'x', '--at', at]);
  resolveZonelessTimes(command, zone);
  return command.opts().at as Date;
}

describe('a zoneless --at in a summer-time change', () => {
  it('refuses the repeated hour, naming both instants', () => {
    expect(() => parse('2026-10-25T02:30', 'Europe/Berlin')).toThrow(
      /occurs twice in Europe\/Berlin.*2026-10-25T00:30:00Z \(\+02:00\) or 2026-10-25T01:30:00Z \(\+01:00\)/u,
    );
    expect(() => parse('2026-11-01 01:30', 'America/Los_Angeles')).toThrow(/occurs twice/u);
  });

  it('refuses the skipped hour instead of moving it', () => {
    expect(() => parse('2026-03-29T02:30', 'Europe/Berlin')).toThrow(/does not exist in Europe\/Berlin/u);
  });

  it('reads an offset as written, and any other time in the zone', () => {
    expect(parse('2026-10-25T02:30+01:00', 'Europe/Berlin').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(parse('2026-10-25T03:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(parse('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
});
