// A first program against a DBX server: `npm start` in the DBX repository
// serves an embedded SQLite database on http://127.0.0.1:7420.
// Run it with `npx tsx first-steps.ts` (DBX_URL picks another server).
import {
  ColumnType,
  createDbxClient,
  DbxError,
  Decimal,
  defineRecord,
  ErrorReason,
  field,
  type Infer,
  Instant,
  where,
} from "@dbx/client";

const Book = defineRecord({
  isbn: field.string(),
  title: field.string(),
  copies: field.int64(),
  price: field.decimal(),
  added: field.timestamp(),
});
type Book = Infer<typeof Book>;

const client = createDbxClient(process.env.DBX_URL ?? "http://127.0.0.1:7420", { defaultTimeoutMs: 5_000 });
try {
  const capabilities = await client.capabilities();
  console.log(`backend ${capabilities.backend?.name}, watch: ${capabilities.has("stream.watch")}`);

  await client.sql.createTable({
    target: { collection: "books" },
    columns: [
      { name: "isbn", type: ColumnType.STRING, notNull: true },
      { name: "title", type: ColumnType.STRING },
      { name: "copies", type: ColumnType.INT64 },
      { name: "price", type: ColumnType.DECIMAL },
      { name: "added", type: ColumnType.TIMESTAMP },
    ],
    primaryKey: ["isbn"],
    ifNotExists: true,
  });

  const books = client.collection("books", { schema: Book });
  await books.put("978-0262033848", {
    isbn: "978-0262033848",
    title: "Introduction to Algorithms",
    copies: 3n,
    price: new Decimal("99.90"),
    added: Instant.fromDate(new Date()),
  });

  const book: Book = await books.get("978-0262033848");
  console.log(`${book.title}: ${book.copies} copies at ${book.price}`);

  for await (const inStock of books.find({ filter: where("copies").gt(0n), sort: ["title"] })) {
    console.log(`in stock: ${inStock.title}`);
  }

  try {
    await books.get("no such book");
  } catch (error) {
    if (!(error instanceof DbxError) || error.reason !== ErrorReason.NOT_FOUND) throw error;
    console.log("no such book: NOT_FOUND");
  }
} finally {
  client.close();
}
