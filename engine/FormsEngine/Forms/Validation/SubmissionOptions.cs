namespace FormsEngine.Forms.Validation;

/// <summary>Options for <see cref="FormDefinition.ValidateSubmission(System.Text.Json.Nodes.JsonObject, SubmissionOptions?)"/>.</summary>
public sealed class SubmissionOptions
{
    /// <summary>Visibility and required-ness per field; null means every field visible, required = its flag.</summary>
    public IFieldConditions? Conditions { get; init; }

    /// <summary>The clock that decides "today" (e.g. a birth date in the future). Defaults to the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The time zone "today" is taken in. Defaults to China Standard Time (UTC+8), where the forms are used.
    /// </summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(8);

    internal static SubmissionOptions Default { get; } = new();
}
