package dev.dbx.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.NullValue;
import com.google.protobuf.Timestamp;
import dev.dbx.v1.ArrayValue;
import dev.dbx.v1.DateTimeValue;
import dev.dbx.v1.DateValue;
import dev.dbx.v1.DecimalValue;
import dev.dbx.v1.DocumentField;
import dev.dbx.v1.DocumentValue;
import dev.dbx.v1.IntervalValue;
import dev.dbx.v1.MapValue;
import dev.dbx.v1.NativeValue;
import dev.dbx.v1.TimeOfDayValue;
import dev.dbx.v1.TypedValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java values to {@code dbx.v1.TypedValue} and back, without loss.
 *
 * <table>
 *   <caption>Each Java type and its kind</caption>
 *   <tr><th>Java</th><th>TypedValue kind</th><th>read back as</th></tr>
 *   <tr><td>null</td><td>null_value</td><td>null</td></tr>
 *   <tr><td>Boolean</td><td>bool_value</td><td>Boolean</td></tr>
 *   <tr><td>Long, Integer, Short, Byte, BigInteger (within 64 bits)</td><td>int_value</td><td>Long</td></tr>
 *   <tr><td>Double, Float</td><td>double_value</td><td>Double</td></tr>
 *   <tr><td>String</td><td>string_value</td><td>String</td></tr>
 *   <tr><td>byte[], ByteString</td><td>bytes_value</td><td>byte[]</td></tr>
 *   <tr><td>Instant</td><td>timestamp_value (nanoseconds kept)</td><td>Instant</td></tr>
 *   <tr><td>BigDecimal</td><td>decimal_value (digits and scale kept)</td><td>BigDecimal</td></tr>
 *   <tr><td>LocalDate, LocalTime, LocalDateTime</td><td>date_value, time_value, datetime_value</td><td>the same</td></tr>
 *   <tr><td>Interval, Period, Duration</td><td>interval_value</td><td>Interval</td></tr>
 *   <tr><td>ObjectId</td><td>object_id_value</td><td>ObjectId</td></tr>
 *   <tr><td>Document</td><td>document_value (ordered)</td><td>Document</td></tr>
 *   <tr><td>Map&lt;String, ?&gt;</td><td>map_value (order not kept)</td><td>Map (LinkedHashMap)</td></tr>
 *   <tr><td>List, Object[]</td><td>array_value</td><td>List</td></tr>
 *   <tr><td>Json</td><td>json_value</td><td>Json</td></tr>
 *   <tr><td>Native</td><td>native_value</td><td>Native</td></tr>
 *   <tr><td>TypedValue</td><td>itself</td><td>-</td></tr>
 * </table>
 *
 * <p>Anything else is refused with an {@link IllegalArgumentException} naming
 * its class: an {@code OffsetDateTime} or a {@code java.util.Date} would have
 * to lose its offset or guess a zone, a {@code UUID} could be a string or a
 * native uuid. Convert such values yourself ({@code toInstant()},
 * {@code Native.text("uuid", ...)}). A decimal NaN or infinity (PostgreSQL
 * {@code numeric}) reads back as a {@code Double}, as {@code BigDecimal} has none.
 */
public final class TypedValues {

  private static final TypedValue NULL = TypedValue.newBuilder().setNullValue(NullValue.NULL_VALUE).build();

  private TypedValues() {}

  /** The TypedValue of a Java value (see the class comment for the types). */
  public static TypedValue of(Object value) {
    return of(value, "value");
  }

