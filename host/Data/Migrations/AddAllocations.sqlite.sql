CREATE TABLE IF NOT EXISTS "allocations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_allocations" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "PackId" TEXT NOT NULL,
    "Batch" INTEGER NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "Group" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Allocated" INTEGER NOT NULL,
    "WaitlistPosition" INTEGER NULL,
    "Explanation" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS "IX_allocations_CommunityId_PackId_Batch" ON "allocations" ("CommunityId", "PackId", "Batch");

CREATE UNIQUE INDEX IF NOT EXISTS "IX_allocations_InstanceId_Batch" ON "allocations" ("InstanceId", "Batch");
