using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FormsEngine.Designer.Operations;

namespace FormsEngine.Designer.Studio.Pages.Packs;

/// <summary>Which editor a pack setting gets on the 规则包 page.</summary>
internal enum PackEditorKind
{
    Number,
    Choice,
    Text,
    Switch,
    Date,
}

/// <summary>
/// The 规则包 page's value logic, without rendering: which editor a setting's type gets, its value as an editor value
/// (parsed from <see cref="StudioPackSetting.ValueJson"/>) and back to JSON for
/// <see cref="IPackStudioOperations.SaveSettingsAsync"/>, problems placed by their <c>$.&lt;name&gt;</c> path, and the
/// resource keys of a setting's source badge.
/// </summary>
internal static class PackSettingValues
{
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Text = "text";
    public const string Choice = "choice";
    public const string Role = "role";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string Part = "part";

    /// <summary>The <see cref="StudioPackSetting.Source"/> values: pack default, street override, community override.</summary>
    public const string SourcePack = "pack";
    public const string SourceStreet = "street";
    public const string SourceCommunity = "community";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>JSON text as people read it: Chinese stays Chinese rather than <c>\uXXXX</c>.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// integer and number get a numeric box; choice and role, and text with a list of values, a drop-down of those
    /// values; other text a text box; boolean and part a switch; date a date picker.
    /// </summary>
    public static PackEditorKind EditorFor(StudioPackSetting setting) => setting.Type switch
    {
        Integer or Number => PackEditorKind.Number,
        Choice or Role => PackEditorKind.Choice,
        Text when setting.Values.Count > 0 => PackEditorKind.Choice,
        Boolean or Part => PackEditorKind.Switch,
        Date => PackEditorKind.Date,
        _ => PackEditorKind.Text,
    };

    /// <summary>A range bound for the numeric box: null when absent or beyond what <see cref="decimal"/> holds.</summary>
    public static decimal? Bound(double? value) =>
        value is { } v && !double.IsNaN(v) && v >= (double)decimal.MinValue && v <= (double)decimal.MaxValue ? (decimal)v : null;

    /// <summary>A number as JSON: whole for integer (rounded), else as given.</summary>
    public static string EncodeNumber(string type, decimal value) => type == Integer
        ? JsonSerializer.Serialize(decimal.ToInt64(decimal.Round(value, MidpointRounding.AwayFromZero)), Json)
        : JsonSerializer.Serialize(value, Json);

    /// <summary>Text, a choice or a role as a JSON string.</summary>
    public static string EncodeText(string value) => JsonSerializer.Serialize(value, Json);

    /// <summary>A boolean or a part as <c>true</c>/<c>false</c>.</summary>
    public static string EncodeBoolean(bool value) => value ? "true" : "false";

    /// <summary>A date as the JSON string <c>"yyyy-MM-dd"</c>.</summary>
    public static string EncodeDate(DateOnly value) => JsonSerializer.Serialize(value.ToString(DateFormat, CultureInfo.InvariantCulture), Json);

    /// <summary>The number in <paramref name="json"/>, or null when it is not a JSON number.</summary>
    public static decimal? ReadNumber(string? json) =>
        Parse(json) is { ValueKind: JsonValueKind.Number } e && e.TryGetDecimal(out var value) ? value : null;

    /// <summary>The string in <paramref name="json"/> (a number or boolean as its JSON text), or null.</summary>
    public static string? ReadText(string? json) => Parse(json) switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } e => e.GetRawText(),
        _ => null,
    };

    /// <summary>The boolean in <paramref name="json"/>; also accepts the strings "true"/"false". Null otherwise.</summary>
    public static bool? ReadBoolean(string? json) => Parse(json) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } e when bool.TryParse(e.GetString(), out var b) => b,
        _ => null,
    };

    /// <summary>The <c>yyyy-MM-dd</c> date in <paramref name="json"/>, or null.</summary>
    public static DateOnly? ReadDate(string? json) =>
        Parse(json) is { ValueKind: JsonValueKind.String } e
        && DateOnly.TryParseExact(e.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// The value as a person reads it (numbers invariant, dates <c>yyyy-MM-dd</c>); booleans are left to the caller
    /// (<paramref name="yes"/>/<paramref name="no"/>, localized). The raw JSON when it does not parse.
    /// </summary>
    public static string Display(string? json, string yes, string no)
    {
        var element = Parse(json);
        return element switch
        {
            null => json ?? "",
            { ValueKind: JsonValueKind.True } => yes,
            { ValueKind: JsonValueKind.False } => no,
            { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
            { } e => e.GetRawText(),
        };
    }

    /// <summary>True when two JSON texts hold the same value (<c>80</c> and <c>80.0</c> are the same number).</summary>
    public static bool SameValue(string? a, string? b) =>
        a == b || (Parse(a) is { } x && Parse(b) is { } y && JsonElement.DeepEquals(x, y));

    /// <summary>The setting a problem is about: <c>$.minAge</c> → <c>minAge</c> (also <c>$.minAge.x</c> and <c>$['minAge']</c>); null for others.</summary>
    public static string? SettingName(string? where)
    {
        if (string.IsNullOrEmpty(where))
        {
            return null;
        }

        var path = where.Trim();
        if (path.StartsWith("$['", StringComparison.Ordinal))
        {
            var end = path.IndexOf("']", 3, StringComparison.Ordinal);
            return end > 3 ? path[3..end] : null;
        }

        if (!path.StartsWith("$.", StringComparison.Ordinal) || path.Length == 2)
        {
            return null;
        }

        var rest = path[2..];
        var stop = rest.IndexOfAny(['.', '[']);
        return stop < 0 ? rest : stop == 0 ? null : rest[..stop];
    }

    /// <summary>
    /// Places problems next to their setting: each problem whose path names one of <paramref name="settingNames"/>
    /// goes under that name, every other problem (no path, another file) under <see cref="string.Empty"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<StudioProblem>> ByName(IEnumerable<StudioProblem> problems, IEnumerable<string> settingNames)
    {
        var names = settingNames.ToHashSet(StringComparer.Ordinal);
        return problems
            .GroupBy(p => SettingName(p.Where) is { } name && names.Contains(name) ? name : "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StudioProblem>)g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The resource key of a source badge: <c>Source_pack</c> (包默认), <c>Source_street</c> (街道), <c>Source_community</c> (本社区).</summary>
    public static string SourceKey(string? source) => source switch
    {
        SourcePack or SourceStreet or SourceCommunity => "Source_" + source,
        _ => "Source_unknown",
    };

    /// <summary>The source a level's own override shows as: the street level (no community) or a community.</summary>
    public static string OwnSource(string? communityId) => communityId is null ? SourceStreet : SourceCommunity;

    /// <summary>
    /// What a save sends: the edited values of this page's settings (null removes that override). The host merges them
    /// into the level's overrides, so the others stay as they are without being sent again.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> SavePayload(IEnumerable<StudioPackSetting> settings, IReadOnlyDictionary<string, string?> edits)
    {
        var names = settings.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return edits.Where(e => names.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The staff roles the 规则包 page tells apart (the host's <c>StaffRoles</c>, which it checks again on every call).</summary>
internal static class PackRoles
{
    public const string StreetAdmin = "街道管理员";
    public const string CommunityAdmin = "社区管理员";

    public static bool IsStreetAdmin(StudioUser? user) => user?.Role == StreetAdmin;

    public static bool IsCommunityAdmin(StudioUser? user) => user?.Role == CommunityAdmin;
}
