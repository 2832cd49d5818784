/** The event payload the runner wrote (GITHUB_EVENT_PATH), read once; absent or unreadable is `{}`. */
import { readFile } from 'node:fs/promises';

export type EventPayload = Record<string, unknown>;

export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventPayload> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const value = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
    return value && typeof value === 'object' ? (value as EventPayload) : {};
  } catch {
    return {};
  }
}

/** A field of a nested object (`workflow_run.head_sha`), or undefined when any step is missing. */
export function field(payload: EventPayload, ...keys: string[]): unknown {
  let current: unknown = payload;
  for (const key of keys) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}
