using FormsEngine.Diagnostics;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Analysis;

/// <summary>The result of <see cref="FormAnalyzer.Analyze"/>: every problem across the form's expressions, and the compiled expressions.</summary>
public sealed class FormAnalysis
{
    private readonly IReadOnlyDictionary<string, FieldExpressions> _expressions;

    internal FormAnalysis(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, FieldExpressions> expressions, IReadOnlySet<string> neverVisible, FormSchemas schemas, IReadOnlyList<AnalyzedField> fields, IReadOnlySet<string> keys)
    {
        Schemas = schemas;
        Fields = fields;
        Keys = keys;
        Diagnostics = diagnostics;
        _expressions = expressions;
        NeverVisible = neverVisible;
    }

    /// <summary>Errors (type errors, unknown fields, cycles) and warnings (fields that can never be visible).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Qualified keys (<c>家庭成员.年龄</c> inside repeat groups) of fields that can never be shown.</summary>
    public IReadOnlySet<string> NeverVisible { get; }

    internal FormSchemas Schemas { get; }

    /// <summary>Every field of the form, flattened, as the analysis saw it.</summary>
    internal IReadOnlyList<AnalyzedField> Fields { get; }

    /// <summary>The qualified keys of <see cref="Fields"/>.</summary>
    internal IReadOnlySet<string> Keys { get; }

    /// <summary>The compiled expressions of the field with this qualified key, or null when it has none.</summary>
    public FieldExpressions? For(string qualifiedKey) => _expressions.GetValueOrDefault(qualifiedKey);

    internal FieldExpressions? For(FormField field, FormField? repeatScope) =>
        For(repeatScope is null ? field.Key : $"{repeatScope.Key}.{field.Key}");
}
