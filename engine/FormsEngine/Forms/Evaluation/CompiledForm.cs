using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// A form with its expressions compiled: the server-side validation residents' answers go through. It evaluates
/// <c>calculate</c> (the server's values replace whatever the client sent), drops the answers of hidden fields so
/// no expression can read them, applies <c>visibleIf</c> and <c>requiredIf</c> while validating, and runs custom
/// validations on the coerced answers. Thread-safe; compile once per form version.
/// </summary>
public sealed class CompiledForm
{
    /// <summary>Each pass hides at least one more answer, so a form's field count bounds them; this bounds pathological forms.</summary>
    private const int MaxPasses = 64;

    private readonly Dictionary<FormField, (FormField? Group, FieldExpressions? Expressions)> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FormField, HashSet<string>> _itemKeys = new(ReferenceEqualityComparer.Instance);

    private CompiledForm(FormDefinition form, FormAnalysis analysis)
    {
        Form = form;
        Analysis = analysis;
        var fields = analysis.Fields;
        foreach (var entry in fields)
        {
            _fields[entry.Field] = (entry.RepeatScope, analysis.For(entry.QualifiedKey));
            if (entry.RepeatScope is { } group)
            {
                if (!_itemKeys.TryGetValue(group, out var keys))
                {
                    _itemKeys[group] = keys = new HashSet<string>(StringComparer.Ordinal) { group.Key };
                }

                keys.Add(entry.Field.Key);
            }
        }

        HasExpressions = fields.Any(f => analysis.For(f.QualifiedKey) is not null);
        Calculated = CalculationOrder.Sort(fields.Where(f => analysis.For(f.QualifiedKey)?.Calculate is not null).ToArray(), analysis);
        HasVisibilityConditions = fields.Any(f => analysis.For(f.QualifiedKey)?.VisibleIf is not null);
        Validated = fields.Where(f => analysis.For(f.QualifiedKey)?.Validations.Count > 0).ToArray();
    }

    /// <summary>The form definition.</summary>
    public FormDefinition Form { get; }

    /// <summary>The whole-form analysis: compile errors, cycles, never-visible warnings.</summary>
    public FormAnalysis Analysis { get; }

    /// <summary>True when every expression compiled; only then can submissions be validated.</summary>
    public bool Succeeded => Analysis.Succeeded;

    /// <summary>Errors and warnings of the analysis.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Analysis.Diagnostics;

    internal ExpressionSchema TopSchema => Analysis.Schemas.Top;

    internal bool HasExpressions { get; }

    /// <summary>Fields with a <c>calculate</c>, each after the calculated fields it reads.</summary>
    internal IReadOnlyList<AnalyzedField> Calculated { get; }

    internal bool HasVisibilityConditions { get; }

    internal IReadOnlyList<AnalyzedField> Validated { get; }

    /// <summary>Analyses and compiles every expression of <paramref name="form"/>.</summary>
    public static CompiledForm Compile(FormDefinition form, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new CompiledForm(form, FormAnalyzer.Analyze(form, options));
    }

    /// <summary>
    /// Validates a submission: calculations first (so conditions can read them), then coercion, visibility and
    /// required-ness, then custom validations on the coerced answers. Every error comes back at once.
    /// </summary>
    public SubmissionResult ValidateSubmission(JsonObject answers, SubmissionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!Succeeded)
        {
            throw new InvalidOperationException("The form's expressions do not compile; see Diagnostics.");
        }

        options ??= new SubmissionOptions();
        if (!HasExpressions)
        {
            return Form.ValidateSubmission(answers, options);
        }

        // Expressions read coerced values ("82" is the number 82, "是" is true): a lenient first pass coerces
        // everything, calculations and visibility are settled on that copy, and the real validation then asks it.
        var working = (JsonObject)answers.DeepClone();
        var coerced = Form.ValidateSubmission((JsonObject)answers.DeepClone(), options).Normalized;
        var records = new ScopeRecords(this, coerced);
        var passes = 0;
        do
        {
            Calculations.Apply(this, coerced, records);
        }
        while (HiddenAnswers.Remove(this, coerced, records) && ++passes < MaxPasses);

        Calculations.CopyResults(this, coerced, working);
        var conditions = new ExpressionFieldConditions(this, records, working, coerced);
        var result = Form.ValidateSubmission(working, new SubmissionOptions
        {
            Conditions = conditions,
            TimeProvider = options.TimeProvider,
            UtcOffset = options.UtcOffset,
        });

        var customErrors = CustomValidations.Check(this, result.Normalized);
        return customErrors.Count == 0
            ? result
            : new SubmissionResult([.. result.Errors, .. customErrors], result.IgnoredPaths, result.Normalized);
    }

    /// <summary>
    /// The ES5 script for the resident page's live show/hide, calculations and checks (load
    /// <see cref="ExpressionJavaScript.RuntimeLibrary"/> first). It gives the same answers as this class, because every
    /// function in it is the expression language's JavaScript backend.
    /// </summary>
    public string ToJavaScript() => Succeeded
        ? FormScriptBuilder.Build(this)
        : throw new InvalidOperationException("The form's expressions do not compile; see Diagnostics.");

    internal (FormField? Group, FieldExpressions? Expressions) Lookup(FormField field) =>
        _fields.TryGetValue(field, out var entry) ? entry : (null, null);

    internal ExpressionSchema ItemSchema(FormField group) => Analysis.Schemas.ForItem(group);

    /// <summary>The keys an item of <paramref name="group"/> answers itself (plus the group's own key).</summary>
    internal IReadOnlySet<string> ItemKeys(FormField group) =>
        _itemKeys.TryGetValue(group, out var keys) ? keys : new HashSet<string>(StringComparer.Ordinal) { group.Key };
}
