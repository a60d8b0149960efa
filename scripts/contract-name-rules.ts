/**
 * The names scripts/check-contract-names.ts refuses in the contract, and
 * where each list comes from. A list that names generator behaviour was
 * checked against the generators pinned in scripts/codegen-versions.env
 * (protoc 35.1 for Java, C# and Python via grpcio-tools 1.85.1,
 * protoc-gen-go v1.36.12) by generating a proto that uses every name and
 * compiling the output (javac, go build), importing it (Python) or reading
 * it (C#).
 */

/**
 * Python 3.11 `keyword.kwlist`. Python's generated classes take fields as
 * keyword arguments and attributes, so `Filter(and=...)` is a SyntaxError,
 * `f.from` too, and protoc's .pyi generator leaves such a field out of
 * `__init__` and `__slots__`. Soft keywords (match, case, type, _) are legal
 * identifiers and not listed.
 */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** A group of type names that users of one language already have in scope. */
export interface TypeNameClash {
  /** What a message or enum of that name clashes with, for the error line. */
  readonly clashesWith: string;
  readonly names: readonly string[];
}

/**
 * Message, enum and service names that clash with a core type or a common
 * import of a target language. The generated code still compiles (it writes
 * such types fully qualified), but users' code does not read, or does not
 * compile: in Java `import dev.dbx.v1.*` next to the implicit `java.lang.*`
 * makes `Record` ambiguous, and a Python module that does
 * `from decimal import Decimal` cannot also import a message `Decimal`.
 */
export const TYPE_NAME_CLASHES: readonly TypeNameClash[] = [
  {
    // https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/package-summary.html
    // (classes and interfaces; exceptions and errors only where users meet them).
    clashesWith: "java.lang (imported implicitly by every Java file)",
    names: [
      "Appendable", "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class", "ClassLoader",
      "ClassValue", "Cloneable", "Comparable", "Deprecated", "Double", "Enum", "Error", "Exception",
      "Float", "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Module", "ModuleLayer", "Number",
      "Object", "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle", "Readable", "Record",
      "Runnable", "Runtime", "RuntimeException", "SafeVarargs", "ScopedValue", "SecurityManager", "Short",
      "StackTraceElement", "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder",
      "SuppressWarnings", "System", "Thread", "ThreadGroup", "ThreadLocal", "Throwable", "Void",
    ],
  },
  {
    // Types every generated Java file refers to (com.google.protobuf) and
    // java.util names that nearly every Java client imports.
    clashesWith: "com.google.protobuf / java.util (imported by Java clients)",
    names: [
      "ByteString", "Message", "MessageOrBuilder", "Parser", "Descriptors", "ExtensionRegistry",
      "List", "Map", "Set", "Optional", "Collection", "Iterator", "Objects", "Arrays", "Collections", "UUID",
    ],
  },
  {
    // google/protobuf/{any,duration,empty,field_mask,struct,timestamp,wrappers}.proto:
    // every protobuf runtime ships them, and a DBX message of the same name is
    // one import away from the wrong type in every language.
    clashesWith: "a Google well-known type (google.protobuf)",
    names: [
      "Any", "BoolValue", "BytesValue", "DoubleValue", "Duration", "Empty", "FieldMask", "FloatValue", "Int32Value",
      "Int64Value", "ListValue", "NullValue", "StringValue", "Struct", "Timestamp", "UInt32Value", "UInt64Value",
      "Value",
    ],
  },
  {
    // googleapis google/type/*.proto and google/rpc/*.proto (the error model
    // DBX's errors use: clients import Status, Code and ErrorInfo to read them).
    clashesWith: "a Google common type (google.type / google.rpc)",
    names: [
      "CalendarPeriod", "Color", "Date", "DateTime", "DayOfWeek", "Decimal", "Expr", "Fraction", "Interval",
      "LatLng", "LocalizedText", "Money", "Month", "PhoneNumber", "PostalAddress", "Quaternion", "TimeOfDay",
      "TimeZone", "BadRequest", "Code", "DebugInfo", "ErrorInfo", "Help", "LocalizedMessage",
      "PreconditionFailure", "QuotaFailure", "RequestInfo", "ResourceInfo", "RetryInfo", "Status",
    ],
  },
  {
    // Python: builtins, and CamelCase names of the standard library that
    // client code imports by name (decimal, enum, pathlib, uuid, typing,
    // collections, fractions, datetime's tzinfo aside).
    clashesWith: "a Python builtin or commonly imported standard-library name",
    names: [
      "BaseException", "Exception", "Ellipsis", "NotImplemented", "Decimal", "Enum", "IntEnum", "Flag", "IntFlag",
      "Path", "PurePath", "UUID", "Fraction", "OrderedDict", "Counter", "Any", "Callable", "Dict", "Generic",
      "Iterable", "Iterator", "List", "Literal", "Mapping", "Optional", "Protocol", "Sequence", "Tuple", "Type",
      "TypeVar", "Union",
    ],
  },
  {
    // TypeScript's lib.es*.d.ts and lib.dom.d.ts globals and utility types,
    // Node's globals, and the names protobuf-es escapes with `$` in generated
    // identifiers (@bufbuild/protoplugin safe-identifier.js: Object,
    // Partial, Uint8Array, globalThis).
    clashesWith: "a TypeScript/JavaScript global or utility type",
    names: [
      "Array", "ArrayBuffer", "Awaited", "BigInt", "Blob", "Boolean", "Buffer", "Crypto", "DataView", "Date",
      "Document", "Element", "Error", "Event", "Exclude", "Extract", "File", "Function", "Generator", "Headers",
      "Image", "Intl", "Iterator", "JSON", "Location", "Map", "Math", "Node", "Notification", "Number", "Object",
      "Omit", "Partial", "Performance", "Pick", "Promise", "Proxy", "Range", "Readonly", "Record", "Reflect",
      "RegExp", "Request", "Required", "Response", "ReturnType", "Selection", "Set", "Storage", "String",
      "Symbol", "Text", "URL", "Uint8Array", "WeakMap", "WeakSet", "Window", "Worker", "globalThis",
    ],
  },
];

