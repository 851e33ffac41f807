using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms;

public class SampleFormTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleForms, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_three_samples() => Assert.True(Samples().Count >= 3);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_loads_without_diagnostics(string file)
    {
        var result = FormDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, file)));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Form);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Form.Id);
        Assert.False(string.IsNullOrWhiteSpace(result.Form.Title.Zh));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_round_trips_to_equal_json(string file)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.SampleForms, file));
        var saved = FormDefinition.Load(original).Form!.ToJson();

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(original), System.Text.Json.Nodes.JsonNode.Parse(saved)), saved);
    }

    [Fact]
    public void Returnee_registration_has_scoped_keys_in_household_members()
    {
        var form = FormDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, "returnee-registration.json"))).Form!;

        var members = form.FindField("家庭成员");
        Assert.NotNull(members);
        Assert.Equal("repeat", members.Type);
        Assert.Contains(members.Fields, f => f.Key == "身份证号");
        Assert.Equal(PersonalDataClass.Sensitive, form.FindField("身份证号")!.PersonalData);
    }

    [Fact]
    public void Schema_lists_exactly_the_known_field_types()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.Schema))!;
        var types = schema["$defs"]!["field"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(FormsEngine.Forms.Loading.FieldReader.KnownTypes.Order(StringComparer.Ordinal), types);
    }
}
