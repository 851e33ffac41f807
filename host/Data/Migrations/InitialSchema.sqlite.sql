CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NULL,
    "GridId" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Detail" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "form_versions" (
    "FormId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NULL,
    "ChangeNote" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_form_versions" PRIMARY KEY ("FormId", "Version")
);
CREATE TABLE IF NOT EXISTS "publications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_publications" PRIMARY KEY AUTOINCREMENT,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersion" INTEGER NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "ClosesAt" INTEGER NULL,
    "RetentionDays" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_settings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "submission_hashes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_submission_hashes" PRIMARY KEY AUTOINCREMENT,
    "SubmissionId" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "submission_workflows" (
    "InstanceId" TEXT NOT NULL CONSTRAINT "PK_submission_workflows" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "GridId" TEXT NULL,
    "DefinitionId" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submissions" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "GridId" TEXT NULL,
    "BuildingId" TEXT NULL,
    "PublicationId" INTEGER NOT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersion" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "MaskedJson" TEXT NOT NULL,
    "SealedAnswers" BLOB NULL,
    "Outcome" TEXT NULL,
    "Explanation" TEXT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "RetainUntil" INTEGER NULL,
    "PurgedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "tenants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tenants" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NULL,
    "GridId" TEXT NULL,
    "Name" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "uploads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_uploads" PRIMARY KEY,
    "StreetId" TEXT NOT NULL,
    "CommunityId" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "SealedBytes" BLOB NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX IF NOT EXISTS "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX IF NOT EXISTS "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX IF NOT EXISTS "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX IF NOT EXISTS "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX IF NOT EXISTS "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX IF NOT EXISTS "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX IF NOT EXISTS "IX_audit_log_StreetId_CommunityId_At" ON "audit_log" ("StreetId", "CommunityId", "At");
CREATE UNIQUE INDEX IF NOT EXISTS "IX_publications_CommunityId_FormId" ON "publications" ("CommunityId", "FormId");
CREATE INDEX IF NOT EXISTS "IX_submission_hashes_CommunityId_Kind_Hash" ON "submission_hashes" ("CommunityId", "Kind", "Hash");
CREATE INDEX IF NOT EXISTS "IX_submission_hashes_SubmissionId" ON "submission_hashes" ("SubmissionId");
CREATE INDEX IF NOT EXISTS "IX_submission_workflows_SubmissionId" ON "submission_workflows" ("SubmissionId");
CREATE INDEX IF NOT EXISTS "IX_submissions_CommunityId_FormId_SubmittedAt" ON "submissions" ("CommunityId", "FormId", "SubmittedAt");
CREATE UNIQUE INDEX IF NOT EXISTS "IX_submissions_PublicationId_IdempotencyKey" ON "submissions" ("PublicationId", "IdempotencyKey");
CREATE INDEX IF NOT EXISTS "IX_submissions_PurgedAt_RetainUntil" ON "submissions" ("PurgedAt", "RetainUntil");
CREATE UNIQUE INDEX IF NOT EXISTS "IX_submissions_Reference" ON "submissions" ("Reference");
CREATE INDEX IF NOT EXISTS "IX_tenants_ParentId" ON "tenants" ("ParentId");
CREATE INDEX IF NOT EXISTS "IX_uploads_SubmissionId" ON "uploads" ("SubmissionId");
CREATE TABLE IF NOT EXISTS "wf_audit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_wf_audit" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Before" TEXT NOT NULL,
    "After" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_definitions" (
    "DefinitionId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_wf_definitions" PRIMARY KEY ("DefinitionId", "Version")
);
CREATE TABLE IF NOT EXISTS "wf_instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_instances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "StateJson" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Runnable" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_wf_outbox" PRIMARY KEY AUTOINCREMENT,
    "IdempotencyKey" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DeliveredAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_scheduled_work" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_scheduled_work" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "TargetId" TEXT NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Done" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_tasks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "AssigneeKind" TEXT NOT NULL,
    "AssigneeId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "EscalationLevel" INTEGER NOT NULL,
    "DueAt" INTEGER NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS "IX_wf_audit_InstanceId_Sequence" ON "wf_audit" ("InstanceId", "Sequence");
CREATE INDEX IF NOT EXISTS "IX_wf_instances_DefinitionId_DefinitionVersion_Status" ON "wf_instances" ("DefinitionId", "DefinitionVersion", "Status");
CREATE INDEX IF NOT EXISTS "IX_wf_instances_Runnable_LeaseExpiresAt" ON "wf_instances" ("Runnable", "LeaseExpiresAt");
CREATE INDEX IF NOT EXISTS "IX_wf_outbox_Channel_Recipient" ON "wf_outbox" ("Channel", "Recipient");
CREATE INDEX IF NOT EXISTS "IX_wf_outbox_DeliveredAt_LeaseExpiresAt" ON "wf_outbox" ("DeliveredAt", "LeaseExpiresAt");
CREATE UNIQUE INDEX IF NOT EXISTS "IX_wf_outbox_IdempotencyKey" ON "wf_outbox" ("IdempotencyKey");
CREATE INDEX IF NOT EXISTS "IX_wf_scheduled_work_Done_DueAt" ON "wf_scheduled_work" ("Done", "DueAt");
CREATE INDEX IF NOT EXISTS "IX_wf_tasks_AssigneeId_Status" ON "wf_tasks" ("AssigneeId", "Status");
CREATE INDEX IF NOT EXISTS "IX_wf_tasks_InstanceId" ON "wf_tasks" ("InstanceId");
