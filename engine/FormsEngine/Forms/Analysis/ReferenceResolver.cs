namespace FormsEngine.Forms.Analysis;

/// <summary>Maps a reference an expression reads (<c>地址.building</c>, <c>家庭成员.年龄</c>) to the field it depends on.</summary>
internal static class ReferenceResolver
{
    /// <param name="reference">A dotted path from <see cref="Expressions.CompiledExpression.References"/>.</param>
    /// <param name="scope">The repeat group the expression is written in, or null at the top level.</param>
    /// <param name="keys">Qualified keys of every field.</param>
    /// <returns>The qualified key of the field read, or null when it is not a field of this form.</returns>
    public static string? ToFieldKey(string reference, Fields.FormField? scope, IReadOnlySet<string> keys)
    {
        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? reference : reference[..dot];
        if (scope is not null && keys.Contains($"{scope.Key}.{first}"))
        {
            return $"{scope.Key}.{first}";
        }

        if (dot >= 0)
        {
            var rest = reference[(dot + 1)..];
            var second = rest.Split('.')[0];
            if (keys.Contains($"{first}.{second}"))
            {
                return $"{first}.{second}";
            }
        }

        return keys.Contains(first) ? first : null;
    }
}
