# syntax=docker/dockerfile:1
# Multi-stage: build the TypeScript with dev dependencies, run with production ones only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY gen/ts ./gen/ts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DBX_HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 7420
VOLUME ["/app/data"]
# grpc.health.v1 over Connect JSON: no extra binary needed in the image.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.DBX_PORT||7420)+'/grpc.health.v1.Health/Check',{method:'POST',headers:{'content-type':'application/json'},body:'{}'}).then(r=>r.json()).then(b=>process.exit(b.status==='SERVING'?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["node", "dist/src/cli.js"]
# Inside a container DBX must listen on every interface (DBX_HOST=0.0.0.0) to
# be reachable through a published port, and it has no authentication yet:
# --insecure says so explicitly (DBX refuses a non-loopback address without
# it). Publish the port on loopback only (-p 127.0.0.1:7420:7420) unless the
# network in front of it is trusted.
CMD ["serve", "--insecure"]
