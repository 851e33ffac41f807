using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.FormEditing;

/// <summary>The live check of one expression: every problem with line:col, and what it computes when it compiles.</summary>
/// <param name="Diagnostics">Errors and warnings from the engine's compiler (path: the field's property).</param>
/// <param name="ResultTypeName">The result type in the UI language (e.g. 数字, 是/否); null when it does not compile.</param>
/// <param name="References">The fields the expression reads.</param>
public sealed record ExpressionCheck(IReadOnlyList<Diagnostic> Diagnostics, string? ResultTypeName, IReadOnlyList<string> References)
{
    /// <summary>True when there is no error (an empty expression is fine: it means "no condition").</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>The value an expression gives for some sample answers.</summary>
/// <param name="Success">True when it compiled and ran.</param>
/// <param name="Value">The value (JSON); null when empty or failed.</param>
/// <param name="Display">The value for staff in the UI language, e.g. 是（成立）, 72, "张三", 空值; or the error.</param>
public sealed record ExpressionPreview(bool Success, System.Text.Json.Nodes.JsonNode? Value, string Display);

/// <summary>A field an expression reads, for the sample-answers box of the editor.</summary>
/// <param name="Name">The field key as the expression sees it.</param>
/// <param name="Kind">The kind of value (text, number, date, boolean…).</param>
/// <param name="TypeName">The type in the UI language, e.g. 日期.</param>
public sealed record SampleField(string Name, FormsEngine.Expressions.ExpressionTypeKind Kind, string TypeName);