  static TypedValue of(Object value, String path) {
    TypedValue.Builder typed = TypedValue.newBuilder();
    if (value == null) {
      return NULL;
    } else if (value instanceof TypedValue already) {
      return already;
    } else if (value instanceof Boolean bool) {
      typed.setBoolValue(bool);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      typed.setIntValue(((Number) value).longValue());
    } else if (value instanceof BigInteger integer) {
      if (integer.bitLength() > 63) {
        throw new IllegalArgumentException(path + ": " + integer + " does not fit in an int64");
      }
      typed.setIntValue(integer.longValueExact());
    } else if (value instanceof Double || value instanceof Float) {
      typed.setDoubleValue(((Number) value).doubleValue());
    } else if (value instanceof String string) {
      typed.setStringValue(string);
    } else if (value instanceof byte[] bytes) {
      typed.setBytesValue(ByteString.copyFrom(bytes));
    } else if (value instanceof ByteString bytes) {
      typed.setBytesValue(bytes);
    } else if (value instanceof Instant instant) {
      typed.setTimestampValue(Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()));
    } else if (value instanceof BigDecimal decimal) {
      // toString is exact and keeps the scale ("1.10", "1E+3"); new BigDecimal(String) reads it back.
      typed.setDecimalValue(DecimalValue.newBuilder().setValue(decimal.toString()));
    } else if (value instanceof LocalDate date) {
      typed.setDateValue(date(date));
    } else if (value instanceof LocalTime time) {
      typed.setTimeValue(time(time));
    } else if (value instanceof LocalDateTime dateTime) {
      typed.setDatetimeValue(DateTimeValue.newBuilder().setDate(date(dateTime.toLocalDate())).setTime(time(dateTime.toLocalTime())));
    } else if (value instanceof Interval interval) {
      typed.setIntervalValue(interval(interval));
    } else if (value instanceof Period period) {
      typed.setIntervalValue(interval(Interval.of(period)));
    } else if (value instanceof Duration duration) {
      typed.setIntervalValue(interval(Interval.of(duration)));
    } else if (value instanceof ObjectId objectId) {
      typed.setObjectIdValue(objectId.hex());
    } else if (value instanceof Json json) {
      typed.setJsonValue(json.text());
    } else if (value instanceof Native nativeValue) {
      NativeValue.Builder builder = NativeValue.newBuilder().setTypeName(nativeValue.typeName());
      if (nativeValue.text() != null) {
        builder.setText(nativeValue.text());
      } else {
        builder.setBinary(ByteString.copyFrom(nativeValue.binary()));
      }
      typed.setNativeValue(builder);
    } else if (value instanceof Document document) {
      DocumentValue.Builder builder = DocumentValue.newBuilder();
      for (Map.Entry<String, Object> field : document) {
        builder.addFields(DocumentField.newBuilder()
            .setName(field.getKey())
            .setValue(of(field.getValue(), path + "." + field.getKey())));
      }
      typed.setDocumentValue(builder);
    } else if (value instanceof Map<?, ?> map) {
      MapValue.Builder builder = MapValue.newBuilder();
      for (Map.Entry<?, ?> field : map.entrySet()) {
        if (!(field.getKey() instanceof String name)) {
          throw new IllegalArgumentException(path + ": map keys must be strings, not " + field.getKey());
        }
        builder.putFields(name, of(field.getValue(), path + "." + name));
      }
      typed.setMapValue(builder);
    } else if (value instanceof List<?> list) {
      typed.setArrayValue(array(list, path));
    } else if (value instanceof Object[] array) {
      typed.setArrayValue(array(Arrays.asList(array), path));
    } else {
      throw new IllegalArgumentException(path + ": a " + value.getClass().getName()
          + " has no TypedValue kind (see TypedValues for the supported types)");
    }
    return typed.build();
  }

  /** The Java value of a TypedValue (see the class comment for the types). */
  public static Object toJava(TypedValue value) {
    return switch (value.getKindCase()) {
      case NULL_VALUE -> null;
      case BOOL_VALUE -> value.getBoolValue();
      case INT_VALUE -> value.getIntValue();
      case DOUBLE_VALUE -> value.getDoubleValue();
      case STRING_VALUE -> value.getStringValue();
      case BYTES_VALUE -> value.getBytesValue().toByteArray();
      case TIMESTAMP_VALUE -> Instant.ofEpochSecond(value.getTimestampValue().getSeconds(), value.getTimestampValue().getNanos());
      case DECIMAL_VALUE -> decimal(value.getDecimalValue().getValue());
      case ARRAY_VALUE -> {
        List<Object> list = new ArrayList<>(value.getArrayValue().getValuesCount());
        for (TypedValue element : value.getArrayValue().getValuesList()) {
          list.add(toJava(element));
        }
        yield list;
      }
      case MAP_VALUE -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.getMapValue().getFieldsMap().forEach((name, field) -> map.put(name, toJava(field)));
        yield map;
      }
      case JSON_VALUE -> new Json(value.getJsonValue());
      case DATE_VALUE -> date(value.getDateValue());
      case TIME_VALUE -> time(value.getTimeValue());
      case DATETIME_VALUE -> LocalDateTime.of(date(value.getDatetimeValue().getDate()), time(value.getDatetimeValue().getTime()));
      case INTERVAL_VALUE -> new Interval(
          value.getIntervalValue().getMonths(), value.getIntervalValue().getDays(), value.getIntervalValue().getMicroseconds());
      case OBJECT_ID_VALUE -> new ObjectId(value.getObjectIdValue());
      case DOCUMENT_VALUE -> {
        Document.Builder document = Document.builder();
        for (DocumentField field : value.getDocumentValue().getFieldsList()) {
          document.put(field.getName(), toJava(field.getValue()));
        }
        yield document.build();
      }
      case NATIVE_VALUE -> {
        NativeValue nativeValue = value.getNativeValue();
        yield nativeValue.hasBinary()
            ? Native.binary(nativeValue.getTypeName(), nativeValue.getBinary().toByteArray())
            : Native.text(nativeValue.getTypeName(), nativeValue.getText());
      }
      case KIND_NOT_SET -> throw new IllegalArgumentException("a TypedValue without a kind");
    };
  }

  private static ArrayValue array(List<?> list, String path) {
    ArrayValue.Builder array = ArrayValue.newBuilder();
    for (int i = 0; i < list.size(); i++) {
      array.addValues(of(list.get(i), path + "[" + i + "]"));
    }
    return array.build();
  }

  private static Object decimal(String digits) {
    return switch (digits) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> new BigDecimal(digits);
    };
  }

  private static DateValue date(LocalDate date) {
    return DateValue.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }

  private static LocalDate date(DateValue date) {
    return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
  }

  private static TimeOfDayValue time(LocalTime time) {
    return TimeOfDayValue.newBuilder()
        .setHours(time.getHour()).setMinutes(time.getMinute()).setSeconds(time.getSecond()).setNanos(time.getNano())
        .build();
  }

  private static LocalTime time(TimeOfDayValue time) {
    return LocalTime.of(time.getHours(), time.getMinutes(), time.getSeconds(), time.getNanos());
  }

  private static IntervalValue interval(Interval interval) {
    return IntervalValue.newBuilder()
        .setMonths(interval.months()).setDays(interval.days()).setMicroseconds(interval.microseconds())
        .build();
  }
}
