# syntax=docker/dockerfile:1
# Mirrors the README: `npm ci`, `npm run build`, then production dependencies only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# bin/ before `npm ci`: the package links its own `news-digest` command (package.json: "news-digest": "file:.").
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
# Outside a container the HTTP server listens on loopback only; in the image it must be reachable through the published port.
ENV NODE_ENV=production \
    NEWS_DIGEST_DB=/data/news-digest.db \
    NEWS_DIGEST_CONFIG=/config/news-digest.config.yaml \
    NEWS_DIGEST_HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
# The sample feeds and example config: `docker run --rm news-digest node dist/cli.js demo` works offline.
COPY examples ./examples
RUN mkdir -p /data /config && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Asks /healthz on the port the config gives (http.port), not a fixed 8080.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "dist/cli.js", "healthcheck"]
CMD ["node", "dist/cli.js", "run"]
