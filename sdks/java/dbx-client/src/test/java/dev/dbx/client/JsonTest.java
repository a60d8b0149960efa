package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void documentsKeepTheirOrder() {
    Document doc = Document.of("zeta", 1L, "alpha", Document.of("y", true, "x", Arrays.asList(1L, "two", null)), "mid", "m");

    Json json = Json.of(doc);

    assertThat(json.text()).isEqualTo("{\"zeta\":1,\"alpha\":{\"y\":true,\"x\":[1,\"two\",null]},\"mid\":\"m\"}");
    assertThat(json.toDocument()).isEqualTo(doc);
    assertThat(json.toDocument().names()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void orderMattersToDocumentEquality() {
    assertThat(Document.of("a", 1L, "b", 2L)).isNotEqualTo(Document.of("b", 2L, "a", 1L));
    assertThat(Document.of("a", 1L, "b", 2L)).isEqualTo(Document.of("a", 1L, "b", 2L));
  }

  @Test
  @SuppressWarnings("unchecked")
  void numbersAreExact() {
    Json json = new Json("[9223372036854775807, 92233720368547758070, 0.1, 1.50, 1e400]");

    assertThat((List<Object>) json.value()).containsExactly(
        Long.MAX_VALUE, new BigInteger("92233720368547758070"), new BigDecimal("0.1"), new BigDecimal("1.50"),
        new BigDecimal("1e400"));
    assertThat(Json.of(List.of(new BigDecimal("1.50"), Long.MIN_VALUE)).text()).isEqualTo("[1.50,-9223372036854775808]");
  }

  @Test
  void mapsWriteInIterationOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", "x");
    map.put("a", null);
    assertThat(Json.of(map).text()).isEqualTo("{\"b\":\"x\",\"a\":null}");
  }

  @Test
  void refusesWhatJsonCannotHold() {
    assertThatThrownBy(() -> Json.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.of(List.of(new Object()))).hasMessageContaining("$[0]");
    assertThatThrownBy(() -> new Json("{\"a\":").value()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Json("[1] 2").value()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Json("[1]").toDocument()).hasMessageContaining("not an object");
  }
}
