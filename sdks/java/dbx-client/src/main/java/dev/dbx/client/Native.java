package dev.dbx.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value of a database type DBX has no kind for (uuid, inet, a range, a BSON
 * regular expression), as the database's type name and its text or binary
 * form. Exactly one of {@link #text()} and {@link #binary()} is set.
 */
public final class Native {

  private final String typeName;
  private final String text;
  private final byte[] binary;

  private Native(String typeName, String text, byte[] binary) {
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.text = text;
    this.binary = binary;
  }

  /** A value in the database's text form, e.g. {@code Native.text("uuid", "0f8f...")}. */
  public static Native text(String typeName, String text) {
    return new Native(typeName, Objects.requireNonNull(text, "text"), null);
  }

  /** A value in the database's binary form. */
  public static Native binary(String typeName, byte[] binary) {
    return new Native(typeName, null, binary.clone());
  }

  public String typeName() {
    return typeName;
  }

  /** The text form, or null when the value is binary. */
  public String text() {
    return text;
  }

  /** A copy of the binary form, or null when the value is text. */
  public byte[] binary() {
    return binary == null ? null : binary.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Native that
        && typeName.equals(that.typeName)
        && Objects.equals(text, that.text)
        && Arrays.equals(binary, that.binary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeName, text, Arrays.hashCode(binary));
  }

  @Override
  public String toString() {
    return typeName + "(" + (text != null ? text : binary.length + " bytes") + ")";
  }
}
