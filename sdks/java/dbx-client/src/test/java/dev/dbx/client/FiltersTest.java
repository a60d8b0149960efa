package dev.dbx.client;

import static dev.dbx.client.Filters.allOf;
import static dev.dbx.client.Filters.anyOf;
import static dev.dbx.client.Filters.eq;
import static dev.dbx.client.Filters.gte;
import static dev.dbx.client.Filters.in;
import static dev.dbx.client.Filters.not;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbx.v1.FieldFilter;
import dev.dbx.v1.Filter;
import dev.dbx.v1.FilterList;
import dev.dbx.v1.Operator;
import dev.dbx.v1.TypedValue;
import org.junit.jupiter.api.Test;

class FiltersTest {

  @Test
  void buildsTheContractsFilter() {
    Filter adults = allOf(gte("age", 18), anyOf(eq("city", "Paris"), eq("city", "Lyon")), not(eq("status", "banned")));

    // docs/contract.md's example, built by hand.
    Filter expected = Filter.newBuilder().setAllOf(FilterList.newBuilder()
        .addFilters(field("age", Operator.OPERATOR_GTE, TypedValue.newBuilder().setIntValue(18).build()))
        .addFilters(Filter.newBuilder().setAnyOf(FilterList.newBuilder()
            .addFilters(field("city", Operator.OPERATOR_EQ, TypedValue.newBuilder().setStringValue("Paris").build()))
            .addFilters(field("city", Operator.OPERATOR_EQ, TypedValue.newBuilder().setStringValue("Lyon").build()))))
        .addFilters(Filter.newBuilder().setNoneOf(FilterList.newBuilder()
            .addFilters(field("status", Operator.OPERATOR_EQ, TypedValue.newBuilder().setStringValue("banned").build())))))
        .build();
    assertThat(adults).isEqualTo(expected);
  }

  @Test
  void listOperatorsCarryValues() {
    Filter filter = in("n", 1L, 2L, 3L);

    assertThat(filter.getField().getOp()).isEqualTo(Operator.OPERATOR_IN);
    assertThat(filter.getField().getValuesList()).extracting(TypedValue::getIntValue).containsExactly(1L, 2L, 3L);
    assertThat(Filters.all().getAllOf().getFiltersCount()).isZero();
  }

  private static Filter field(String name, Operator op, TypedValue value) {
    return Filter.newBuilder().setField(FieldFilter.newBuilder().setField(name).setOp(op).setValue(value)).build();
  }
}
