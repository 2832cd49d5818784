import type { Diagnostic } from '../model/diagnostic.js';
import type { LogEntry } from '../model/log.js';

export const LOG_FILE = 'schedules/log.jsonl';

export interface ReadLog {
  entries: LogEntry[];
  /** Torn or invalid lines: reported, never fatal. */
  diagnostics: Diagnostic[];
}

/** Read `schedules/log.jsonl` under root; a missing file is an empty log. */
export async function readLog(root: string): Promise<ReadLog> {
  // Placeholder: replaced by the publishing issue's work.
  void root;
  return { entries: [], diagnostics: [] };
}
