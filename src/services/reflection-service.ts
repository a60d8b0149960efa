import { create, fromBinary, toBinary, type DescFile, type MessageInitShape } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { Code, type ConnectRouter } from "@connectrpc/connect";
import { file_dbx_v1_errors } from "../../gen/ts/dbx/v1/errors_pb.js";
import { file_google_rpc_error_details } from "../../gen/ts/google/rpc/error_details_pb.js";
import * as v1 from "../../gen/ts/grpc/reflection/v1/reflection_pb.js";
import * as v1alpha from "../../gen/ts/grpc/reflection/v1alpha/reflection_pb.js";
import { DescriptorIndex } from "./descriptor-index.js";

/**
 * Files no service imports that clients still need: the error details DBX
 * errors carry (grpcurl decodes them by reflection) and their reasons.
 */
const ERROR_DETAIL_FILES: readonly DescFile[] = [file_google_rpc_error_details, file_dbx_v1_errors];

type ResponseInit = MessageInitShape<typeof v1.ServerReflectionResponseSchema>["messageResponse"];

/**
 * Registers gRPC server reflection (grpc.reflection.v1 and v1alpha, which
 * many tools still use) describing every service on the router: those
 * registered before this call, after it, and reflection itself; and the
 * error details of DBX errors.
 */
export function registerReflection(router: ConnectRouter): void {
  let index: DescriptorIndex | undefined;
  // Built on first use, when every service is registered.
  const indexOfRouter = () =>
    (index ??= new DescriptorIndex(
      router.handlers.map((h) => h.service),
      ERROR_DETAIL_FILES,
    ));

  router.service(v1.ServerReflection, {
    async *serverReflectionInfo(requests) {
      for await (const request of requests) yield answer(indexOfRouter(), request);
    },
  });
  // v1alpha is wire-identical to v1: answer through the binary encoding.
  router.service(v1alpha.ServerReflection, {
    async *serverReflectionInfo(requests) {
      for await (const alphaRequest of requests) {
        const request = fromBinary(
          v1.ServerReflectionRequestSchema,
          toBinary(v1alpha.ServerReflectionRequestSchema, alphaRequest),
        );
        const response = answer(indexOfRouter(), request);
        yield fromBinary(v1alpha.ServerReflectionResponseSchema, toBinary(v1.ServerReflectionResponseSchema, response));
      }
    },
  });
}

function answer(index: DescriptorIndex, request: v1.ServerReflectionRequest): v1.ServerReflectionResponse {
  return create(v1.ServerReflectionResponseSchema, {
    validHost: request.host,
    originalRequest: request,
    messageResponse: messageResponse(index, request.messageRequest),
  });
}

function messageResponse(index: DescriptorIndex, query: v1.ServerReflectionRequest["messageRequest"]): ResponseInit {
  switch (query.case) {
    case "listServices":
      return {
        case: "listServicesResponse",
        value: { service: index.serviceNames.map((name) => ({ name })) },
      };
    case "fileByFilename":
      return fileResponse(index, index.fileByName(query.value), `no file named "${query.value}"`);
    case "fileContainingSymbol":
      return fileResponse(index, index.fileContainingSymbol(query.value), `no symbol named "${query.value}"`);
    case "fileContainingExtension": {
      const { containingType, extensionNumber } = query.value;
      const extension = index.extensionsOf(containingType).find((e) => e.number === extensionNumber);
      return fileResponse(index, extension?.file, `no extension ${extensionNumber} of "${containingType}"`);
    }
    case "allExtensionNumbersOfType":
      if (!index.hasMessage(query.value)) return errorResponse(Code.NotFound, `no message named "${query.value}"`);
      return {
        case: "allExtensionNumbersResponse",
        value: { baseTypeName: query.value, extensionNumber: index.extensionsOf(query.value).map((e) => e.number) },
      };
    case undefined:
      return errorResponse(Code.InvalidArgument, "the request asks nothing: set one of its message_request fields");
  }
}

/** The file with all its transitive imports, so that a client can build it from this one response. */
function fileResponse(index: DescriptorIndex, file: DescFile | undefined, notFound: string): ResponseInit {
  if (!file) return errorResponse(Code.NotFound, notFound);
  return {
    case: "fileDescriptorResponse",
    value: { fileDescriptorProto: index.withDependencies(file).map((f) => toBinary(FileDescriptorProtoSchema, f.proto)) },
  };
}

function errorResponse(code: Code, message: string): ResponseInit {
  return { case: "errorResponse", value: { errorCode: code, errorMessage: message } };
}
