ALTER TABLE "publications" ADD COLUMN "OpensAt" INTEGER NULL;
ALTER TABLE "publications" ADD COLUMN "PackId" TEXT NULL;

CREATE TABLE IF NOT EXISTS "pack_forms" (
    "PackId" TEXT NOT NULL,
    "PackVersion" TEXT NOT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersion" INTEGER NOT NULL,
    "StreetId" TEXT NOT NULL,
    CONSTRAINT "PK_pack_forms" PRIMARY KEY ("PackId", "PackVersion", "FormId")
);

CREATE TABLE IF NOT EXISTS "pack_publications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_pack_publications" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "PackId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "OfferedVersion" TEXT NULL,
    "StayUntil" INTEGER NULL,
    "PublishedAt" INTEGER NOT NULL,
    "PublishedBy" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS "pack_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_pack_settings" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "PackId" TEXT NOT NULL,
    "ValuesJson" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS "pack_versions" (
    "PackId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "ManifestJson" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "ImportedAt" INTEGER NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    CONSTRAINT "PK_pack_versions" PRIMARY KEY ("PackId", "Version")
);

CREATE INDEX IF NOT EXISTS "IX_pack_forms_FormId_FormVersion" ON "pack_forms" ("FormId", "FormVersion");

CREATE UNIQUE INDEX IF NOT EXISTS "IX_pack_publications_CommunityId_PackId" ON "pack_publications" ("CommunityId", "PackId");

CREATE UNIQUE INDEX IF NOT EXISTS "IX_pack_settings_StreetId_CommunityId_PackId" ON "pack_settings" ("StreetId", "CommunityId", "PackId");
