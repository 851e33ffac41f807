using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// Help for writing one field's expression in the builder: live diagnostics from the engine's compiler (same schema
/// and rules as publishing), suggestions for the identifier at the caret, and the value for sample answers.
/// Schemas are rebuilt only when the draft changes (<see cref="FormDraft.Revision"/>).
/// </summary>
public sealed partial class ExpressionAssist
{
    private readonly FormDraft _draft;
    private readonly ExpressionOptions _options;
    private DraftSchemas? _schemas;
    private int _revision = -1;

    /// <summary>Creates the assistant for <paramref name="draft"/>; <paramref name="options"/> sets the clock and limits (tests fix the date).</summary>
    public ExpressionAssist(FormDraft draft, ExpressionOptions? options = null)
    {
        _draft = draft ?? throw new ArgumentNullException(nameof(draft));
        _options = options ?? ExpressionOptions.Default;
    }

    /// <summary>The draft the assistant reads.</summary>
    public FormDraft Draft => _draft;

    /// <summary>True for properties whose expression must be a condition (是/否).</summary>
    public static bool IsConditionProperty(string property) => property is "visibleIf" or "requiredIf" or "validations";

    /// <summary>
    /// Checks <paramref name="text"/> as <paramref name="property"/> (<c>visibleIf</c>, <c>requiredIf</c>,
    /// <c>calculate</c> or <c>validations</c>) of <paramref name="field"/>. Blank text has no diagnostics.
    /// </summary>
    public ExpressionCheck Check(FieldDraft field, string property, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ExpressionCheck([], null, []);
        }

        var path = _draft.PathOf(field) + "." + property;
        var schema = Schemas.For(field);
        var compilation = ExpressionCompiler.Compile(text, schema, _options);
        var diagnostics = compilation.Diagnostics.Select(d => d with { Path = path }).ToList();
        var compiled = compilation.Expression;
        if (compiled is not null && IsConditionProperty(property) && !compiled.IsCondition)
        {
            diagnostics.Add(Diagnostic.Error(
                "form.expression.notCondition",
                path,
                $"这里需要一个成立或不成立的条件，而表达式的结果是{compiled.ResultType.DisplayNameZh}",
                $"a condition (true/false) is needed here, but the expression gives {compiled.ResultType.DisplayNameEn}") with { Line = 1, Column = 1 });
        }
        else if (compiled is not null && property == "calculate" && field.Type is not ("calculated" or "hidden")
            && schema.TryGetField(field.Key, out var declared) && compiled.ResultType != declared.Type
            && compiled.ResultType.Kind != ExpressionTypeKind.Null)
        {
            diagnostics.Add(Diagnostic.Error(
                "form.expression.calculateType",
                path,
                $"计算结果是{compiled.ResultType.DisplayNameZh}，但字段“{field.Key}”需要{declared.Type.DisplayNameZh}",
                $"the calculation gives {compiled.ResultType.DisplayNameEn}, but field '{field.Key}' holds {declared.Type.DisplayNameEn}") with { Line = 1, Column = 1 });
        }

        var ok = !diagnostics.Any(d => d.IsError);
        return new ExpressionCheck(diagnostics, ok && compiled is not null ? TypeName(compiled.ResultType) : null, compilation.ReferencedFields);
    }

    /// <summary>
    /// The fields <paramref name="text"/> reads that take a single value (text, number, date, 是/否…), for the
    /// sample-answers box; fields of repeat groups and records are left out.
    /// </summary>
    public IReadOnlyList<SampleField> SampleFields(FieldDraft field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var schema = Schemas.For(field);
        var references = ExpressionCompiler.Compile(text, schema, _options).ReferencedFields;
        var list = new List<SampleField>();
        foreach (var name in references.Distinct(StringComparer.Ordinal))
        {
            if (schema.TryGetField(name, out var f) && f.Type.Kind is not (ExpressionTypeKind.Record or ExpressionTypeKind.List))
            {
                list.Add(new SampleField(name, f.Type.Kind, TypeName(f.Type)));
            }
        }

        return list;
    }

    /// <summary>
    /// Evaluates <paramref name="text"/> for <paramref name="sample"/>: the answers as the expression sees them (for a
    /// field inside a repeat group, the item's answers and the form's answers in one object).
    /// </summary>
    public ExpressionPreview Preview(FieldDraft field, string? text, JsonObject sample)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(sample);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ExpressionPreview(true, null, BuilderStrings.Get("PreviewBlank"));
        }

        var schema = Schemas.For(field);
        var compilation = ExpressionCompiler.Compile(text, schema, _options);
        if (compilation.Expression is not { } expression)
        {
            var first = compilation.Diagnostics.FirstOrDefault(d => d.IsError);
            return new ExpressionPreview(false, null, BuilderStrings.Format(
                "CannotEvaluate", first is null ? BuilderStrings.Get("ExpressionInvalid") : BuilderStrings.Pick(first.MessageZh, first.MessageEn)));
        }

        var result = expression.Evaluate(ExpressionRecordLoader.Load(schema, sample));
        return result.IsSuccess
            ? new ExpressionPreview(true, result.Value, Display(result.Value))
            : new ExpressionPreview(false, null, BuilderStrings.Format("EvaluationFailed", BuilderStrings.Pick(result.MessageZh ?? "", result.MessageEn)));
    }

    /// <summary>
    /// Turns what staff typed into the sample box (one text per field) into answers: numbers parsed, 是/否 from
    /// <c>true</c>/<c>是</c>/<c>yes</c>, comma-separated lists for multiple choices; blank means not answered.
    /// </summary>
    public static JsonObject SampleAnswers(IEnumerable<(SampleField Field, string? Text)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var answers = new JsonObject();
        foreach (var (field, text) in values)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var t = text.Trim();
            answers[field.Name] = field.Kind switch
            {
                ExpressionTypeKind.Number when decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
                ExpressionTypeKind.Number => null,
                ExpressionTypeKind.Boolean => JsonValue.Create(t is "true" or "是" or "yes" or "1" or "on"),
                _ => JsonValue.Create(t),
            };
        }

        return answers;
    }

    private DraftSchemas Schemas
    {
        get
        {
            if (_schemas is null || _revision != _draft.Revision)
            {
                _schemas = new DraftSchemas(_draft, _options);
                _revision = _draft.Revision;
            }

            return _schemas;
        }
    }

    /// <summary>The engine's name of <paramref name="type"/> in the UI language.</summary>
    internal static string TypeName(ExpressionType type) => BuilderStrings.Pick(type.DisplayNameZh, type.DisplayNameEn);

    private static string Display(JsonNode? value) => value switch
    {
        null => BuilderStrings.Get("ValueNull"),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => BuilderStrings.Get("ValueTrue"),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => BuilderStrings.Get("ValueFalse"),
        _ => value.ToJsonString(DraftJson.WriteOptions),
    };
}
