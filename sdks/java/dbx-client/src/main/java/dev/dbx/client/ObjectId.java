package dev.dbx.client;

import java.util.HexFormat;
import java.util.Locale;

/** A MongoDB ObjectId: 12 bytes, written as 24 lowercase hexadecimal digits. */
public record ObjectId(String hex) {

  public ObjectId {
    if (hex.length() != 24 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException("an ObjectId is 24 hexadecimal digits, not \"" + hex + "\"");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** The ObjectId of 12 bytes. */
  public static ObjectId of(byte[] bytes) {
    if (bytes.length != 12) {
      throw new IllegalArgumentException("an ObjectId is 12 bytes, not " + bytes.length);
    }
    return new ObjectId(HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return hex;
  }
}
