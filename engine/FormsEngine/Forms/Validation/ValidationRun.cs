using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Validation;

/// <summary>
/// One validation of a submission. Walks the fields of a scope, asks each to coerce its answer, enforces
/// required-ness and collects errors; lists and paths are created only when something is wrong.
/// </summary>
internal sealed class ValidationRun
{
    private readonly IFieldConditions? _conditions;
    private List<Diagnostic>? _errors;
    private List<string>? _ignored;

    public ValidationRun(SubmissionOptions options, JsonObject root)
    {
        _conditions = options.Conditions;
        Root = root;
        Today = DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().ToOffset(options.UtcOffset).DateTime);
    }

    public JsonObject Root { get; }

    public DateOnly Today { get; }

    public int ErrorCount => _errors?.Count ?? 0;

    public void Fail(string path, string code, string zh, string en) =>
        (_errors ??= []).Add(Diagnostic.Error(code, path, zh, en));

    public void Ignore(string path) => (_ignored ??= []).Add(path);

    public SubmissionResult ToResult(JsonObject normalized) =>
        new(_errors is null ? [] : _errors, _ignored is null ? [] : _ignored, normalized);

    /// <summary>Validates the answers of one scope into <paramref name="output"/>, then reports unknown keys.</summary>
    public void ValidateScope(FieldScope scope, JsonObject answers, JsonObject output, AnswerPath? parent)
    {
        ValidateFields(scope.Fields, answers, output, parent);
        foreach (var property in answers)
        {
            if (!scope.AnswerKeys.Contains(property.Key))
            {
                Ignore(AnswerPath.Of(parent, property.Key));
            }
        }
    }

    private void ValidateFields(IReadOnlyList<FormField> fields, JsonObject answers, JsonObject output, AnswerPath? parent)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var visible = _conditions is null || _conditions.IsVisible(field, answers, Root);
            if (field is PageField)
            {
                if (visible)
                {
                    ValidateFields(field.Fields, answers, output, parent);
                }
                else
                {
                    IgnoreAnswered(field.Fields, answers, parent);
                }

                continue;
            }

            if (!field.CarriesAnswer || field.Key.Length == 0)
            {
                continue;
            }

            answers.TryGetPropertyValue(field.Key, out var value);
            if (!visible)
            {
                if (value is not null)
                {
                    Ignore(AnswerPath.Of(parent, field));
                }

                continue;
            }

            var before = ErrorCount;
            var normalized = value is null ? null : field.Coerce(value, new FieldContext(this, parent, field));
            if (normalized is not null)
            {
                output[field.Key] = normalized;
                continue;
            }

            if (ErrorCount != before)
            {
                continue;
            }

            if (field is HiddenField && field.Default is not null)
            {
                output[field.Key] = field.Default.DeepClone();
            }
            else if (_conditions is null ? field.Required : _conditions.IsRequired(field, answers, Root))
            {
                Fail(AnswerPath.Of(parent, field), SubmissionCodes.Required, "请填写此项", "This field is required");
            }
        }
    }

    private void IgnoreAnswered(IReadOnlyList<FormField> fields, JsonObject answers, AnswerPath? parent)
    {
        foreach (var field in fields)
        {
            if (field.Key.Length > 0 && field.CarriesAnswer && answers.ContainsKey(field.Key))
            {
                Ignore(AnswerPath.Of(parent, field));
            }
        }
    }
}
