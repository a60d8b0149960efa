package dev.dbx.client;

import com.google.protobuf.ByteString;
import dev.dbx.v1.Item;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records ({@code dbx.v1.Item}) to Java and back: as a {@code Map<String, Object>}
 * of field name to value, or as a Java {@code record} whose component names
 * are the field names. Values convert as {@link TypedValues} says.
 *
 * <p>Into a record, a field missing from the item is null (an error for a
 * primitive component), fields the record lacks are ignored, and a value must
 * be of the component's type, with two widenings: a Long fills an
 * {@code int}/{@code Integer} component when it fits, and bytes fill a
 * {@code ByteString} component. Classes other than records (JavaBeans) are not
 * mapped: read them from the map.
 */
public final class Items {

  private Items() {}

  /** The Item of a {@code Map<String, ?>}, a Java record, or an Item itself. */
  public static Item toItem(Object record) {
    if (record instanceof Item item) {
      return item;
    }
    Item.Builder item = Item.newBuilder();
    if (record instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> field : map.entrySet()) {
        if (!(field.getKey() instanceof String name)) {
          throw new IllegalArgumentException("record field names are strings, not " + field.getKey());
        }
        item.putFields(name, TypedValues.of(field.getValue(), name));
      }
    } else if (record instanceof Record javaRecord) {
      for (RecordComponent component : javaRecord.getClass().getRecordComponents()) {
        item.putFields(component.getName(), TypedValues.of(read(component, javaRecord), component.getName()));
      }
    } else {
      throw new IllegalArgumentException("a record is a Map<String, ?> or a Java record, not a "
          + (record == null ? "null" : record.getClass().getName()));
    }
    return item.build();
  }

  /** The fields of an Item as Java values, in the order the server sent them. */
  public static Map<String, Object> toMap(Item item) {
    Map<String, Object> map = new LinkedHashMap<>();
    item.getFieldsMap().forEach((name, value) -> map.put(name, TypedValues.toJava(value)));
    return map;
  }

  /** An Item as an instance of a Java record type. */
  public static <T extends Record> T toRecord(Item item, Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      var field = item.getFieldsMap().get(components[i].getName());
      values[i] = fit(field == null ? null : TypedValues.toJava(field), components[i]);
    }
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("the " + type.getSimpleName() + " constructor refused the record", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot make a " + type.getName() + ": " + e, e);
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot read " + component, e);
    }
  }

  private static Object fit(Object value, RecordComponent component) {
    Class<?> type = wrapper(component.getType());
    if (value == null) {
      if (component.getType().isPrimitive()) {
        throw new IllegalArgumentException("field " + component.getName() + " is null; its component is a " + component.getType());
      }
      return null;
    }
    if (type.isInstance(value)) {
      return value;
    }
    if (type == Integer.class && value instanceof Long number) {
      return Math.toIntExact(number);
    }
    if (type == ByteString.class && value instanceof byte[] bytes) {
      return ByteString.copyFrom(bytes);
    }
    throw new IllegalArgumentException("field " + component.getName() + " holds a " + value.getClass().getSimpleName()
        + ", not a " + component.getType().getSimpleName());
  }

  private static Class<?> wrapper(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "long" -> Long.class;
      case "int" -> Integer.class;
      case "double" -> Double.class;
      case "boolean" -> Boolean.class;
      default -> type; // short, byte, float, char: no kind reads back as them
    };
  }
}
