import { invalidField } from "../errors/dbx-error.js";

/** The field names of a projection (`fields`, `query.fields`): none may be empty. */
export function checkFieldNames(fields: readonly string[], path: string): readonly string[] {
  fields.forEach((f, i) => {
    if (!f) throw invalidField(`${path}[${i}]`, "field names must not be empty");
  });
  return fields;
}
