import { fromBinary, toBinary, type DescMessage, type MessageShape } from "@bufbuild/protobuf";
import type { ServiceDefinition } from "@grpc/grpc-js";

/**
 * A one-method @grpc/grpc-js service definition for the gRPC reference
 * servers, with DBX's own generated messages (protobuf-es) as serializers:
 * the method is named `call` in the implementation, `path` on the wire.
 */
export function unaryDefinition<I extends DescMessage, O extends DescMessage>(path: string, input: I, output: O): ServiceDefinition {
  return {
    call: {
      path,
      requestStream: false,
      responseStream: false,
      requestDeserialize: (bytes: Buffer) => fromBinary(input, bytes),
      requestSerialize: (message: MessageShape<I>) => Buffer.from(toBinary(input, message)),
      responseDeserialize: (bytes: Buffer) => fromBinary(output, bytes),
      responseSerialize: (message: MessageShape<O>) => Buffer.from(toBinary(output, message)),
    },
  };
}
