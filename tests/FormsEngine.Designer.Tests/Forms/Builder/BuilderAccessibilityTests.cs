using System.Text.RegularExpressions;
using FormsEngine.Designer.FormEditing;
using FormsEngine.Designer.FormEditing.Builder;

namespace FormsEngine.Designer.Tests.Forms.Builder;

/// <summary>Labels on every input of every field type's properties, and only buttons (or roles with keys) are clickable.</summary>
public partial class BuilderAccessibilityTests
{
    public static TheoryData<string> Types() => new(FieldTypeCatalog.All.Select(t => t.Type));

    [Theory]
    [MemberData(nameof(Types))]
    public async Task EveryPropertyInput_HasALabel(string type)
    {
        var draft = Drafts.Empty();
        var other = draft.AddField("number");
        var field = draft.AddField(type);
        if (field.Type is not ("page" or "static" or "repeat"))
        {
            draft.SetExpression(field, "calculate", other.Key + " + 1");
            draft.SetValidations(field, [NewContent.Check()]);
        }

        var html = await RenderPropertiesAsync(draft, field);

        var labelled = LabelFor().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var depth = 0;
        var inputs = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[2].Value;
            if (name == "label")
            {
                depth += tag.Groups[1].Value == "/" ? -1 : tag.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1;
            }
            else if (tag.Groups[1].Value != "/")
            {
                inputs++;
                var id = Id().Match(tag.Value);
                var ok = depth > 0 || tag.Value.Contains("aria-label=", StringComparison.Ordinal) || (id.Success && labelled.Contains(id.Groups[1].Value));
                Assert.True(ok, "unlabelled: " + tag.Value);
            }
        }

        Assert.True(inputs > 0);
    }

    [Fact]
    public void OnlyButtonsOrRolesAreClickable()
    {
        var folder = Path.Combine(RepoPaths.Root, "designer", "Forms", "Builder");
        var found = new List<string>();
        var clicks = 0;
        foreach (var file in Directory.GetFiles(folder, "*.razor"))
        {
            var text = File.ReadAllText(file);
            foreach (Match click in Click().Matches(text))
            {
                var start = text.LastIndexOf('<', click.Index);
                while (start > 0 && !char.IsLetter(text[start + 1]))
                {
                    start = text.LastIndexOf('<', start - 1);
                }

                clicks++;
                var tag = text[start..click.Index];
                var name = TagName().Match(tag).Groups[1].Value;
                if (name is not ("button" or "input" or "select" or "textarea") && !tag.Contains("role=", StringComparison.Ordinal))
                {
                    found.Add($"{Path.GetFileName(file)}: <{name}> {click.Value}");
                }
            }
        }

        Assert.True(clicks > 10, "found only " + clicks + " click handlers");
        Assert.True(found.Count == 0, "clickable without a button or role:\n" + string.Join('\n', found));
    }

    private static Task<string> RenderPropertiesAsync(FormDraft draft, FieldDraft field) => BuilderRenderer.RenderAsync<FieldProperties>(new()
    {
        [nameof(FieldProperties.Draft)] = draft,
        [nameof(FieldProperties.Field)] = field,
        [nameof(FieldProperties.Assist)] = new ExpressionAssist(draft),
        [nameof(FieldProperties.Validation)] = draft.Validate(),
    });

    [GeneratedRegex("<(/?)(label|input|select|textarea)\\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<label\\b[^>]*\\bfor=\"([^\"]+)\"")]
    private static partial Regex LabelFor();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("@on(?:click|mousedown|mouseup|dblclick)\\b(?!:)")]
    private static partial Regex Click();

    [GeneratedRegex("^<(\\w+)")]
    private static partial Regex TagName();
}
