// kg graph schema: Neo4j 5.26 Community. Every statement is idempotent (IF NOT EXISTS)
// and ends with a semicolon. src/graph/schema.ts (applySchema) runs them in order.
// Labels follow docs/ontology.md and src/domain/ontology.ts.

// ── Unique ids: the loader MERGEs on these keys ─────────────────────────────────
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quantity_id IF NOT EXISTS FOR (n:Quantity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// ── Lookups ──────────────────────────────────────────────────────────────────────
// nameKey = foldText(name): "Sở Thông tin và Truyền thông TP Ðà Nẵng" → "so thong tin va truyen thong tp da nang"
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX sentence_article_id IF NOT EXISTS FOR (n:Sentence) ON (n.articleId);
CREATE INDEX quantity_kind IF NOT EXISTS FOR (n:Quantity) ON (n.kind);

// ── Full-text search over folded names and aliases ───────────────────────────────
// Index name `entityNames` is a contract: the API's search (src/graph/read/) and
// cypher/queries/entity-by-folded-name.cypher call
//   CALL db.index.fulltext.queryNodes('entityNames', $q)
// with $q folded by foldText (src/domain/fold.ts) and Lucene-escaped.
// Entity.searchText holds one folded form per line, spaced and unspaced, for the name
// and every alias: "Future Gov" → "future gov\nfuturegov", so "future gov" and
// "futuregov" both hit. The text is already folded (đ → d, marks dropped), so the
// analyzer must only split and keep every token: `standard-folding` would drop
// Vietnamese syllables that fold onto English stop words (Hội An → "hoi", "an" gone).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };

// ── Near-duplicate articles (src/dedupe/simhash.ts, src/graph/write/link-duplicates.ts) ──
// Article.simhash is a 64-bit SimHash of the text; simhash0…simhash3 are its four 16-bit
// bands ("0:3f1a"). Two near-copies (≤ 3 bits apart) share at least one band, so a copy's
// candidates are found by four index seeks instead of a scan.
CREATE INDEX article_simhash0 IF NOT EXISTS FOR (n:Article) ON (n.simhash0);
CREATE INDEX article_simhash1 IF NOT EXISTS FOR (n:Article) ON (n.simhash1);
CREATE INDEX article_simhash2 IF NOT EXISTS FOR (n:Article) ON (n.simhash2);
CREATE INDEX article_simhash3 IF NOT EXISTS FOR (n:Article) ON (n.simhash3);
