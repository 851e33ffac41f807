using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Packs;

/// <summary>
/// The effective parameters of a pack for one community: pack defaults &lt; street overrides &lt; community overrides,
/// each value with where it came from. Overrides that are not allowed (unknown name, wrong type, out of range) are
/// ignored here and listed in <see cref="Problems"/>; <see cref="CheckOverrides"/> refuses them when they are set.
/// </summary>
public sealed class PackConfiguration
{
    private PackConfiguration(JsonObject values, IReadOnlyList<PackSetting> settings, IReadOnlyList<Diagnostic> problems)
    {
        Values = values;
        Settings = settings;
        Problems = problems;
    }

    /// <summary>The <c>param</c> record: every parameter and <c>part_&lt;id&gt;</c>.</summary>
    public JsonObject Values { get; }

    /// <summary>Every parameter and part with its effective value and source, in manifest order.</summary>
    public IReadOnlyList<PackSetting> Settings { get; }

    /// <summary>Overrides that were ignored, e.g. a value the new pack version no longer allows.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>True when the part <paramref name="partId"/> is on.</summary>
    public bool IsPartOn(string partId) => Values[PackPart.ParameterPrefix + partId] is JsonValue v && v.TryGetValue<bool>(out var on) && on;

    /// <summary>Resolves the effective configuration from the manifest and the street's and community's overrides (<c>{"minAge": 75, "part_streetReview": false}</c>).</summary>
    public static PackConfiguration Resolve(PackManifest manifest, JsonObject? street, JsonObject? community)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var values = new JsonObject();
        var settings = new List<PackSetting>();
        var problems = new List<Diagnostic>();
        foreach (var parameter in manifest.Parameters)
        {
            var (value, source) = Pick(parameter.Name, parameter.Default, street, community, v => parameter.Check(v, "$." + parameter.Name), problems);
            values[parameter.Name] = value?.DeepClone();
            settings.Add(new PackSetting(parameter.Name, value?.DeepClone(), source, parameter, null));
        }

        foreach (var part in manifest.Parts)
        {
            var (value, source) = Pick(part.ParameterName, JsonValue.Create(part.Default), street, community, v => BooleanCheck(part.ParameterName, v), problems);
            values[part.ParameterName] = value?.DeepClone();
            settings.Add(new PackSetting(part.ParameterName, value?.DeepClone(), source, null, part));
        }

        return new PackConfiguration(values, settings, problems);
    }

    /// <summary>Every reason <paramref name="overrides"/> cannot be saved; empty when they can.</summary>
    public static IReadOnlyList<Diagnostic> CheckOverrides(PackManifest manifest, JsonObject overrides)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(overrides);
        var problems = new List<Diagnostic>();
        foreach (var (name, value) in overrides)
        {
            var path = "$." + name;
            if (manifest.FindParameter(name) is { } parameter)
            {
                if (parameter.Check(value, path) is { } bad)
                {
                    problems.Add(bad);
                }
            }
            else if (manifest.Parts.Any(p => p.ParameterName == name))
            {
                if (BooleanCheck(name, value) is { } bad)
                {
                    problems.Add(bad);
                }
            }
            else
            {
                problems.Add(Diagnostic.Error("pack.param.unknown", path, $"规则包没有参数“{name}”", $"the pack has no parameter '{name}'"));
            }
        }

        return problems;
    }

    private static (JsonNode? Value, PackValueSource Source) Pick(string name, JsonNode? fallback, JsonObject? street, JsonObject? community,
        Func<JsonNode?, Diagnostic?> check, List<Diagnostic> problems)
    {
        foreach (var (layer, source) in new[] { (community, PackValueSource.Community), (street, PackValueSource.Street) })
        {
            if (layer is not null && layer.TryGetPropertyValue(name, out var value))
            {
                if (check(value) is { } problem)
                {
                    problems.Add(problem);
                    continue;
                }

                return (value, source);
            }
        }

        return (fallback, PackValueSource.Pack);
    }

    private static Diagnostic? BooleanCheck(string name, JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<bool>(out _)
            ? null
            : Diagnostic.Error("pack.part.value", "$." + name, $"“{name}”只能是 true 或 false", $"'{name}' must be true or false");
}

/// <summary>One effective value: its name, value, where it came from, and the parameter or part it belongs to.</summary>
public sealed record PackSetting(string Name, JsonNode? Value, PackValueSource Source, PackParameter? Parameter, PackPart? Part)
{
    /// <summary>The short name staff see: the parameter's label, else its description; the part's name.</summary>
    public string LabelZh => Parameter is { } p ? (p.Label ?? p.Description).Zh : Part!.Name.Zh;

    /// <summary>What the value means, in Chinese.</summary>
    public string DescriptionZh => Parameter is { } p ? p.Description.Zh : (Part!.Description ?? Part.Name).Zh;

    /// <summary>What the value means, in English when the pack has it.</summary>
    public string? DescriptionEn => Parameter is { } p ? p.Description.En : (Part!.Description ?? Part.Name).En;

    /// <summary>The allowed range or list in words (<c>true / false</c> for a part).</summary>
    public string AllowedText => Parameter?.AllowedText ?? "true / false";
}
