using FormsEngine.Diagnostics;

namespace FormsEngine.Forms.Analysis;

/// <summary>Finds cycles among the fields' <c>calculate</c> and <c>visibleIf</c> dependencies and names each by its path.</summary>
internal static class DependencyCycles
{
    public static IEnumerable<Diagnostic> Find(Dictionary<string, List<string>> dependencies, List<AnalyzedField> fields)
    {
        // Pages and static text may have no key; they carry no answer and take part in no dependency.
        var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.QualifiedKey.Length > 0))
        {
            pathOf.TryAdd(field.QualifiedKey, field.Field.DefinitionPath);
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on the stack, true = done
        var stack = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Diagnostic>();

        void Visit(string node)
        {
            state[node] = false;
            stack.Add(node);
            foreach (var next in dependencies.GetValueOrDefault(node) ?? [])
            {
                if (!state.TryGetValue(next, out var done))
                {
                    Visit(next);
                }
                else if (!done)
                {
                    var cycle = stack.Skip(stack.LastIndexOf(next)).Append(next).ToList();
                    var canonical = string.Join("|", cycle.Skip(1).Order(StringComparer.Ordinal));
                    if (reported.Add(canonical))
                    {
                        var text = string.Join(" → ", cycle);
                        found.Add(Diagnostic.Error(
                            "form.expression.cycle",
                            pathOf.GetValueOrDefault(next),
                            $"字段之间循环依赖：{text}。请去掉其中一个引用",
                            $"the fields depend on each other in a cycle: {text}; remove one of the references"));
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = true;
        }

        foreach (var node in dependencies.Keys.Order(StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return found;
    }
}
