using System.Text.Json.Nodes;
using FormsEngine.Expressions;

namespace FormsEngine.Rules;

/// <summary>
/// The named inputs of one evaluation (<c>input1</c>, <c>input2</c>…), loaded once into an <see cref="ExpressionRecord"/>
/// laid out by the rule set's input schema. Create it with <see cref="RuleSet.CreateInput(IReadOnlyDictionary{string, JsonNode})"/>
/// and reuse it for any number of evaluations, from any number of threads, as long as nobody changes the record meanwhile.
/// </summary>
public sealed class RuleInput
{
    internal RuleInput(ExpressionRecord record)
    {
        Record = record;
    }

    /// <summary>The loaded inputs (laid out by <see cref="RuleSet.InputSchema"/>).</summary>
    public ExpressionRecord Record { get; }
}
