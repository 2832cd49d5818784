/** `herald calendar --format json`: DESIGN.md's stable shape; key order comes from the model builder. */
import type { CalendarModel } from './model.js';

export function renderJson(model: CalendarModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
