import { DbxValueError } from "./value-error.js";

/** A MongoDB ObjectId, 24 lowercase hexadecimal digits (`object_id_value`). */
export class ObjectId {
  readonly hex: string;

  constructor(hex: string) {
    const lower = hex.toLowerCase();
    if (lower.length !== 24 || ![...lower].every((c) => (c >= "0" && c <= "9") || (c >= "a" && c <= "f"))) {
      throw new DbxValueError(`not an ObjectId (24 hexadecimal digits): ${JSON.stringify(hex)}`);
    }
    this.hex = lower;
  }

  equals(other: ObjectId): boolean {
    return this.hex === other.hex;
  }

  toString(): string {
    return this.hex;
  }

  toJSON(): string {
    return this.hex;
  }
}
