import type { CommandStartedEvent } from 'mongodb';
import type { Connection } from 'mongoose';

/**
 * The database commands `work` caused on `connection`, in order (Koers's connections monitor
 * their commands, server/db/connection.ts).
 */
export async function commandsDuring(
  connection: Connection,
  work: () => Promise<unknown>,
): Promise<CommandStartedEvent[]> {
  const client = connection.getClient();
  const commands: CommandStartedEvent[] = [];
  const listener = (event: CommandStartedEvent) => commands.push(event);
  client.on('commandStarted', listener);
  try {
    await work();
  } finally {
    client.off('commandStarted', listener);
  }
  return commands;
}

/** The collection a command addressed: `adoptions` for `{ find: 'adoptions', … }`. */
export function collectionOf(event: CommandStartedEvent): string {
  return String((event.command as Record<string, unknown>)[event.commandName]);
}

/** A command as `<name> <collection>`, e.g. `find dataVersions`. */
export function describeCommand(event: CommandStartedEvent): string {
  return `${event.commandName} ${collectionOf(event)}`;
}