/**
 * protoc-gen-go (compiler/protogen/protogen.go, newMessage): method names of
 * every generated message. A field whose Go name (or `Get` + name) is taken
 * gets a trailing `_` (`reset` → `Reset_`, a field `get_items` next to
 * `items` → `GetItems_`), and a oneof wrapper type named like a nested
 * message or enum does too.
 */
export const GO_RENAMING_METHOD_NAMES: readonly string[] = [
  "Reset", "String", "ProtoMessage", "Marshal", "Unmarshal", "ExtensionRangeArray", "ExtensionMap", "Descriptor",
];

/**
 * Methods of every generated Go message that protoc-gen-go does NOT rename
 * around: a field of that Go name does not compile ("field and method with
 * the same name ProtoReflect").
 */
export const GO_BREAKING_METHOD_NAMES: readonly string[] = ["ProtoReflect"];

/**
 * protoc's Java generator (its list of forbidden field words): fields whose
 * camel-cased, lower-cased name is one of these get a trailing `_`
 * (`class` → `getClass_()`). Compared with underscores removed.
 */
export const JAVA_RENAMED_FIELD_WORDS: ReadonlySet<string> = new Set([
  "class", "cachedsize", "allfields", "unknownfields", "descriptorfortype", "defaultinstancefortype",
  "initializationerrorstring", "parserfortype", "serializedsize",
]);

/**
 * Fields whose Java getter equals a static method of every generated message
 * (`getDescriptor()`, `getDefaultInstance()`): protoc does not rename them
 * and the output does not compile.
 */
export const JAVA_BREAKING_FIELD_WORDS: ReadonlySet<string> = new Set(["descriptor", "defaultinstance"]);

/**
 * Accessors protoc's Java generator derives from one field; another field
 * whose camel-cased name equals `<field><suffix>` collides with them.
 * protoc renames the pair with field numbers (`getItems10Count()`,
 * `getItemsCount11()`) for repeated and enum fields, and emits code that does
 * not compile for the rest (a map `tags` next to `tags_map`, a oneof `kind`
 * next to `kind_case`).
 */
export const JAVA_DERIVED_ACCESSOR_SUFFIXES = {
  repeated: ["Count", "List"],
  repeatedMessage: ["OrBuilder", "OrBuilderList"],
  message: ["OrBuilder"],
  enum: ["Value"],
  repeatedEnum: ["ValueList"],
  map: ["Count", "Map", "OrDefault", "OrThrow"],
  oneof: ["Case"],
} as const;

/**
 * protoc's C# generator: a property
 * named like its message or like one of these static members gets a
 * trailing `_` (`Parser_`, `Descriptor_`).
 */
export const CSHARP_RENAMING_PROPERTY_NAMES: readonly string[] = ["Parser", "Descriptor"];
