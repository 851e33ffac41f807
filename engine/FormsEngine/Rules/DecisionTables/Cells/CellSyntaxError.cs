namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>A syntax error inside a cell: where, what is wrong and what to write instead.</summary>
internal sealed class CellSyntaxException(int position, string messageZh, string messageEn) : Exception(messageEn)
{
    public int Position { get; } = position;

    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;
}
