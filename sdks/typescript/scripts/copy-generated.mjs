// Copies the generated code the package ships from the repository's gen/ts
// into src/gen (git-ignored), so that one tsc run compiles it with the SDK
// into dist/ and the repository keeps a single copy of the generated code.
//
// Shipped: every dbx.* package, and google/rpc/error_details (ErrorInfo and
// BadRequest, which DbxError reads). gen/ts/grpc and google/rpc/status serve
// the server only.
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const generated = fileURLToPath(new URL("../../../gen/ts/", import.meta.url));
const target = fileURLToPath(new URL("../src/gen/", import.meta.url));

if (!existsSync(generated)) {
  // A packed tarball has no gen/ next to it; it carries dist/ already.
  console.error(`copy-generated: ${generated} not found (run from a checkout of the DBX repository)`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(`${generated}dbx`, `${target}dbx`, { recursive: true });
cpSync(`${generated}google/rpc/error_details_pb.ts`, `${target}google/rpc/error_details_pb.ts`);
