using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>Adding, removing and moving fields.</summary>
public sealed partial class FormDraft
{
    /// <summary>How deep repeat groups may nest (the engine's limit).</summary>
    public const int MaxRepeatDepth = 3;

    /// <summary>
    /// Adds a new field of <paramref name="type"/> (a palette type or any other type name) with a unique key and a
    /// Chinese label, into <paramref name="container"/> (null: the form) at <paramref name="index"/> (null: the end).
    /// A page always goes to the top level.
    /// </summary>
    public FieldDraft AddField(string type, FieldDraft? container = null, int? index = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var info = FieldTypeCatalog.Find(type);
        if (type == "page" || (container is not null && !container.IsContainer))
        {
            container = null;
        }

        if (container is not null && !CanPlace(type == "repeat" ? 1 : 0, type, container))
        {
            throw new InvalidOperationException($"A {type} field cannot go into {container}.");
        }

        var name = info?.NameZh ?? type;
        var shown = info?.Name ?? type;
        var obj = new JsonObject { ["type"] = type };
        // Pages and static text get a key too, although the format makes it optional: the engine's analysis
        // (DependencyCycles) fails on a form with two key-less fields.
        obj["key"] = UniqueKey(info?.KeyBase ?? NewContent.FieldKey, ScopeOf(container));
        if (type == "page")
        {
            var n = AllFields.Count(f => f.IsPage) + 1;
            obj["label"] = FieldTypeCatalog.Text(NewContent.PageLabel(n));
        }
        else if (info?.HasLabel ?? true)
        {
            obj["label"] = FieldTypeCatalog.Text(name);
        }

        foreach (var (prop, value) in info?.Defaults() ?? [])
        {
            obj[prop] = value?.DeepClone();
        }

        var field = Build(obj, container);
        var list = ListOf(container);
        var at = Math.Clamp(index ?? list.Count, 0, list.Count);
        Execute(new DraftEdit(BuilderStrings.Format("UndoAdd", shown), () => Insert(field, container, at), () => Detach(field), null));
        return field;
    }

    /// <summary>Removes <paramref name="field"/> (with everything inside it).</summary>
    public void Remove(FieldDraft field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var container = field.Parent;
        var index = ListOf(container).IndexOf(field);
        if (index < 0)
        {
            throw new ArgumentException("The field is not part of this draft.", nameof(field));
        }

        Execute(new DraftEdit(BuilderStrings.Format("UndoRemove", field.DisplayName), () => Detach(field), () => Insert(field, container, index), null));
    }

    /// <summary>
    /// True when <paramref name="field"/> may be placed in <paramref name="container"/> (null: the form): pages only at
    /// the top level, never into itself, repeat groups at most <see cref="MaxRepeatDepth"/> deep.
    /// </summary>
    public bool CanMove(FieldDraft field, FieldDraft? container)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!ListOf(field.Parent).Contains(field))
        {
            return false;
        }

        if (container is null)
        {
            return true;
        }

        if (!container.IsContainer || field.Contains(container))
        {
            return false;
        }

        var depth = field.DescendantsAndSelf().Where(f => f.IsRepeat).Select(f => RepeatDepthWithin(f, field)).DefaultIfEmpty(0).Max();
        return CanPlace(depth, field.Type, container);
    }

    /// <summary>
    /// Moves <paramref name="field"/> into <paramref name="container"/> (null: the form) before the field now at
    /// <paramref name="index"/> of that list (its count: at the end) — a drop target index as the list shows it.
    /// </summary>
    public void Move(FieldDraft field, FieldDraft? container, int index)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!CanMove(field, container))
        {
            throw new InvalidOperationException($"{field} cannot move into {container}.");
        }

        var from = field.Parent;
        var fromIndex = ListOf(from).IndexOf(field);
        var target = ListOf(container);
        var to = Math.Clamp(index, 0, target.Count);
        if (ReferenceEquals(from, container) && fromIndex < to)
        {
            to--;
        }

        if (ReferenceEquals(from, container) && fromIndex == to)
        {
            return;
        }

        Execute(new DraftEdit(
            BuilderStrings.Format("UndoMove", field.DisplayName),
            () => { Detach(field); Insert(field, container, to); },
            () => { Detach(field); Insert(field, from, fromIndex); },
            null));
    }

    /// <summary>Moves <paramref name="field"/> one place up within its list; false when it is first.</summary>
    public bool MoveUp(FieldDraft field) => Step(field, -1);

    /// <summary>Moves <paramref name="field"/> one place down within its list; false when it is last.</summary>
    public bool MoveDown(FieldDraft field) => Step(field, +1);

    /// <summary>
    /// The keys used in the answer scope of <paramref name="container"/>: the form with its pages, or one repeat
    /// group's items (including pages' and groups' own keys).
    /// </summary>
    public IReadOnlySet<string> KeysInScope(FieldDraft? container)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(ListOf(ScopeOf(container)), keys);
        return keys;

        static void Collect(IEnumerable<FieldDraft> fields, HashSet<string> keys)
        {
            foreach (var f in fields)
            {
                if (f.Key.Length > 0)
                {
                    keys.Add(f.Key);
                }

                if (f.IsPage)
                {
                    Collect(f.Fields, keys);
                }
            }
        }
    }

    /// <summary><paramref name="baseName"/> followed by the smallest number that makes it unique in the scope, e.g. 单行文本2.</summary>
    public string UniqueKey(string baseName, FieldDraft? container)
    {
        var keys = KeysInScope(container);
        for (var n = 1; ; n++)
        {
            var key = baseName + n.ToString(CultureInfo.InvariantCulture);
            if (!keys.Contains(key))
            {
                return key;
            }
        }
    }

    private bool Step(FieldDraft field, int delta)
    {
        ArgumentNullException.ThrowIfNull(field);
        var list = ListOf(field.Parent);
        var index = list.IndexOf(field);
        var to = index + delta;
        if (index < 0 || to < 0 || to >= list.Count)
        {
            return false;
        }

        Move(field, field.Parent, delta > 0 ? to + 1 : to);
        return true;
    }

    private static FieldDraft? ScopeOf(FieldDraft? container) =>
        container is null ? null : container.IsRepeat ? container : container.RepeatScope;

    private static bool CanPlace(int repeatDepth, string type, FieldDraft container)
    {
        if (type == "page")
        {
            return false;
        }

        var outer = 0;
        for (var c = container; c is not null; c = c.Parent)
        {
            outer += c.IsRepeat ? 1 : 0;
        }

        return outer + repeatDepth <= MaxRepeatDepth;
    }

    private static int RepeatDepthWithin(FieldDraft group, FieldDraft root)
    {
        var depth = 0;
        for (var f = group; f is not null; f = ReferenceEquals(f, root) ? null : f.Parent)
        {
            depth += f.IsRepeat ? 1 : 0;
        }

        return depth;
    }

    private void Insert(FieldDraft field, FieldDraft? container, int index)
    {
        ListOf(container).Insert(index, field);
        field.Parent = container;
    }

    private void Detach(FieldDraft field)
    {
        ListOf(field.Parent).Remove(field);
    }
}
