import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { create, createFileRegistry, fromBinary, type DescService } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { Code, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as v1 from "../../gen/ts/grpc/reflection/v1/reflection_pb.js";
import * as v1alpha from "../../gen/ts/grpc/reflection/v1alpha/reflection_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { GRPCURL_INSTALL_TIMEOUT_MS, grpcurl, grpcurlPath } from "./grpcurl.js";

const OPERATIONAL_SERVICES = [
  "grpc.health.v1.Health",
  "grpc.reflection.v1.ServerReflection",
  "grpc.reflection.v1alpha.ServerReflection",
];

/** Every service generated from proto/dbx: DBX serves them all, whatever the configuration. */
async function generatedDbxServices(): Promise<string[]> {
  const root = fileURLToPath(new URL("../../gen/ts/dbx/", import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("_pb.ts"));
  const names: string[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(root + file).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if ((value as DescService | undefined)?.kind === "service") names.push((value as DescService).typeName);
    }
  }
  return names.sort();
}

type Query = v1.ServerReflectionRequest["messageRequest"];

describe("gRPC server reflection", () => {
  let server: TestServer;
  let address: string;

  beforeAll(async () => {
    await grpcurlPath();
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    address = `127.0.0.1:${server.server.port}`;
  }, GRPCURL_INSTALL_TIMEOUT_MS);
  afterAll(() => server?.close());

  /** Asks each query on one v1 stream, over gRPC. */
  async function askV1(...queries: Query[]): Promise<v1.ServerReflectionResponse[]> {
    const client = createClient(v1.ServerReflection, server.transport("grpc"));
    const responses: v1.ServerReflectionResponse[] = [];
    async function* requests() {
      for (const messageRequest of queries) yield create(v1.ServerReflectionRequestSchema, { host: "h", messageRequest });
    }
    for await (const res of client.serverReflectionInfo(requests())) responses.push(res);
    return responses;
  }

  function files(res: v1.ServerReflectionResponse | v1alpha.ServerReflectionResponse) {
    expect(res.messageResponse.case).toBe("fileDescriptorResponse");
    const bytes = res.messageResponse.case === "fileDescriptorResponse" ? res.messageResponse.value.fileDescriptorProto : [];
    return bytes.map((b) => fromBinary(FileDescriptorProtoSchema, b));
  }

  function errorCode(res: v1.ServerReflectionResponse): number | undefined {
    return res.messageResponse.case === "errorResponse" ? res.messageResponse.value.errorCode : undefined;
  }

  it("grpcurl lists the DBX services and the health and reflection services", async () => {
    const result = await grpcurl(["-plaintext"], address, ["list"]);
    expect(result.stderr).toBe("");
    const listed = result.stdout.trim().split("\n");
    expect(listed).toEqual(expect.arrayContaining([
      "dbx.v1.AdminService",
      "dbx.v1.DataService",
      "dbx.v1.QueryService",
      "dbx.v1.StreamService",
      "dbx.v1.TransactionService",
      ...OPERATIONAL_SERVICES,
    ]));
  });

  it("grpcurl lists every service generated from proto/dbx, whatever the configured backends", async () => {
    const result = await grpcurl(["-plaintext"], address, ["list"]);
    const listed = result.stdout.trim().split("\n");
    expect(listed.filter((name) => name.startsWith("dbx."))).toEqual(await generatedDbxServices());
    expect(listed.filter((name) => !name.startsWith("dbx."))).toEqual(OPERATIONAL_SERVICES);
  });

  it("grpcurl describes a service, a message and a method", async () => {
    const service = await grpcurl(["-plaintext"], address, ["describe", "dbx.v1.DataService"]);
    expect(service.stderr).toBe("");
    expect(service.stdout).toContain("dbx.v1.DataService is a service:");
    expect(service.stdout).toContain("rpc Get ( .dbx.v1.GetRequest ) returns ( .dbx.v1.GetResponse )");
    // A message whose fields come from imported files (google.protobuf.Timestamp, Struct).
    const message = await grpcurl(["-plaintext"], address, ["describe", "dbx.v1.TypedValue"]);
    expect(message.stdout).toContain("dbx.v1.TypedValue is a message:");
    expect(message.stdout).toContain(".google.protobuf.Timestamp");
    const method = await grpcurl(["-plaintext"], address, ["describe", "dbx.v1.AdminService.GetServerInfo"]);
    expect(method.stdout).toContain("dbx.v1.AdminService.GetServerInfo is a method:");
  });

  it("grpcurl calls a method with descriptors it got by reflection", async () => {
    const result = await grpcurl(["-plaintext"], address, ["dbx.v1.AdminService/GetServerInfo"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ backendCount: 1, runtime: `node ${process.version}` });
  });

  it("grpcurl decodes the error details of DBX errors", async () => {
    const result = await grpcurl(["-plaintext", "-d", '{"backend":"nope"}'], address, ["dbx.v1.AdminService/GetCapabilities"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Code: NotFound");
    expect(result.stderr).toContain('"@type": "type.googleapis.com/google.rpc.ErrorInfo"');
    expect(result.stderr).toContain('"reason": "ERROR_REASON_UNKNOWN_BACKEND"');
  });

  it("v1 answers file_containing_symbol with the file and its imports, enough to build it", async () => {
    const [res] = await askV1({ case: "fileContainingSymbol", value: "dbx.v1.TypedValue" });
    expect(res.validHost).toBe("h");
    expect(res.originalRequest?.messageRequest).toEqual({ case: "fileContainingSymbol", value: "dbx.v1.TypedValue" });
    const protos = files(res);
    expect(protos[0].name).toBe("dbx/v1/value.proto");
    expect(protos.map((p) => p.name)).toEqual(
      expect.arrayContaining(["google/protobuf/timestamp.proto", "google/protobuf/struct.proto"]),
    );
    const registry = createFileRegistry(protos[0], (name) => protos.find((p) => p.name === name));
    expect(registry.getMessage("dbx.v1.TypedValue")?.fields.length).toBeGreaterThan(0);
  });

  it("v1 finds the file of services, methods, messages, fields, enums and enum values", async () => {
    const symbols = {
      "dbx.v1.DataService": "dbx/v1/data.proto",
      "dbx.v1.DataService.Get": "dbx/v1/data.proto",
      "dbx.v1.GetRequest": "dbx/v1/data.proto",
      "dbx.v1.GetRequest.key": "dbx/v1/data.proto",
      "dbx.v1.ErrorReason": "dbx/v1/errors.proto",
      "dbx.v1.ERROR_REASON_INVALID_FIELD": "dbx/v1/errors.proto",
      "google.protobuf.Timestamp": "google/protobuf/timestamp.proto",
      "grpc.health.v1.Health.Watch": "grpc/health/v1/health.proto",
      // Error details: no service imports them, clients decode them by reflection.
      "google.rpc.ErrorInfo": "google/rpc/error_details.proto",
    };
    const responses = await askV1(...Object.keys(symbols).map((value): Query => ({ case: "fileContainingSymbol", value })));
    expect(responses.map((res) => files(res)[0].name)).toEqual(Object.values(symbols));
  });

  it("v1 answers file_by_filename, list_services and extension queries", async () => {
    const [byName, list, extension, numbers, unknownType, missingFile, missingSymbol, empty] = await askV1(
      { case: "fileByFilename", value: "dbx/v1/data.proto" },
      { case: "listServices", value: "*" },
      { case: "fileContainingExtension", value: create(v1.ExtensionRequestSchema, { containingType: "dbx.v1.TypedValue", extensionNumber: 100 }) },
      { case: "allExtensionNumbersOfType", value: "dbx.v1.TypedValue" },
      { case: "allExtensionNumbersOfType", value: "dbx.v1.NoSuchMessage" },
      { case: "fileByFilename", value: "dbx/v1/missing.proto" },
      { case: "fileContainingSymbol", value: "dbx.v1.NoSuchThing" },
      { case: undefined },
    );
    expect(files(byName).map((p) => p.name)).toEqual(expect.arrayContaining(["dbx/v1/data.proto", "dbx/v1/value.proto", "dbx/v1/target.proto"]));
    expect(list.messageResponse.case).toBe("listServicesResponse");
    if (list.messageResponse.case === "listServicesResponse") {
      expect(list.messageResponse.value.service.map((s) => s.name)).toEqual(expect.arrayContaining(["dbx.v1.DataService", ...OPERATIONAL_SERVICES]));
    }
    expect(errorCode(extension)).toBe(Code.NotFound);
    expect(numbers.messageResponse).toMatchObject({
      case: "allExtensionNumbersResponse",
      value: { baseTypeName: "dbx.v1.TypedValue", extensionNumber: [] },
    });
    expect(errorCode(unknownType)).toBe(Code.NotFound);
    expect(errorCode(missingFile)).toBe(Code.NotFound);
    expect(errorCode(missingSymbol)).toBe(Code.NotFound);
    expect(errorCode(empty)).toBe(Code.InvalidArgument);
  });

  it("v1alpha answers like v1", async () => {
    const client = createClient(v1alpha.ServerReflection, server.transport("grpc"));
    async function* requests() {
      yield create(v1alpha.ServerReflectionRequestSchema, { messageRequest: { case: "listServices", value: "" } });
      yield create(v1alpha.ServerReflectionRequestSchema, {
        messageRequest: { case: "fileContainingSymbol", value: "dbx.v1.TypedValue" },
      });
    }
    const responses: v1alpha.ServerReflectionResponse[] = [];
    for await (const res of client.serverReflectionInfo(requests())) responses.push(res);
    expect(responses[0].messageResponse.case).toBe("listServicesResponse");
    if (responses[0].messageResponse.case === "listServicesResponse") {
      expect(responses[0].messageResponse.value.service.map((s) => s.name)).toContain("grpc.reflection.v1alpha.ServerReflection");
    }
    expect(responses[1].$typeName).toBe("grpc.reflection.v1alpha.ServerReflectionResponse");
    expect(files(responses[1])[0].name).toBe("dbx/v1/value.proto");
  });
});
