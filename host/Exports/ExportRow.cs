using System.Text.Json.Nodes;

namespace FormsEngine.Host.Exports;

/// <summary>
/// One submission to export. <paramref name="Answers"/> must already be masked or unmasked for the caller's role: the
/// writers print what they are given.
/// </summary>
/// <param name="ReferenceNumber">The resident-facing reference number.</param>
/// <param name="SubmittedAt">When it was submitted; printed in the table's time zone (Asia/Shanghai by default).</param>
/// <param name="Community">The community (社区) name.</param>
/// <param name="Status">The status or outcome, already in Chinese (e.g. “已通过”).</param>
/// <param name="Answers">The answers keyed by field key; a repeat group is an array of objects.</param>
internal sealed record ExportRow(string ReferenceNumber, DateTimeOffset SubmittedAt, string Community, string Status, JsonObject Answers);
