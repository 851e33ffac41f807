using System.Globalization;
using System.Text.RegularExpressions;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Designer.FormEditing;

/// <summary>The engine's static checks, mapped back to the draft's fields.</summary>
public sealed partial class FormDraft
{
    private static readonly FormLoadOptions LoadOptions = new() { AllowUnknown = true };

    /// <summary>
    /// Runs exactly what publishing runs — <see cref="FormDefinition.Load(string, FormLoadOptions?)"/> (unknown types
    /// allowed, as warnings) and, when it loads, <see cref="CompiledForm.Compile"/> — and maps every diagnostic's JSON
    /// path to the field and property it is about.
    /// </summary>
    public DraftValidation Validate(ExpressionOptions? options = null)
    {
        var load = FormDefinition.Load(ToJson(), LoadOptions);
        var compiled = load.Form is { } form ? CompiledForm.Compile(form, options) : null;
        var all = load.Diagnostics.Concat(compiled?.Diagnostics ?? []);
        var mapped = all.Select(d => Map(d)).ToList();
        return new DraftValidation(mapped, load.Form, compiled);
    }

    /// <summary>The field and property a JSON path such as <c>$.fields[2].fields[0].visibleIf</c> points at.</summary>
    public (FieldDraft? Field, string? Property) Resolve(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return (null, null);
        }

        FieldDraft? field = null;
        var list = _fields;
        var rest = path.AsSpan(1);
        while (true)
        {
            var match = FieldStep().Match(rest.ToString());
            if (!match.Success)
            {
                break;
            }

            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index >= list.Count)
            {
                return (field, null);
            }

            field = list[index];
            list = field.MutableFields;
            rest = rest[match.Length..];
        }

        var property = PropertyStep().Match(rest.ToString());
        return (field, property.Success ? property.Groups[1].Value : null);
    }

    private DraftDiagnostic Map(Diagnostic diagnostic)
    {
        var (field, property) = Resolve(diagnostic.Path);
        return new DraftDiagnostic(diagnostic, field, property);
    }

    [GeneratedRegex(@"^\.fields\[(\d+)\]")]
    private static partial Regex FieldStep();

    [GeneratedRegex(@"^\.([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}_]*)")]
    private static partial Regex PropertyStep();
}
