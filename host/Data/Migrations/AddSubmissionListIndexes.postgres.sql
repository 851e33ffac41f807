CREATE INDEX IF NOT EXISTS "IX_submissions_CommunityId_SubmittedAt" ON submissions ("CommunityId", "SubmittedAt");

CREATE INDEX IF NOT EXISTS "IX_submissions_StreetId_SubmittedAt" ON submissions ("StreetId", "SubmittedAt");
