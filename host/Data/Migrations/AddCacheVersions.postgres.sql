CREATE TABLE IF NOT EXISTS cache_versions (
    "Kind" text NOT NULL,
    "Stamp" bigint NOT NULL,
    CONSTRAINT "PK_cache_versions" PRIMARY KEY ("Kind")
);

INSERT INTO cache_versions ("Kind", "Stamp") VALUES ('rules', 0), ('packs', 0), ('workflows', 0) ON CONFLICT DO NOTHING;
