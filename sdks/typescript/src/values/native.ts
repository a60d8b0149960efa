/**
 * A value of a database type DBX has no kind for (`native_value`): its type
 * name and its text or binary form, e.g. `new Native("uuid", "4f1c...")`.
 */
export class Native {
  constructor(
    readonly typeName: string,
    readonly value: string | Uint8Array,
  ) {}
}
