using FormsEngine.Diagnostics;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>An engine diagnostic with the draft field (and property, e.g. <c>visibleIf</c>) it is about.</summary>
/// <param name="Diagnostic">The engine's diagnostic (code, Chinese and English message, JSON path, line:col).</param>
/// <param name="Field">The field it points at; null for form-level problems.</param>
/// <param name="Property">The property of the field (or of the form) it points at, e.g. <c>options</c>; null when none.</param>
public sealed record DraftDiagnostic(Diagnostic Diagnostic, FieldDraft? Field, string? Property)
{
    /// <summary>True for errors (which block publishing).</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>The message in the UI language with where it is, e.g. 显示条件 第1行第5列：找不到字段“年纪”.</summary>
    public string Display
    {
        get
        {
            var where = Property is null ? "" : PropertyNames.Of(Property);
            var message = BuilderStrings.Pick(Diagnostic.MessageZh, Diagnostic.MessageEn);
            if (Diagnostic.Line > 0)
            {
                where += BuilderStrings.Format("DiagnosticPosition", Diagnostic.Line, Diagnostic.Column);
            }

            return where.Length == 0 ? message : BuilderStrings.Format("DiagnosticWhere", where.Trim(), message);
        }
    }
}
