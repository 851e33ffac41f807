DROP INDEX IF EXISTS "IX_wf_tasks_AssigneeId_Status";

CREATE INDEX IF NOT EXISTS "IX_wf_tasks_AssigneeId_Status_DueAt_Id" ON wf_tasks ("AssigneeId", "Status", "DueAt", "Id");
