# The kg API for docker-compose.yml: Node 20, production dependencies, TypeScript run by tsx.
# Neo4j is the compose service `neo4j` (NEO4J_URI), so no Java is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY samples ./samples
COPY schema ./schema
COPY tsconfig.json ./
USER node
EXPOSE 4000
# kg up: apply the schema, ingest samples/articles/, serve GraphQL on $HOST:$PORT.
CMD ["node", "bin/kg.js", "up"]
