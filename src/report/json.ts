/**
 * `herald report --format json`: the model itself, with a format version. Stable and documented
 * (README, "herald report", field table): fields are added, never renamed or removed, within a
 * version.
 */
import type { Report } from './model.js';

export const REPORT_JSON_VERSION = 1;

export function renderJson(report: Report): string {
  return `${JSON.stringify({ version: REPORT_JSON_VERSION, ...report }, null, 2)}\n`;
}
