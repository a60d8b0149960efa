import type { DescMessage, DescMethodUnary, DescService } from "@bufbuild/protobuf";
import { createServiceImplSpec, type ConnectRouter, type MethodImplSpec, type ServiceImpl } from "@connectrpc/connect";
import { createMethodSerializationLookup, type MethodSerializationLookup } from "@connectrpc/connect/protocol";
import { REQUEST_JSON_OPTIONS } from "../../errors/unknown-json-field.js";

/** A unary method the fast path can serve: its implementation and its (de)serializers. */
export interface UnaryRoute {
  readonly method: DescMethodUnary;
  readonly service: DescService;
  readonly impl: Extract<MethodImplSpec, { kind: "unary" }>["impl"];
  readonly serialization: MethodSerializationLookup<DescMessage, DescMessage>;
}

/**
 * The unary methods of every service registered on the router, by request
 * path ("/dbx.v1.DataService/Get"). Built by wrapping the router that the
 * routes function receives, so the fast path serves exactly what connect-node
 * serves, with the same implementation objects and serialization options.
 */
export class UnaryMethodTable {
  readonly #routes = new Map<string, UnaryRoute>();

  constructor(private readonly limits: { readMaxBytes: number }) {}

  /** A router that records services into this table and passes them on. */
  recording(router: ConnectRouter): ConnectRouter {
    return {
      get handlers() {
        return router.handlers;
      },
      service: (service, impl, options) => {
        // Services registered with their own options (JSON type registries,
        // interceptors, ...) stay on connect-node's path, which applies them.
        if (!options) this.#add(service, impl as ServiceImpl<DescService>);
        return router.service(service, impl, options);
      },
      rpc: (method, impl, options) => router.rpc(method, impl, options),
    };
  }

  get(path: string): UnaryRoute | undefined {
    return this.#routes.get(path);
  }

  #add(service: DescService, impl: ServiceImpl<DescService>): void {
    const spec = createServiceImplSpec(service, impl);
    for (const method of service.methods) {
      const m = spec.methods[method.localName];
      if (m.kind !== "unary") continue;
      this.#routes.set(`/${service.typeName}/${method.name}`, {
        method: m.method,
        service,
        impl: m.impl,
        serialization: createMethodSerializationLookup(m.method, undefined, REQUEST_JSON_OPTIONS, {
          readMaxBytes: this.limits.readMaxBytes,
          writeMaxBytes: 0xffffffff,
        }),
      });
    }
  }
}
