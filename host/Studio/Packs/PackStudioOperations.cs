using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Packs;
using FormsEngine.Packs;

namespace FormsEngine.Host.Studio.Packs;

/// <summary>The studio's rule-pack page, through <see cref="PackOperations"/> (the same checks as the API) in a scope per call as the circuit's user.</summary>
internal sealed class PackStudioOperations(StudioCalls calls) : IPackStudioOperations
{
    public Task<IReadOnlyList<StudioPack>> ListAsync(CancellationToken cancellationToken) => calls.RunAsync<IReadOnlyList<StudioPack>>(async (services, _) =>
    {
        var packs = await services.GetRequiredService<PackOperations>().ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. packs.Select(p => new StudioPack(p.Id, p.NameZh, p.NameEn, p.DescriptionZh, p.Publisher,
            [.. p.Versions.Select(v => new StudioPackVersion(v.Version, v.ContentHash, v.ImportedAt, v.ImportedBy, v.Forms, v.Cases))],
            [.. p.Communities.Select(c => new StudioPackCommunity(c.CommunityId, c.Name, c.Version, c.OfferedVersion, LastDay(c.StayUntil)))],
            p.Campaign))];
    });

    public Task<StudioPackImportOutcome> ImportAsync(Stream zip, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var outcome = await services.GetRequiredService<PackOperations>().ImportAsync(user, zip, cancellationToken).ConfigureAwait(false);
        var pack = outcome.Value?.Pack;
        return new StudioPackImportOutcome(outcome.Succeeded, outcome.MessageZh, outcome.MessageEn, pack?.Manifest.Id, pack?.Manifest.Version.ToString(), pack?.ContentHash, Problems(outcome.Problems));
    });

    public Task<StudioOutcome> PublishAsync(string packId, string version, IReadOnlyList<string> communityIds, DateOnly? stayUntil, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var outcome = await services.GetRequiredService<PackOperations>().PublishAsync(user, packId, version, communityIds, stayUntil, cancellationToken).ConfigureAwait(false);
        return new StudioOutcome(outcome.Succeeded, outcome.MessageZh, outcome.MessageEn);
    });

    public Task<StudioPackSettings?> SettingsAsync(string packId, string? communityId, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var outcome = await services.GetRequiredService<PackOperations>().SettingsAsync(user, packId, communityId, cancellationToken).ConfigureAwait(false);
        return outcome.Value is { } view ? ToSettings(view, []) : null;
    });

    public Task<StudioPublishOutcome> SaveSettingsAsync(string packId, string? communityId, IReadOnlyDictionary<string, string?> valuesJson, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        ArgumentNullException.ThrowIfNull(valuesJson);
        var changes = new JsonObject();
        var problems = new List<StudioProblem>();
        foreach (var (name, json) in valuesJson)
        {
            try
            {
                changes[name] = json is null ? null : JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                problems.Add(new StudioProblem("$." + name, $"“{name}”的值不是有效的 JSON", $"the value of '{name}' is not valid JSON", true));
            }
        }

        if (problems.Count > 0)
        {
            return new StudioPublishOutcome(false, "参数未保存：请按提示修改", "the parameters were not saved", problems, null, null);
        }

        var outcome = await services.GetRequiredService<PackOperations>().SaveSettingsAsync(user, packId, communityId, changes, cancellationToken).ConfigureAwait(false);
        return new StudioPublishOutcome(outcome.Succeeded, outcome.MessageZh, outcome.MessageEn, Problems(outcome.Problems), null, null);
    });

    public Task<StudioPackUpgrade?> UpgradePreviewAsync(string packId, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var outcome = await services.GetRequiredService<PackOperations>().UpgradePreviewAsync(user, packId, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } report)
        {
            return null;
        }

        return new StudioPackUpgrade(packId, report.Current.Manifest.Version.ToString(), report.Offered.Manifest.Version.ToString(),
            LastDay(report.StayUntil),
            [.. report.Changes.Select(c => new StudioPackChange(c.Kind.ToString().ToLowerInvariant(), c.Where, c.TextZh, c.TextEn))],
            [.. report.WhatIf.Select(w => new StudioPackWhatIf(w.FormId, w.FormTitle, w.Total, w.Gained, w.Lost, w.EventsChanged, w.Examples))]);
    });

    public Task<StudioOutcome> UpgradeAsync(string packId, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var outcome = await services.GetRequiredService<PackOperations>().UpgradeAsync(user, packId, cancellationToken).ConfigureAwait(false);
        return new StudioOutcome(outcome.Succeeded, outcome.MessageZh, outcome.MessageEn);
    });

    private static StudioPackSettings ToSettings(PackSettingsView view, IReadOnlyList<StudioProblem> problems) => new(
        view.Pack.Manifest.Id,
        view.Pack.Manifest.Version.ToString(),
        view.CommunityId,
        view.CommunityId is null ? "街道统一设置" : "本社区设置",
        view.MayEdit,
        [.. view.Configuration.Settings.Select(s => new StudioPackSetting(
            s.Name,
            s.LabelZh,
            s.DescriptionZh,
            s.Parameter?.TypeName ?? "part",
            s.Value?.ToJsonString() ?? "null",
            s.Source.ToString().ToLowerInvariant(),
            view.Own[s.Name]?.ToJsonString(),
            s.AllowedText,
            s.Parameter is { Type: PackParameterType.Role, Values.Count: 0 } ? PackParameter.Roles : s.Parameter?.Values ?? [],
            JsonNumbers.TryGet(s.Parameter?.Min, out var min) ? min : null,
            JsonNumbers.TryGet(s.Parameter?.Max, out var max) ? max : null))],
        [.. problems, .. view.Configuration.Problems.Select(Problem)]);


    /// <summary>The last day (China time) a community may stay: the deadline is 00:00 of the day after it.</summary>
    private static DateOnly? LastDay(DateTimeOffset? deadline) =>
        deadline is { } d ? DateOnly.FromDateTime(d.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).DateTime) : null;

    private static List<StudioProblem> Problems(IReadOnlyList<Diagnostic> problems) => [.. problems.Select(Problem)];

    private static StudioProblem Problem(Diagnostic d) => new(d.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{d.Path} {d.Line}:{d.Column}") : d.Path ?? "", d.MessageZh, d.MessageEn, d.IsError);
}
