import { invalidField } from "../../errors/dbx-error.js";
import { quoteInput } from "../../errors/quoted-input.js";

/**
 * A field name as a MongoDB path: dots reach into embedded documents
 * ("address.city"), and no segment may be empty or start with `$`. That
 * last rule is what keeps a field name from ever becoming an operator
 * (`$where`, `$expr`) in a filter or an update: names reach MongoDB only
 * through this check.
 */
export function fieldPath(name: string, field: string): string {
  if (name.length === 0) throw invalidField(field, "field names must not be empty");
  for (const segment of name.split(".")) {
    if (segment.length === 0) throw invalidField(field, `${quoteInput(name)} has an empty segment; dots separate the parts of a MongoDB path`);
    if (segment.startsWith("$")) throw invalidField(field, `${quoteInput(name)}: a MongoDB field name cannot start with "$"`);
  }
  if (name.includes("\0")) throw invalidField(field, "field names cannot contain the NUL character");
  return name;
}

/**
 * A top-level field of a record written whole (Put, Insert): a name, not a
 * path. Dots would be read as paths by every filter and update, so they
 * are refused here rather than stored as a field nothing could address.
 */
export function recordFieldName(name: string, field: string): string {
  if (name.includes(".")) throw invalidField(field, `${quoteInput(name)}: a MongoDB record's field names cannot contain "." (dots are paths)`);
  return fieldPath(name, field);
}
