using System.Security.Claims;
using System.Text.Json.Nodes;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Packs;
using FormsEngine.Packs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Api;

/// <summary>
/// <c>/api/v1/packs</c>: list the street's rule packs; import a .zip (street admin; refused with every problem, file
/// and JSON path); publish a version to communities with an optional stay-on-previous deadline; read and set the
/// parameters with where each value came from; preview and accept an offered upgrade.
/// </summary>
internal static class PacksEndpoints
{
    public static IEndpointRouteBuilder MapPacksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/packs").WithTags("Rule packs").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/", async (PackOperations packs, CancellationToken ct) => TypedResults.Ok(await packs.ListAsync(ct).ConfigureAwait(false)));
        group.MapPost("/", Import).Accepts<byte[]>("application/zip");
        group.MapPost("/{id}/versions/{version}/publish", Publish);
        group.MapGet("/{id}/settings", Settings);
        group.MapPut("/{id}/settings", SaveSettings);
        group.MapGet("/{id}/upgrade", UpgradePreview);
        group.MapPost("/{id}/upgrade", Upgrade);
        return app;
    }

    internal static async Task<Results<Ok<PackImportInfo>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        if (request.ContentLength > PackOperations.MaxZipBytes)
        {
            return BilingualProblem.Create(StatusCodes.Status413PayloadTooLarge, "pack.tooLarge", "规则包超过 20 MB", "the pack exceeds 20 MB");
        }

        // Read at most one byte past the limit, so a body without Content-Length cannot grow the buffer further.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PackOperations.MaxZipBytes)
            {
                return BilingualProblem.Create(StatusCodes.Status413PayloadTooLarge, "pack.tooLarge", "规则包超过 20 MB", "the pack exceeds 20 MB");
            }
        }

        buffer.Position = 0;
        var outcome = await packs.ImportAsync(user, buffer, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded
            ? TypedResults.Ok(new PackImportInfo(outcome.Value!.Pack!.Manifest.Id, outcome.Value.Pack.Manifest.Version.ToString(), outcome.Value.Pack.ContentHash, outcome.Value.AlreadyImported, outcome.MessageZh, outcome.MessageEn))
            : Problem(outcome);
    }

    internal static async Task<Results<Ok<PackPublishInfo>, ProblemHttpResult>> Publish(string id, string version, PublishPack? body, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        var outcome = await packs.PublishAsync(user, id, version, body?.Communities ?? [], body?.StayUntil, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? TypedResults.Ok(new PackPublishInfo(outcome.Value!, outcome.MessageZh, outcome.MessageEn)) : Problem(outcome);
    }

    internal static async Task<Results<Ok<PackSettingsInfo>, ProblemHttpResult>> Settings(string id, string? community, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        var outcome = await packs.SettingsAsync(user, id, community, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? TypedResults.Ok(PackSettingsInfo.From(outcome.Value!)) : Problem(outcome);
    }

    internal static async Task<Results<Ok<PackSettingsInfo>, ProblemHttpResult>> SaveSettings(string id, string? community, SavePackSettings? body, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        if (body?.Values is not { } values)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "pack.settings.body", "请求体需要 values 对象，例如 {\"values\": {\"minAge\": 75}}", "the body needs a values object, e.g. {\"values\": {\"minAge\": 75}}");
        }

        var outcome = await packs.SaveSettingsAsync(user, id, community, values, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? TypedResults.Ok(PackSettingsInfo.From(outcome.Value!)) : Problem(outcome);
    }

    internal static async Task<Results<Ok<PackUpgradeInfo>, ProblemHttpResult>> UpgradePreview(string id, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        var outcome = await packs.UpgradePreviewAsync(user, id, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? TypedResults.Ok(PackUpgradeInfo.From(outcome.Value!)) : Problem(outcome);
    }

    internal static async Task<Results<Ok<PackPublishInfo>, ProblemHttpResult>> Upgrade(string id, ClaimsPrincipal user, PackOperations packs, CancellationToken cancellationToken)
    {
        var outcome = await packs.UpgradeAsync(user, id, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? TypedResults.Ok(new PackPublishInfo([outcome.Value!], outcome.MessageZh, outcome.MessageEn)) : Problem(outcome);
    }

    private static ProblemHttpResult Problem<T>(PackOutcome<T> outcome) => BilingualProblem.Create(
        outcome.Kind switch
        {
            PackOutcomeKind.NotFound => StatusCodes.Status404NotFound,
            PackOutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        },
        "pack." + outcome.Kind.ToString().ToLowerInvariant(), outcome.MessageZh, outcome.MessageEn, outcome.Problems.Count > 0 ? outcome.Problems : null);
}

/// <summary>Body of a publish call: the communities (all when empty) and the last day they may stay on their current version.</summary>
internal sealed record PublishPack(IReadOnlyList<string>? Communities, DateOnly? StayUntil);

/// <summary>Body of a settings call: values by parameter name (<c>null</c> removes this level's override).</summary>
internal sealed record SavePackSettings(JsonObject? Values);

internal sealed record PackImportInfo(string Id, string Version, string ContentHash, bool AlreadyImported, string MessageZh, string MessageEn);

internal sealed record PackPublishInfo(IReadOnlyList<string> Communities, string MessageZh, string MessageEn);

internal sealed record PackSettingInfo(string Name, string Kind, JsonNode? Value, string Source, JsonNode? Own, string DescriptionZh, string? DescriptionEn, string Allowed);

internal sealed record PackSettingsInfo(string PackId, string Version, string? Community, bool MayEdit, IReadOnlyList<PackSettingInfo> Settings, IReadOnlyList<string> Problems)
{
    public static PackSettingsInfo From(PackSettingsView view) => new(
        view.Pack.Manifest.Id,
        view.Pack.Manifest.Version.ToString(),
        view.CommunityId,
        view.MayEdit,
        [.. view.Configuration.Settings.Select(s => new PackSettingInfo(
            s.Name,
            s.Parameter?.TypeName ?? "part",
            s.Value?.DeepClone(),
            s.Source.ToString().ToLowerInvariant(),
            view.Own[s.Name]?.DeepClone(),
            s.DescriptionZh,
            s.DescriptionEn,
            s.AllowedText))],
        [.. view.Configuration.Problems.Select(p => p.ToString())]);
}

internal sealed record PackUpgradeInfo(string FromVersion, string ToVersion, DateTimeOffset? StayUntil, IReadOnlyList<PackChange> Changes, IReadOnlyList<PackWhatIf> WhatIf)
{
    public static PackUpgradeInfo From(PackUpgradeReport report) => new(report.Current.Manifest.Version.ToString(), report.Offered.Manifest.Version.ToString(), report.StayUntil, report.Changes, report.WhatIf);
}
