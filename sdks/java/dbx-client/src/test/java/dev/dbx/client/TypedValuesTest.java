package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.dbx.v1.TypedValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Java values to TypedValue and back, without a server. */
class TypedValuesTest {

  static List<Object> exactRoundTrips() {
    return Arrays.asList(
        null,
        true,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        0.1,
        Double.NaN,
        "héllo \u0000 wörld",
        Instant.parse("2024-05-01T12:34:56.123456789Z"),
        Instant.parse("1969-12-31T23:59:59.999999999Z"),
        new BigDecimal("12345678901234567890.1234567890"),
        new BigDecimal("1.10"),
        new BigDecimal("-0.000"),
        new BigDecimal("1E+3"),
        LocalDate.of(1815, 12, 10),
        LocalTime.of(23, 59, 59, 999_999_999),
        LocalDateTime.of(2024, 2, 29, 0, 0, 0, 1),
        new Interval(-1, 2, 3_000_000L),
        new ObjectId("507f1f77bcf86cd799439011"),
        Document.of("b", 1L, "a", Document.of("z", null, "y", List.of("x"))),
        new Json("{\"b\":1,\"a\":2}"),
        Native.text("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e"),
        List.of(1L, "two", List.of(3.0)),
        Map.of("k", 1L));
  }

  @ParameterizedTest
  @MethodSource("exactRoundTrips")
  void roundTripsExactly(Object value) throws Exception {
    assertThat(TypedValues.toJava(TypedValue.parseFrom(TypedValues.of(value).toByteString()))).isEqualTo(value);
  }

  @Test
  void bytesRoundTripEveryByte() throws Exception {
    byte[] raw = {0x00, (byte) 0xFF, 0x00, (byte) 0x80, (byte) 0xFF};
    TypedValue typed = TypedValue.parseFrom(TypedValues.of(raw).toByteString());

    assertThat(typed.getBytesValue()).isEqualTo(ByteString.copyFrom(raw));
    assertThat((byte[]) TypedValues.toJava(typed)).containsExactly(raw);
    assertThat(TypedValues.of(ByteString.copyFrom(raw))).isEqualTo(typed);
  }

  @Test
  void kindsAreTheContractsOwn() {
    assertThat(TypedValues.of(42).getIntValue()).isEqualTo(42L);
    assertThat(TypedValues.of(BigInteger.valueOf(Long.MIN_VALUE)).getIntValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(TypedValues.of(new BigDecimal("1.10")).getDecimalValue().getValue()).isEqualTo("1.10");
    assertThat(TypedValues.of(Map.of("a", 1L)).hasMapValue()).isTrue();
    assertThat(TypedValues.of(Document.of("a", 1L)).hasDocumentValue()).isTrue();
    assertThat(TypedValues.of(new Object[] {1L, null}).getArrayValue().getValuesCount()).isEqualTo(2);
    assertThat(TypedValues.of(Period.of(1, 2, 3)).getIntervalValue().getMonths()).isEqualTo(14);
    assertThat(TypedValues.of(Duration.ofMillis(1500)).getIntervalValue().getMicroseconds()).isEqualTo(1_500_000L);
    TypedValue binary = TypedValues.of(Native.binary("geometry", new byte[] {1, 2}));
    assertThat(binary.getNativeValue().getBinary().toByteArray()).containsExactly(1, 2);
    assertThat(TypedValues.toJava(binary)).isEqualTo(Native.binary("geometry", new byte[] {1, 2}));
  }

  @Test
  void unsupportedInputIsAnErrorNamingItsType() {
    assertThatThrownBy(() -> TypedValues.of(UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.UUID");
    assertThatThrownBy(() -> TypedValues.of(OffsetDateTime.now())).hasMessageContaining("OffsetDateTime");
    assertThatThrownBy(() -> TypedValues.of(new Date())).hasMessageContaining("java.util.Date");
    assertThatThrownBy(() -> TypedValues.of(Map.of("nested", List.of(new StringBuilder()))))
        .hasMessageContaining("value.nested[0]");
    assertThatThrownBy(() -> TypedValues.of(BigInteger.ONE.shiftLeft(63))).hasMessageContaining("int64");
    assertThatThrownBy(() -> TypedValues.of(Duration.ofNanos(1))).hasMessageContaining("nanoseconds");
    assertThatThrownBy(() -> TypedValues.of(Map.of(1, 2))).hasMessageContaining("strings");
    assertThatThrownBy(() -> TypedValues.toJava(TypedValue.getDefaultInstance())).hasMessageContaining("without a kind");
  }

  @Test
  void objectIdsAreChecked() {
    assertThat(new ObjectId("507F1F77BCF86CD799439011").hex()).isEqualTo("507f1f77bcf86cd799439011");
    assertThat(ObjectId.of(new byte[12]).hex()).isEqualTo("000000000000000000000000");
    assertThatThrownBy(() -> new ObjectId("507f1f77")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ObjectId("zz7f1f77bcf86cd799439011")).isInstanceOf(IllegalArgumentException.class);
  }
}
