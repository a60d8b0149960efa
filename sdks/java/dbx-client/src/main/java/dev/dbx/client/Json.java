package dev.dbx.client;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON text, for JSON columns ({@code json_value}: PostgreSQL jsonb, SQLite
 * JSON). DBX stores the text as given, so a document written with
 * {@link #of(Object)} reads back with its fields in the same order.
 *
 * <p>{@link #value()} reads the text as Java values without loss: objects as
 * {@link Document} (in order), arrays as {@code List}, integers as
 * {@code Long} (or {@code BigInteger} past 64 bits), other numbers as
 * {@code BigDecimal}, strings, booleans and null.
 */
public record Json(String text) {

  public Json {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The JSON text of a Java value: {@link Document} and {@code Map<String, ?>}
   * (objects, in iteration order), {@code List}, {@code String},
   * {@code Boolean}, integers, {@code BigInteger}, {@code BigDecimal} (its
   * exact digits), {@code Double}/{@code Float} (finite), and null.
   */
  public static Json of(Object value) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = new JsonWriter(text)) {
      writer.setSerializeNulls(true);
      write(writer, value, "$");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Json(text.toString());
  }

  /** The Java value of the text (see the class comment). */
  public Object value() {
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(com.google.gson.Strictness.STRICT);
      Object value = read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalStateException("JSON text continues after its value");
      }
      return value;
    } catch (IOException | IllegalStateException e) {
      // Reading a String fails only on what it says: malformed or cut-off JSON.
      throw new IllegalArgumentException("not JSON text: " + e.getMessage(), e);
    }
  }

  /** The text as a document; it must be a JSON object. */
  public Document toDocument() {
    if (value() instanceof Document document) {
      return document;
    }
    throw new IllegalArgumentException("the JSON text is not an object: " + text);
  }

  @Override
  public String toString() {
    return text;
  }

  private static void write(JsonWriter writer, Object value, String path) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      writer.value((Number) value);
    } else if (value instanceof BigDecimal decimal) {
      writer.jsonValue(decimal.toString());
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException(path + ": JSON has no " + number);
      }
      writer.value(number);
    } else if (value instanceof Document document) {
      writeObject(writer, document.asMap(), path);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(writer, map, path);
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (int i = 0; i < list.size(); i++) {
        write(writer, list.get(i), path + "[" + i + "]");
      }
      writer.endArray();
    } else {
      throw new IllegalArgumentException(path + ": " + value.getClass().getName() + " has no JSON form");
    }
  }

  private static void writeObject(JsonWriter writer, Map<?, ?> map, String path) throws IOException {
    writer.beginObject();
    for (Map.Entry<?, ?> field : map.entrySet()) {
      if (!(field.getKey() instanceof String name)) {
        throw new IllegalArgumentException(path + ": JSON object keys are strings, not " + field.getKey());
      }
      writer.name(name);
      write(writer, field.getValue(), path + "." + name);
    }
    writer.endObject();
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Document.Builder document = Document.builder();
        reader.beginObject();
        while (reader.hasNext()) {
          document.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return document.build();
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return number(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        reader.nextNull();
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + reader.peek());
    }
  }

  // The number's own digits decide its Java type, never a double in between.
  private static Object number(String digits) {
    boolean integral = digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0;
    if (!integral) {
      return new BigDecimal(digits);
    }
    BigInteger integer = new BigInteger(digits);
    return integer.bitLength() < 64 ? (Object) integer.longValueExact() : integer;
  }
}
