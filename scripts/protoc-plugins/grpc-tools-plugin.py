"""A protoc plugin that runs one of the generators built into grpcio-tools.

buf runs protoc's own generators (`protoc_builtin`) only under the names it
knows, and grpcio-tools ships its gRPC Python generator inside its bundled
protoc rather than as a protoc-gen-grpc_python binary. So buf.gen.yaml runs
this file with the venv's Python and a generator name (python, pyi or
grpc_python): it hands the request's files to grpcio-tools' protoc as a
descriptor set and answers with the files that protoc wrote. Every file in
gen/python thus comes from the one protoc pinned with grpcio-tools.
"""

import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def generate(generator: str, request: plugin_pb2.CodeGeneratorRequest) -> plugin_pb2.CodeGeneratorResponse:
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    )
    with tempfile.TemporaryDirectory() as work:
        descriptor_set = os.path.join(work, "request.binpb")
        out = os.path.join(work, "out")
        os.mkdir(out)
        with open(descriptor_set, "wb") as file:
            file.write(descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString())
        out_arg = f"{request.parameter}:{out}" if request.parameter else out
        # protoc.main skips its first argument, as protoc skips argv[0]; it
        # reports its own errors on stderr, which buf passes through.
        status = protoc.main(
            ["protoc", f"--descriptor_set_in={descriptor_set}", f"--{generator}_out={out_arg}", *request.file_to_generate]
        )
        if status != 0:
            response.error = f"grpcio-tools' protoc --{generator}_out exited with {status}"
            return response
        for directory, _, names in sorted(os.walk(out)):
            for name in sorted(names):
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as file:
                    response.file.add(name=os.path.relpath(path, out), content=file.read())
    return response


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: grpc-tools-plugin.py <python|pyi|grpc_python>  (a protoc plugin: request on stdin)")
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    sys.stdout.buffer.write(generate(sys.argv[1], request).SerializeToString())


if __name__ == "__main__":
    main()
