package dev.dbx.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document whose field order matters: a {@code DocumentValue} (MongoDB
 * compares embedded documents field by field, in order), and the objects of
 * {@link Json} text read back in the order they were written.
 *
 * <p>Why not any {@code LinkedHashMap}: a {@code Map} is the contract's
 * {@code map_value}, the document whose order does not matter, which every
 * backend stores; {@code document_value} needs the {@code value.document}
 * capability (MongoDB). Making ordered documents their own type keeps that
 * choice explicit instead of depending on which Map class a caller happened to
 * build. Equality compares the fields in order. Field values may be null.
 */
public final class Document implements Iterable<Map.Entry<String, Object>> {

  private final Map<String, Object> fields;

  private Document(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * A document of name, value pairs in order:
   * {@code Document.of("region", "eu", "seq", 1L)}.
   */
  public static Document of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Document.of takes names and values in pairs");
    }
    Builder builder = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw new IllegalArgumentException("field name " + i / 2 + " is not a String: " + namesAndValues[i]);
      }
      builder.put(name, namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** A document with the entries of a map, in the map's iteration order. */
  public static Document copyOf(Map<String, ?> map) {
    Builder builder = builder();
    map.forEach(builder::put);
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value of a field, null when absent (or null). */
  public Object get(String name) {
    return fields.get(name);
  }

  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /** The field names, in order. */
  public List<String> names() {
    return List.copyOf(fields.keySet());
  }

  public int size() {
    return fields.size();
  }

  /** The fields as an unmodifiable map that iterates in order. */
  public Map<String, Object> asMap() {
    return fields;
  }

  @Override
  public Iterator<Map.Entry<String, Object>> iterator() {
    return fields.entrySet().iterator();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Document that && entries().equals(that.entries());
  }

  private List<Map.Entry<String, Object>> entries() {
    return List.copyOf(fields.entrySet());
  }

  @Override
  public int hashCode() {
    return entries().hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }

  /** Builds a document field by field; a name given twice is an error. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String name, Object value) {
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("field \"" + name + "\" given twice");
      }
      fields.put(name, value);
      return this;
    }

    public Document build() {
      return new Document(new LinkedHashMap<>(fields));
    }
  }
}
