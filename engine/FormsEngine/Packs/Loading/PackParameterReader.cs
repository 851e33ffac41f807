using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Diagnostics;

namespace FormsEngine.Packs.Loading;

/// <summary>Reads the <c>parameters</c> of <c>pack.json</c>, checking each default against its own type and range.</summary>
internal static partial class PackParameterReader
{
    public static List<PackParameter> ReadAll(JsonNode? node, Dictionary<string, PackParameterType> types, List<Diagnostic> diagnostics)
    {
        var parameters = new List<PackParameter>();
        if (node is null)
        {
            return parameters;
        }

        if (node is not JsonArray array)
        {
            diagnostics.Add(Diagnostic.Error("pack.parameters", "$.parameters", "parameters 必须是数组", "parameters must be an array"));
            return parameters;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (Read(array[i], $"$.parameters[{i}]", types, diagnostics) is { } parameter)
            {
                if (parameters.Exists(p => p.Name == parameter.Name))
                {
                    diagnostics.Add(Diagnostic.Error("pack.param.duplicate", $"$.parameters[{i}].name", $"参数名“{parameter.Name}”重复", $"parameter '{parameter.Name}' is declared twice"));
                }
                else
                {
                    parameters.Add(parameter);
                }
            }
        }

        return parameters;
    }

    private static PackParameter? Read(JsonNode? node, string path, Dictionary<string, PackParameterType> types, List<Diagnostic> diagnostics)
    {
        if (node is not JsonObject json)
        {
            diagnostics.Add(Diagnostic.Error("pack.param", path, "参数必须是对象", "a parameter must be an object"));
            return null;
        }

        var before = diagnostics.Count;
        var name = PackManifestReader.Text(json, "name", path, diagnostics);
        if (name is not null && (!NamePattern().IsMatch(name) || name.StartsWith(PackPart.ParameterPrefix, StringComparison.Ordinal)))
        {
            diagnostics.Add(Diagnostic.Error("pack.param.name", path + ".name", $"参数名“{name}”无效：用字母或下划线开头的英文标识符（不能以 part_ 开头）",
                $"parameter name '{name}' is invalid: use an identifier of letters, digits and underscores (not starting with part_)"));
        }

        var typeName = PackManifestReader.Text(json, "type", path, diagnostics);
        PackParameterType type = default;
        if (typeName is not null && !types.TryGetValue(typeName, out type))
        {
            diagnostics.Add(Diagnostic.Error("pack.param.type", path + ".type", $"参数类型“{typeName}”无效，可用：{string.Join("、", types.Keys)}",
                $"parameter type '{typeName}' is invalid; use one of: {string.Join(", ", types.Keys)}"));
        }

        var description = PackManifestReader.Localized(json["description"], path + ".description", required: true, diagnostics);
        var values = json["values"] is JsonArray v ? v.Select(x => x is JsonValue s && s.TryGetValue<string>(out var t) ? t : null).ToList() : null;
        if (values is not null && (values.Count == 0 || values.Contains(null)))
        {
            diagnostics.Add(Diagnostic.Error("pack.param.values", path + ".values", "values 必须是非空的文字数组", "values must be a non-empty array of strings"));
        }

        if (type == PackParameterType.Choice && values is null)
        {
            diagnostics.Add(Diagnostic.Error("pack.param.values", path + ".values", "选择类参数需要列出 values", "a choice parameter needs its values"));
        }

        if (type == PackParameterType.Role && values?.Find(r => r is not null && !PackParameter.Roles.Contains(r)) is { } badRole)
        {
            diagnostics.Add(Diagnostic.Error("pack.param.role", path + ".values", $"“{badRole}”不是岗位，可用：{string.Join("、", PackParameter.Roles)}",
                $"'{badRole}' is not a staff role; use: {string.Join(", ", PackParameter.Roles)}"));
        }

        if (!json.ContainsKey("default"))
        {
            diagnostics.Add(Diagnostic.Error("pack.param.default", path + ".default", "缺少默认值 default", "default is missing"));
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var parameter = new PackParameter(name!, type, json["default"]?.DeepClone(), description!)
        {
            Label = PackManifestReader.Localized(json["label"], path + ".label", required: false, diagnostics),
            Min = json["min"]?.DeepClone(),
            Max = json["max"]?.DeepClone(),
            Values = values is null ? [] : [.. values!],
            MaxLength = json["maxLength"] is JsonValue ml && ml.TryGetValue<int>(out var max) ? max : null,
        };
        if (parameter.Check(parameter.Default, path + ".default") is { } bad)
        {
            diagnostics.Add(bad);
            return null;
        }

        return parameter;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
