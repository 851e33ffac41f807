using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>The server side of the add/remove buttons of repeat groups, for pages posted without JavaScript.</summary>
internal static class RepeatActions
{
    public static bool Apply(FormDefinition form, JsonObject answers, FormAction action)
    {
        if (action.Kind is not (FormActionKind.Add or FormActionKind.Remove) || action.Target is null
            || Resolve(form, answers, action.Target) is not ({ } parent, { } group))
        {
            return false;
        }

        var items = parent[group.Key] as JsonArray;
        if (action.Kind == FormActionKind.Add)
        {
            if (items is null)
            {
                if (parent.ContainsKey(group.Key))
                {
                    return false;
                }

                parent[group.Key] = items = [];
            }

            if (items.Count >= (group.MaxItems ?? FormPostReader.DefaultMaxItems))
            {
                return false;
            }

            items.Add(new JsonObject());
            return true;
        }

        if (items is null || action.Index < 0 || action.Index >= items.Count)
        {
            return false;
        }

        items.RemoveAt(action.Index);
        return true;
    }

    /// <summary>The object holding the group named <paramref name="name"/> (<c>家庭成员</c>, <c>家庭成员[0].子女</c>) and the group.</summary>
    private static (JsonObject? Parent, RepeatGroupField? Group) Resolve(FormDefinition form, JsonObject answers, string name)
    {
        var parts = new List<NameParser.Part>();
        if (!NameParser.TryParse(name, parts))
        {
            return (null, null);
        }

        var scopes = FieldScopes.For(form);
        var scope = scopes.Top;
        var target = answers;
        for (var j = 0; j < parts.Count; j++)
        {
            if (parts[j].Key is not { } key || !scope.TryGetValue(key, out var field) || field is not RepeatGroupField group)
            {
                return (null, null);
            }

            if (j == parts.Count - 1)
            {
                return (target, group);
            }

            if (parts[j + 1].Key is not null || target[key] is not JsonArray items || parts[j + 1].Index >= items.Count
                || items[parts[j + 1].Index] is not JsonObject item)
            {
                return (null, null);
            }

            target = item;
            scope = scopes.Item(group);
            j++;
        }

        return (null, null);
    }
}
