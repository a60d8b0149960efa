package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.dbx.v1.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemsTest {

  record Row(String name, int count, Long optional, ByteString blob) {}

  record Strict(long required) {}

  @Test
  void javaRecordsRoundTrip() {
    Row row = new Row("a", 7, null, ByteString.copyFromUtf8("b"));

    Item item = Items.toItem(row);

    assertThat(item.getFieldsMap()).containsOnlyKeys("name", "count", "optional", "blob");
    assertThat(item.getFieldsOrThrow("count").getIntValue()).isEqualTo(7L);
    assertThat(Items.toRecord(item, Row.class)).isEqualTo(row);
  }

  @Test
  void mapsRoundTrip() {
    Item item = Items.toItem(Map.of("n", 1L, "s", "x"));

    assertThat(Items.toMap(item)).isEqualTo(Map.of("n", 1L, "s", "x"));
  }

  @Test
  void mismatchesAreErrors() {
    assertThatThrownBy(() -> Items.toRecord(Items.toItem(Map.of("count", "seven")), Row.class))
        .hasMessageContaining("count");
    assertThatThrownBy(() -> Items.toRecord(Item.getDefaultInstance(), Strict.class)).hasMessageContaining("required");
    assertThatThrownBy(() -> Items.toRecord(Items.toItem(Map.of("count", Long.MAX_VALUE)), Row.class))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Items.toItem("not a record")).hasMessageContaining("java.lang.String");
  }
}
