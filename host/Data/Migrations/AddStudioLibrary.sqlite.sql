CREATE TABLE IF NOT EXISTS "rule_set_versions" (
    "RuleSetId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersion" INTEGER NOT NULL,
    "ChangeNote" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_rule_set_versions" PRIMARY KEY ("RuleSetId", "Version")
);
CREATE TABLE IF NOT EXISTS "studio_drafts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_studio_drafts" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS "IX_rule_set_versions_FormId_FormVersion" ON "rule_set_versions" ("FormId", "FormVersion");
CREATE UNIQUE INDEX IF NOT EXISTS "IX_studio_drafts_CommunityId_Kind_DocumentId" ON "studio_drafts" ("CommunityId", "Kind", "DocumentId");
