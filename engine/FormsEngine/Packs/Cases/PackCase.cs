using System.Text.Json.Nodes;

namespace FormsEngine.Packs.Cases;

/// <summary>
/// One golden case of a pack (<c>cases/*.json</c>): a submission's answers and parameter values in; the expected
/// validation, eligibility outcome, explanation, workflow route and values out. See <c>docs/packs.md</c>.
/// </summary>
public sealed record PackCase(string File, int Index, string Name, string Form, JsonObject Answers, PackCaseExpectation Expect)
{
    /// <summary>The clock for <c>age()</c>, <c>today()</c> and timers (09:00 China time of this day).</summary>
    public DateOnly Today { get; init; } = new(2026, 12, 1);

    /// <summary>The building of the door QR code (workflow input <c>楼栋</c>), or null.</summary>
    public string? Building { get; init; }

    /// <summary>Parameter and part values over the manifest defaults.</summary>
    public JsonObject Params { get; init; } = [];

    /// <summary>Task outcomes in order, or <c>+P1D</c> to move the clock on.</summary>
    public IReadOnlyList<string> Decisions { get; init; } = [];

    /// <summary><c>cases/x.json #3 名称</c>.</summary>
    public string Title => $"{File} #{Index + 1} {Name}";
}

/// <summary>What a golden case expects; null members are not checked.</summary>
public sealed record PackCaseExpectation
{
    /// <summary>Whether the answers pass validation (default true).</summary>
    public bool Valid { get; init; } = true;

    /// <summary>Field paths that must be refused, when <see cref="Valid"/> is false.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary><c>eligible</c> or <c>ineligible</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>Texts that must each appear in the decision text.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];

    /// <summary>Success events that must be raised, all of them and no others.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Every task the workflow created, in order, as <c>activity@assignee</c>.</summary>
    public IReadOnlyList<string>? Route { get; init; }

    /// <summary>The workflow's end status, or <c>waiting</c>/<c>faulted</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Dotted paths into the answers (<c>answers.…</c>) or the workflow data with expected values.</summary>
    public JsonObject Values { get; init; } = [];
}
