package dev.dbx.client;

import dev.dbx.v1.FieldFilter;
import dev.dbx.v1.Filter;
import dev.dbx.v1.FilterList;
import dev.dbx.v1.Operator;
import java.util.Arrays;
import java.util.Collection;

/**
 * Builds {@code dbx.v1.Filter}s from Java values, to import statically:
 *
 * <pre>{@code
 * Filter adults = allOf(gte("age", 18), anyOf(eq("city", "Paris"), eq("city", "Lyon")), not(eq("status", "banned")));
 * }</pre>
 *
 * Values convert as {@link TypedValues} says. Array operators
 * ({@link #containsAll}, {@link #size}, {@link #elementMatch}) need the
 * backend's {@code query.array_filters} capability.
 */
public final class Filters {

  private Filters() {}

  /** Matches every record (an empty all_of). */
  public static Filter all() {
    return Filter.newBuilder().setAllOf(FilterList.getDefaultInstance()).build();
  }

  public static Filter eq(String field, Object value) {
    return compare(field, Operator.OPERATOR_EQ, value);
  }

  public static Filter ne(String field, Object value) {
    return compare(field, Operator.OPERATOR_NE, value);
  }

  public static Filter lt(String field, Object value) {
    return compare(field, Operator.OPERATOR_LT, value);
  }

  public static Filter lte(String field, Object value) {
    return compare(field, Operator.OPERATOR_LTE, value);
  }

  public static Filter gt(String field, Object value) {
    return compare(field, Operator.OPERATOR_GT, value);
  }

  public static Filter gte(String field, Object value) {
    return compare(field, Operator.OPERATOR_GTE, value);
  }

  /** The field's value is one of the values. */
  public static Filter in(String field, Collection<?> values) {
    return withValues(field, Operator.OPERATOR_IN, values);
  }

  /** The field's value is one of the values. */
  public static Filter in(String field, Object... values) {
    return in(field, Arrays.asList(values));
  }

  public static Filter notIn(String field, Collection<?> values) {
    return withValues(field, Operator.OPERATOR_NOT_IN, values);
  }

  public static Filter notIn(String field, Object... values) {
    return notIn(field, Arrays.asList(values));
  }

  /** A string field starts with the prefix. */
  public static Filter prefix(String field, String prefix) {
    return compare(field, Operator.OPERATOR_PREFIX, prefix);
  }

  /** A string field contains the text, or an array field the element. */
  public static Filter contains(String field, Object value) {
    return compare(field, Operator.OPERATOR_CONTAINS, value);
  }

  public static Filter exists(String field) {
    return field(FieldFilter.newBuilder().setField(field).setOp(Operator.OPERATOR_EXISTS));
  }

  public static Filter notExists(String field) {
    return field(FieldFilter.newBuilder().setField(field).setOp(Operator.OPERATOR_NOT_EXISTS));
  }

  /** An array field holds every one of the values. */
  public static Filter containsAll(String field, Collection<?> values) {
    return withValues(field, Operator.OPERATOR_CONTAINS_ALL, values);
  }

  /** An array field has this many elements. */
  public static Filter size(String field, long size) {
    return compare(field, Operator.OPERATOR_SIZE, size);
  }

  /** An element of an array field matches the filter (whose fields name the element's fields). */
  public static Filter elementMatch(String field, Filter element) {
    return field(FieldFilter.newBuilder().setField(field).setOp(Operator.OPERATOR_ELEMENT_MATCH).setElement(element));
  }

  /** Every filter matches (AND); none at all matches every record. */
  public static Filter allOf(Filter... filters) {
    return Filter.newBuilder().setAllOf(list(filters)).build();
  }

  /** At least one filter matches (OR). */
  public static Filter anyOf(Filter... filters) {
    return Filter.newBuilder().setAnyOf(list(filters)).build();
  }

  /** No filter matches: NOT of one filter, NOT (a OR b) of several. */
  public static Filter not(Filter... filters) {
    return Filter.newBuilder().setNoneOf(list(filters)).build();
  }

  private static Filter compare(String field, Operator op, Object value) {
    return field(FieldFilter.newBuilder().setField(field).setOp(op).setValue(TypedValues.of(value, field)));
  }

  private static Filter withValues(String field, Operator op, Collection<?> values) {
    FieldFilter.Builder filter = FieldFilter.newBuilder().setField(field).setOp(op);
    for (Object value : values) {
      filter.addValues(TypedValues.of(value, field));
    }
    return field(filter);
  }

  private static Filter field(FieldFilter.Builder filter) {
    return Filter.newBuilder().setField(filter).build();
  }

  private static FilterList list(Filter... filters) {
    return FilterList.newBuilder().addAllFilters(Arrays.asList(filters)).build();
  }
}
