using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// The inputs a form's rule set is compiled against, as the host's rule catalog does it: the form's answers are
/// <c>input1</c>, a record laid out by <c>FormAnalyzer.CreateSchema</c>.
/// </summary>
public static class RuleFormSchema
{
    /// <summary>The name of the form's answers in rule expressions.</summary>
    public const string InputName = "input1";

    /// <summary>The rule inputs of <paramref name="form"/>.</summary>
    public static ExpressionSchema For(FormDefinition form) =>
        ExpressionSchema.Create().Field(InputName, ExpressionType.Record(FormAnalyzer.CreateSchema(form)));

    /// <summary>Loads <paramref name="formJson"/>; the form, or its load problems (never throws).</summary>
    public static (FormDefinition? Form, IReadOnlyList<Diagnostic> Diagnostics) LoadForm(string? formJson)
    {
        if (string.IsNullOrWhiteSpace(formJson))
        {
            return (null, [Diagnostic.Error("rules.form.missing", "$", "没有表单，无法检查规则中引用的字段", "there is no form, so the fields the rules read cannot be checked")]);
        }

        var load = FormDefinition.Load(formJson);
        return (load.Form, load.Form is null ? load.Diagnostics : []);
    }
}
