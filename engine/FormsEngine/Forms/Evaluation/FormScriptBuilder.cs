using System.Globalization;
using System.Text;
using System.Text.Json;
using FormsEngine.Expressions;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// Builds the ES5 script a resident page loads (after <see cref="ExpressionJavaScript.RuntimeLibrary"/>) for live
/// show/hide, calculations and per-field checks. It registers
/// <c>FormsEngineForms["id@version"] = { fields: [...], calculations: [...], itemScope: function (...) }</c>, where
/// each field entry carries its key, repeat group and the compiled functions of its expressions; every function is the
/// expression language's JavaScript backend, so the page decides exactly as the server does.
/// </summary>
internal static class FormScriptBuilder
{
    public const string RegistryName = "FormsEngineForms";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static string Build(CompiledForm form)
    {
        var functions = new StringBuilder();
        var fields = new StringBuilder();
        var next = 0;
        string Define(CompiledExpression? expression)
        {
            if (expression is null)
            {
                return "null";
            }

            var name = "f" + next++.ToString(CultureInfo.InvariantCulture);
            functions.Append(expression.ToJavaScript(name));
            return name;
        }

        foreach (var entry in form.Analysis.Fields)
        {
            if (form.Analysis.For(entry.QualifiedKey) is not { } expressions)
            {
                continue;
            }

            fields.Append(fields.Length == 0 ? "\n      " : ",\n      ")
                .Append("{ key: ").Append(Quote(entry.Field.Key))
                .Append(", group: ").Append(entry.RepeatScope is null ? "null" : Quote(entry.RepeatScope.Key))
                .Append(", visibleIf: ").Append(Define(expressions.VisibleIf))
                .Append(", requiredIf: ").Append(Define(expressions.RequiredIf))
                .Append(", calculate: ").Append(Define(expressions.Calculate))
                .Append(", validations: [");
            for (var i = 0; i < expressions.Validations.Count; i++)
            {
                var message = entry.Field.Validations[i].Message;
                fields.Append(i == 0 ? "" : ", ").Append("{ test: ").Append(Define(expressions.Validations[i]))
                    .Append(", messageZh: ").Append(Quote(message.Zh)).Append(", messageEn: ").Append(Quote(message.En ?? message.Zh)).Append(" }");
            }

            fields.Append("] }");
        }

        var script = new StringBuilder();
        script.Append("var ").Append(RegistryName).Append(" = ").Append(RegistryName).Append(" || {};\n")
            .Append(RegistryName).Append('[').Append(Quote($"{form.Form.Id}@{form.Form.Version}")).Append("] = (function () {\n")
            .Append(functions)
            .Append("  return {\n    fields: [").Append(fields).Append("\n    ],\n")
            .Append("    calculations: [").Append(string.Join(", ", form.Calculated.Select(c => Quote(c.QualifiedKey)))).Append("],\n")
            .Append("    itemKeys: {").Append(string.Join(", ", ItemKeys(form))).Append("},\n")
            .Append(ItemScopeFunction)
            .Append("  };\n}());\n");
        return script.ToString();
    }

    /// <summary>The same shadowing as the server's records: top-level answers, minus the item's own keys, then the item's.</summary>
    private const string ItemScopeFunction = """
            itemScope: function (root, group, item) {
              var keys = this.itemKeys[group] || [], scope = {}, k, i, own = {};
              for (i = 0; i < keys.length; i++) { own[keys[i]] = true; }
              for (k in root) { if (Object.prototype.hasOwnProperty.call(root, k) && !own[k]) { scope[k] = root[k]; } }
              for (k in item) { if (Object.prototype.hasOwnProperty.call(item, k)) { scope[k] = item[k]; } }
              return scope;
            }

        """;

    private static IEnumerable<string> ItemKeys(CompiledForm form) =>
        form.Analysis.Fields
            .Where(f => f.RepeatScope is null && f.Field.Type == Fields.FieldTypes.Repeat)
            .Select(g => $"{Quote(g.Field.Key)}: [{string.Join(", ", form.ItemKeys(g.Field).Order(StringComparer.Ordinal).Select(Quote))}]");

    /// <summary>A JavaScript string literal: JSON with every non-ASCII character escaped (safe inside &lt;script&gt;).</summary>
    private static string Quote(string value) => JsonSerializer.Serialize(value, Json);
}
