CREATE TABLE IF NOT EXISTS "points_ledger" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_points_ledger" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Points" INTEGER NOT NULL,
    "BalanceAfter" INTEGER NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS "points_postings" (
    "InstanceId" TEXT NOT NULL CONSTRAINT "PK_points_postings" PRIMARY KEY,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "At" INTEGER NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS "IX_points_ledger_CommunityId_Account_Sequence" ON "points_ledger" ("CommunityId", "Account", "Sequence");

CREATE UNIQUE INDEX IF NOT EXISTS "IX_points_ledger_InstanceId_Kind" ON "points_ledger" ("InstanceId", "Kind");
