/**
 * A native value the SDK cannot carry as a `dbx.v1.TypedValue` (a function, a
 * `Map`, an unsafe value), or a `TypedValue` that is not what a record schema
 * expects. Thrown before anything is sent: nothing is ever converted silently.
 */
export class DbxValueError extends TypeError {
  override name = "DbxValueError";
}
