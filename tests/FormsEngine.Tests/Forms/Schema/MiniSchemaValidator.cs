using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FormsEngine.Tests.Forms.Schema;

/// <summary>
/// Just enough of JSON Schema 2020-12 to check documents against rulepacks/schema/form.schema.json in tests.
/// Throws on a keyword it does not know, so the schema cannot silently outgrow this checker.
/// </summary>
internal sealed class MiniSchemaValidator(JsonObject root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs", "format", "default"];

    public List<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonNode schema, JsonNode? value, string path, List<string> errors)
    {
        if (schema is JsonValue boolean && boolean.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            if (boolean.GetValueKind() == JsonValueKind.False)
            {
                errors.Add($"{path}: not allowed");
            }

            return;
        }

        var s = schema.AsObject();
        foreach (var (keyword, argument) in s)
        {
            if (Annotations.Contains(keyword) || keyword is "then" or "else")
            {
                continue;
            }

            switch (keyword)
            {
                case "$ref":
                    Check(Resolve(argument!.GetValue<string>()), value, path, errors);
                    break;
                case "type":
                    if (!HasType(value, argument!.GetValue<string>()))
                    {
                        errors.Add($"{path}: expected {argument}");
                    }

                    break;
                case "enum":
                    if (!argument!.AsArray().Any(e => JsonNode.DeepEquals(e, value)))
                    {
                        errors.Add($"{path}: not in enum");
                    }

                    break;
                case "const":
                    if (!JsonNode.DeepEquals(argument, value))
                    {
                        errors.Add($"{path}: expected {argument!.ToJsonString()}");
                    }

                    break;
                case "required":
                    if (value is JsonObject required)
                    {
                        errors.AddRange(argument!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !required.ContainsKey(n)).Select(n => $"{path}: missing {n}"));
                    }

                    break;
                case "properties":
                    if (value is JsonObject withProperties)
                    {
                        foreach (var (name, sub) in argument!.AsObject())
                        {
                            if (withProperties.TryGetPropertyValue(name, out var child))
                            {
                                Check(sub!, child, $"{path}.{name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value is JsonObject withAdditional)
                    {
                        var declared = s["properties"]?.AsObject();
                        foreach (var (name, child) in withAdditional)
                        {
                            if (declared is null || !declared.ContainsKey(name))
                            {
                                Check(argument!, child, $"{path}.{name}", errors);
                            }
                        }
                    }

                    break;
                case "items":
                    if (value is JsonArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Check(argument!, array[i], $"{path}[{i}]", errors);
                        }
                    }

                    break;
                case "minItems":
                    if (value is JsonArray small && small.Count < argument!.GetValue<int>())
                    {
                        errors.Add($"{path}: too few items");
                    }

                    break;
                case "minimum" or "maximum" or "exclusiveMinimum":
                    if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
                    {
                        var n = number.GetValue<decimal>();
                        var limit = argument!.GetValue<decimal>();
                        if (keyword == "minimum" ? n < limit : keyword == "maximum" ? n > limit : n <= limit)
                        {
                            errors.Add($"{path}: violates {keyword} {limit.ToString(CultureInfo.InvariantCulture)}");
                        }
                    }

                    break;
                case "minLength" or "maxLength":
                    if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                    {
                        var length = text.GetValue<string>().EnumerateRunes().Count();
                        var bound = argument!.GetValue<int>();
                        if (keyword == "minLength" ? length < bound : length > bound)
                        {
                            errors.Add($"{path}: violates {keyword}");
                        }
                    }

                    break;
                case "pattern":
                    if (value is JsonValue str && str.GetValueKind() == JsonValueKind.String
                        && !Regex.IsMatch(str.GetValue<string>(), argument!.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
                    {
                        errors.Add($"{path}: does not match {argument}");
                    }

                    break;
                case "anyOf":
                    if (!argument!.AsArray().Any(sub => Validate(sub!, value, path).Count == 0))
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "allOf":
                    foreach (var sub in argument!.AsArray())
                    {
                        Check(sub!, value, path, errors);
                    }

                    break;
                case "if":
                    var branch = Validate(argument!, value, path).Count == 0 ? s["then"] : s["else"];
                    if (branch is not null)
                    {
                        Check(branch, value, path, errors);
                    }

                    break;
                default:
                    throw new NotSupportedException($"schema keyword '{keyword}' is not supported by the test checker");
            }
        }
    }

    private List<string> Validate(JsonNode schema, JsonNode? value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private JsonNode Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException("only local $defs references are supported: " + reference);
        }

        return root["$defs"]![reference[prefix.Length..]] ?? throw new InvalidOperationException("missing definition " + reference);
    }

    private static bool HasType(JsonNode? value, string type) => (type, value?.GetValueKind()) switch
    {
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => decimal.Truncate(value!.GetValue<decimal>()) == value.GetValue<decimal>(),
        ("null", JsonValueKind.Null) => true,
        _ => false,
    };
}
