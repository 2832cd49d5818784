/**
 * The event payload the runner wrote (GITHUB_EVENT_PATH), read once. Not set is `{}` (the action run
 * by hand has none); set but unreadable, or not a JSON object, is a setup error: what a mode reads
 * from it (the pull request, the reviewed commit) must never silently go missing.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../model/errors.js';

export type EventPayload = Record<string, unknown>;

export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventPayload> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(
      `the event payload ${file} (GITHUB_EVENT_PATH) cannot be read (${(error as Error).message}); the runner writes it, so run this step on GitHub Actions`,
    );
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`the event payload ${file} (GITHUB_EVENT_PATH) is not a JSON object; the runner writes it, so run this step on GitHub Actions`);
  }
  return value as EventPayload;
}

/** A field of a nested object (`workflow_run.head_sha`), or undefined when any step is missing. */
export function field(payload: EventPayload, ...keys: string[]): unknown {
  let current: unknown = payload;
  for (const key of keys) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}
