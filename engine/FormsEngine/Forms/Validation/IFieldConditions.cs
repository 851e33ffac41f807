using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Validation;

/// <summary>
/// Decides, per field and answer scope, whether a field is shown and whether it is required — the hook through which
/// <c>visibleIf</c> / <c>requiredIf</c> expressions are evaluated. Without one, every field is visible and required
/// exactly when its <c>required</c> flag is set.
/// </summary>
public interface IFieldConditions
{
    /// <summary>Whether <paramref name="field"/> is shown. An invisible field is never required and its answer is ignored.</summary>
    /// <param name="field">The field.</param>
    /// <param name="scope">The raw answers of the enclosing scope: the whole submission, or one repeat-group item.</param>
    /// <param name="root">The raw answers of the whole submission.</param>
    bool IsVisible(FormField field, JsonObject scope, JsonObject root);

    /// <summary>Whether <paramref name="field"/> (visible) must be answered.</summary>
    /// <param name="field">The field; <see cref="FormField.Required"/> is its static flag.</param>
    /// <param name="scope">The raw answers of the enclosing scope.</param>
    /// <param name="root">The raw answers of the whole submission.</param>
    bool IsRequired(FormField field, JsonObject scope, JsonObject root);
}
