import { invalidField } from "../errors/dbx-error.js";

/** The page size a call asked for, defaulted and capped by the server's row limit. */
export function pageSize(requested: number, field: string, max: number, fallback = 100): number {
  if (requested < 0) throw invalidField(field, "must not be negative");
  return Math.min(requested || fallback, max);
}
