using FormsEngine.Forms.Analysis;

namespace FormsEngine.Forms.Evaluation;

/// <summary>Orders calculated fields so that each comes after the calculated fields it reads (the analysis has ruled out cycles).</summary>
internal static class CalculationOrder
{
    public static AnalyzedField[] Sort(AnalyzedField[] calculated, FormAnalysis analysis)
    {
        var byKey = calculated.ToDictionary(f => f.QualifiedKey, StringComparer.Ordinal);
        var keys = analysis.Keys;
        var ordered = new List<AnalyzedField>(calculated.Length);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        void Place(AnalyzedField entry)
        {
            if (!placed.Add(entry.QualifiedKey))
            {
                return;
            }

            foreach (var reference in analysis.For(entry.QualifiedKey)!.Calculate!.References)
            {
                if (ReferenceResolver.ToFieldKey(reference, entry.RepeatScope, keys) is { } key && byKey.TryGetValue(key, out var dependency))
                {
                    Place(dependency);
                }
            }

            ordered.Add(entry);
        }

        foreach (var entry in calculated)
        {
            Place(entry);
        }

        return [.. ordered];
    }
}
