using FormsEngine.Forms;

namespace FormsEngine.Packs;

/// <summary>
/// An optional part of a pack a community may switch off. Expressions read it as the boolean
/// <c>param.part_&lt;id&gt;</c>; the <paramref name="Forms"/> it lists are published only while it is on.
/// </summary>
public sealed record PackPart(string Id, LocalizedText Name, LocalizedText? Description, bool Default, IReadOnlyList<string> Forms)
{
    /// <summary>The prefix of a part's name among the parameters: <c>part_</c>.</summary>
    public const string ParameterPrefix = "part_";

    /// <summary>The name expressions use, <c>part_streetReview</c>.</summary>
    public string ParameterName => ParameterPrefix + Id;
}
