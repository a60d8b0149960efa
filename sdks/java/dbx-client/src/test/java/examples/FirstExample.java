package examples;

import dev.dbx.client.Capabilities;
import dev.dbx.client.DbxClient;
import dev.dbx.client.DbxCollection;
import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.Target;
import java.time.Instant;
import java.util.Map;

/** The README's first example: run it against `npm start` (http://127.0.0.1:7420) or pass a URL. */
public class FirstExample {

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:7420";
    try (DbxClient client = DbxClient.connect(url)) {
      Capabilities capabilities = client.capabilities();
      System.out.println("backend " + capabilities.backend() + " can watch: " + capabilities.has("stream.watch"));

      client.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
          .setTarget(Target.newBuilder().setCollection("notes"))
          .addColumns(ColumnDefinition.newBuilder().setName("id").setType(ColumnType.COLUMN_TYPE_STRING))
          .addColumns(ColumnDefinition.newBuilder().setName("text").setType(ColumnType.COLUMN_TYPE_STRING))
          .addColumns(ColumnDefinition.newBuilder().setName("at").setType(ColumnType.COLUMN_TYPE_TIMESTAMP))
          .addPrimaryKey("id")
          .setIfNotExists(true)
          .build());

      DbxCollection notes = client.collection("notes");
      notes.put("first", Map.of("text", "hello from Java", "at", Instant.now()));
      Map<String, Object> note = notes.get("first");
      System.out.println(note.get("text") + " at " + note.get("at"));
    }
  }
}
