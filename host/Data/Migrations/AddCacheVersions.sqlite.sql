CREATE TABLE IF NOT EXISTS "cache_versions" (
    "Kind" TEXT NOT NULL CONSTRAINT "PK_cache_versions" PRIMARY KEY,
    "Stamp" INTEGER NOT NULL
);

INSERT OR IGNORE INTO "cache_versions" ("Kind", "Stamp") VALUES ('rules', 0), ('packs', 0), ('workflows', 0);
