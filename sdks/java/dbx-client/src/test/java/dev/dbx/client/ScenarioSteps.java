package dev.dbx.client;

import static dev.dbx.client.Filters.allOf;
import static dev.dbx.client.Filters.eq;
import static dev.dbx.client.Filters.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.BatchWriteResponse;
import dev.dbx.v1.ChangeEvent;
import dev.dbx.v1.ChangeType;
import dev.dbx.v1.ErrorReason;
import dev.dbx.v1.Query;
import dev.dbx.v1.SortField;
import dev.dbx.v1.Target;
import io.grpc.Status;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * sdks/SCENARIO.md steps 1 to 9, over gRPC (the one protocol grpc-java has),
 * through the SDK's own layer against a live server. Each run (a subclass)
 * says which server and credential its client has, and the suffix of its
 * tables: {@link ScenarioTest} (no authentication), {@link ScenarioJwtTest}
 * and {@link ScenarioApiKeyTest} (the authenticated runs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ScenarioSteps {

  static final String PROTOCOL = "grpc";

  private static final long BIG = 9223372036854775807L;
  private static final byte[] RAW = {0x00, (byte) 0xFF, 0x00, (byte) 0x80, (byte) 0xFF};
  private static final Instant AT = Instant.parse("2024-05-01T12:34:56.123456789Z");
  private static final BigDecimal AMOUNT = new BigDecimal("12345678901234567890.1234567890");
  private static final LocalDate DAY = LocalDate.of(1815, 12, 10);
  private static final Document DOC = Document.of(
      "zeta", 1L,
      "alpha", Document.of("y", true, "x", Arrays.asList(1L, "two", null)),
      "mid", "m");

  /** Step 4's record through a Java record type. */
  record Person(String id, long big, byte[] raw, Instant at, BigDecimal amount, LocalDate day, Json doc) {}

  private DbxClient client;
  private DbxCollection people;
  private String peopleTable;
  private String itemsTable;

  /**
   * Step 1's builder: one call from the server's URL, plus the run's
   * credential ({@code bearerToken}, {@code apiKey}) if any.
   */
  abstract DbxClientBuilder builder();

  /** The suffix of the run's tables: {@code grpc}, {@code grpc_jwt}, {@code grpc_key}. */
  abstract String suffix();

  @BeforeAll
  void connect() {
    // Step 1: one call from the URL, with a default deadline per call.
    client = builder().timeout(Duration.ofSeconds(10)).build();
    peopleTable = "people_" + suffix();
    itemsTable = "items_" + suffix();
    people = client.collection(peopleTable);
  }

  @AfterAll
  void close() {
    client.close();
  }

  @Test
  @Order(2)
  void capabilitiesOfTheDefaultBackend() {
    Capabilities capabilities = client.capabilities();

    assertThat(capabilities.has("stream.watch")).isTrue();
    assertThat(capabilities.has("transaction.interactive")).isTrue();
    assertThat(capabilities.has("value.interval")).isFalse();
  }

  @Test
  @Order(3)
  void createTable() {
    client.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
        .setTarget(Target.newBuilder().setCollection(peopleTable))
        .addColumns(column("id", ColumnType.COLUMN_TYPE_STRING))
        .addColumns(column("big", ColumnType.COLUMN_TYPE_INT64))
        .addColumns(column("raw", ColumnType.COLUMN_TYPE_BYTES))
        .addColumns(column("at", ColumnType.COLUMN_TYPE_TIMESTAMP))
        .addColumns(column("amount", ColumnType.COLUMN_TYPE_DECIMAL))
        .addColumns(column("day", ColumnType.COLUMN_TYPE_DATE))
        .addColumns(column("doc", ColumnType.COLUMN_TYPE_JSON))
        .addPrimaryKey("id")
        .build());

    assertThat(people.count(Filters.all())).isZero();
  }

  @Test
  @Order(4)
  void writeAndReadBackExactly() {
    Map<String, Object> ada = new LinkedHashMap<>();
    ada.put("big", BIG);
    ada.put("raw", RAW);
    ada.put("at", AT);
    ada.put("amount", AMOUNT);
    ada.put("day", DAY);
    ada.put("doc", Json.of(DOC));
    assertThat(people.put("ada", ada)).isTrue();

    Map<String, Object> read = people.get("ada");

    assertThat(read.get("id")).isEqualTo("ada");
    assertThat(read.get("big")).isEqualTo(BIG);
    assertThat((byte[]) read.get("raw")).containsExactly(RAW);
    assertThat(read.get("at")).isEqualTo(AT);
    assertThat(((Instant) read.get("at")).getNano()).isEqualTo(123456789);
    BigDecimal amount = (BigDecimal) read.get("amount");
    assertThat(amount.toString()).isEqualTo("12345678901234567890.1234567890");
    assertThat(amount.scale()).isEqualTo(10);
    assertThat(amount.precision()).isEqualTo(30);
    assertThat(read.get("day")).isEqualTo(DAY);
    Document doc = ((Json) read.get("doc")).toDocument();
    assertThat(doc).isEqualTo(DOC);
    assertThat(doc.names()).containsExactly("zeta", "alpha", "mid");
    assertThat(((Document) doc.get("alpha")).names()).containsExactly("y", "x");
  }

  @Test
  @Order(5)
  void writeAndReadBackThroughAJavaRecord() {
    Person written = new Person("ada", BIG, RAW, AT, AMOUNT, DAY, Json.of(DOC));
    assertThat(people.put("ada", written)).isFalse();

    Person read = people.get("ada", Person.class);

    assertThat(read.id()).isEqualTo("ada");
    assertThat(read.big()).isEqualTo(BIG);
    assertThat(read.raw()).containsExactly(RAW);
    assertThat(read.at()).isEqualTo(AT);
    assertThat(read.amount().toString()).isEqualTo(AMOUNT.toString());
    assertThat(read.day()).isEqualTo(DAY);
    assertThat(read.doc().toDocument()).isEqualTo(DOC);
    assertThat(read.doc().toDocument().names()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  @Order(6)
  void findWithTheFilterBuilder() {
    people.put("bob", Map.of("big", 1L));

    List<Map<String, Object>> found = new ArrayList<>();
    people.find(allOf(gt("big", 1000L), eq("day", DAY))).forEach(found::add);

    assertThat(found).extracting(record -> record.get("id")).containsExactly("ada");
  }

  @Test
  @Order(7)
  void paginateAndStream() {
    client.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
        .setTarget(Target.newBuilder().setCollection(itemsTable))
        .addColumns(column("id", ColumnType.COLUMN_TYPE_INT64))
        .addColumns(column("n", ColumnType.COLUMN_TYPE_INT64))
        .addPrimaryKey("id")
        .build());
    DbxCollection items = client.collection(itemsTable);
    Map<Long, Map<String, Object>> records = new LinkedHashMap<>();
    for (long id = 1; id <= 250; id++) {
      records.put(id, Map.of("n", id * 10));
    }
    BatchWriteResponse written = items.putAll(records);
    assertThat(written.getResultsCount()).isEqualTo(250);

    Query byKey = Query.newBuilder().addSort(SortField.newBuilder().setField("id")).build();
    int pages = 0;
    List<Long> ids = new ArrayList<>();
    for (Pages.Page<Map<String, Object>> page : items.find(byKey, 100).pages()) {
      pages++;
      page.items().forEach(record -> ids.add((Long) record.get("id")));
    }
    assertThat(pages).isEqualTo(3);
    assertThat(ids).hasSize(250).isSorted().startsWith(1L).endsWith(250L);

    List<Long> iterated = new ArrayList<>();
    items.find(byKey, 100).forEach(record -> iterated.add((Long) record.get("id")));
    assertThat(iterated).isEqualTo(ids);

    List<Long> streamed = new ArrayList<>();
    try (ServerStream<Map<String, Object>> stream = items.findStream(byKey)) {
      stream.forEachRemaining(record -> streamed.add((Long) record.get("id")));
    }
    assertThat(streamed).isEqualTo(ids);
  }

  @Test
  @Order(8)
  void watchSeesAnInsert() {
    ChangeEvent change;
    try (ServerStream<ChangeEvent> changes = people.withTimeout(Duration.ofSeconds(10)).watch()) {
      people.put("cy", Map.of("big", 3L));
      change = changes.next();
    }

    assertThat(change.getType()).isEqualTo(ChangeType.CHANGE_TYPE_INSERT);
    assertThat(TypedValues.toJava(change.getKey())).isEqualTo("cy");
    assertThat(Items.toMap(change.getRecord())).containsEntry("big", 3L);
  }

  @Test
  @Order(9)
  void transactionRolledBackUnlessCommitted() {
    String id;
    try (Transaction tx = client.begin()) {
      id = tx.id();
      assertThat(tx.collection(peopleTable).put("tx", Map.of("big", 4L))).isTrue();
      assertThat(tx.collection(peopleTable).get("tx")).containsEntry("big", 4L);
    } // not committed: rolled back

    assertThat(id).isNotEmpty();
    DbxException error = catchThrowableOfType(DbxException.class, () -> people.get("tx"));
    assertThat(error.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(error.reason()).isEqualTo(ErrorReason.ERROR_REASON_NOT_FOUND);

    client.inTransaction(tx -> tx.collection(peopleTable).put("tx2", Map.of("big", 5L)));
    assertThat(people.get("tx2")).containsEntry("big", 5L);
  }

  @Test
  @Order(10)
  void typedErrors() {
    DbxException unsupported = catchThrowableOfType(DbxException.class,
        () -> people.put("dan", Map.of("big", Duration.ofSeconds(90))));
    assertThat(unsupported.code()).isEqualTo(Status.Code.UNIMPLEMENTED);
    assertThat(unsupported.reason()).isEqualTo(ErrorReason.ERROR_REASON_UNSUPPORTED);
    assertThat(unsupported.domain()).isEqualTo("dbx.dev");
    assertThat(unsupported.metadata()).containsEntry("capability", "value.interval");
    assertThat(unsupported.isRetryable()).isFalse();

    DbxException invalid = catchThrowableOfType(DbxException.class, () -> client.collection("").get("ada"));
    assertThat(invalid.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(invalid.reason()).isEqualTo(ErrorReason.ERROR_REASON_INVALID_FIELD);
    assertThat(invalid.metadata()).containsEntry("field", "target.collection");
    assertThat(invalid.field()).contains("target.collection");
    assertThat(invalid.isRetryable()).isFalse();

    assertThat(DbxException.from(Status.UNAVAILABLE.asRuntimeException()).isRetryable()).isTrue();
    assertThat(DbxException.from(Status.ABORTED.asRuntimeException()).isRetryable()).isTrue();
    assertThat(DbxException.from(Status.RESOURCE_EXHAUSTED.asRuntimeException()).isRetryable()).isFalse();
  }

  private static ColumnDefinition column(String name, ColumnType type) {
    return ColumnDefinition.newBuilder().setName(name).setType(type).build();
  }
}
