using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Tests.Packs;

public sealed class PackLoaderTests
{
    [Fact]
    public void The_mini_pack_loads_with_its_parts_compiled()
    {
        using var fixture = new PackFixture();
        var pack = fixture.LoadPack();

        Assert.Equal("mini", pack.Manifest.Id);
        Assert.Equal(new PackVersion(1, 0, 0, null), pack.Manifest.Version);
        Assert.Equal(["mini-elderly"], pack.Forms.Keys);
        Assert.True(pack.RuleSets.ContainsKey("mini-elderly"));
        Assert.Same(pack.Workflows["mini-elderly-approval"], pack.WorkflowFor("mini-elderly"));
        Assert.Equal(4, pack.Cases.Count);
        Assert.StartsWith("sha256:", pack.ContentHash, StringComparison.Ordinal);
        Assert.Equal(80, pack.DefaultValues()["minAge"]!.GetValue<int>());
    }

    [Fact]
    public void Folder_and_built_zip_have_the_same_content_hash()
    {
        using var fixture = new PackFixture();
        var folder = fixture.LoadPack();
        using var zip = new MemoryStream(fixture.Zip());

        var fromZip = PackLoader.LoadZip(zip);

        Assert.True(fromZip.Succeeded, string.Join("\n", fromZip.Errors));
        Assert.Equal(folder.ContentHash, fromZip.Pack!.ContentHash);
    }

    [Theory]
    [InlineData("id", "\"Bad Id\"", "$.id", "pack.id")]
    [InlineData("version", "\"1.0\"", "$.version", "pack.version")]
    [InlineData("schemaVersion", "2", "$.schemaVersion", "pack.schemaVersion")]
    [InlineData("publisher", "\"新华街道\"", "$.publisher", "pack.publisher")]
    [InlineData("campaign", "{\"start\": \"2026-03-01\", \"end\": \"2026-02-01\"}", "$.campaign.end", "pack.campaign.order")]
    [InlineData("campaign", "{\"end\": \"next week\"}", "$.campaign.end", "pack.campaign.date")]
    [InlineData("retentionDays", "0", "$.retentionDays", "pack.retentionDays")]
    public void Manifest_problems_say_where(string property, string value, string path, string code)
    {
        using var fixture = new PackFixture();
        fixture.Edit("pack.json", m => m[property] = JsonNode.Parse(value));

        var problem = Assert.Single(fixture.Load().Errors);

        Assert.Equal(("pack.json", path, code), (problem.File, problem.Diagnostic.Path, problem.Diagnostic.Code));
        Assert.False(string.IsNullOrEmpty(problem.Diagnostic.MessageZh));
    }

    [Theory]
    [InlineData("{\"name\":\"minAge\",\"type\":\"integer\",\"default\":120,\"min\":60,\"max\":100,\"description\":\"起始年龄\"}", "$.parameters[0].default", "pack.param.value")]
    [InlineData("{\"name\":\"minAge\",\"type\":\"integer\",\"default\":80.5,\"description\":\"起始年龄\"}", "$.parameters[0].default", "pack.param.value")]
    [InlineData("{\"name\":\"minAge\",\"type\":\"decimal\",\"default\":80,\"description\":\"起始年龄\"}", "$.parameters[0].type", "pack.param.type")]
    [InlineData("{\"name\":\"min-age\",\"type\":\"integer\",\"default\":80,\"description\":\"起始年龄\"}", "$.parameters[0].name", "pack.param.name")]
    [InlineData("{\"name\":\"minAge\",\"type\":\"choice\",\"default\":\"a\",\"description\":\"x\"}", "$.parameters[0].values", "pack.param.values")]
    [InlineData("{\"name\":\"minAge\",\"type\":\"integer\",\"default\":80}", "$.parameters[0].description", "pack.text")]
    public void Parameter_declarations_are_checked(string declaration, string path, string code)
    {
        using var fixture = new PackFixture();
        fixture.Edit("pack.json", m => m["parameters"]![0] = JsonNode.Parse(declaration));

        Assert.Contains(fixture.Load().Errors, p => p.File == "pack.json" && p.Diagnostic.Path == path && p.Diagnostic.Code == code);
    }

    [Fact]
    public void A_role_parameter_names_only_staff_roles()
    {
        using var fixture = new PackFixture();
        fixture.Edit("pack.json", m => m["parameters"]![1]!["values"] = new JsonArray("社区工作人员", "居委会主任"));

        var problem = Assert.Single(fixture.Load().Errors);

        Assert.Equal(("$.parameters[1].values", "pack.param.role"), (problem.Diagnostic.Path, problem.Diagnostic.Code));
        Assert.Contains("居委会主任", problem.Diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_expressions_are_type_checked_against_the_declared_parameters()
    {
        using var fixture = new PackFixture();
        fixture.Edit("rules/mini-elderly.json", r => r["GlobalParams"]![0]!["Expression"] = "param.approverRole * 2");

        var errors = fixture.Load().Errors.ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("rules/mini-elderly.json", e.File));
    }

    [Fact]
    public void A_rule_reading_an_undeclared_parameter_is_refused()
    {
        using var fixture = new PackFixture();
        fixture.Edit("rules/mini-elderly.json", r => r["GlobalParams"]![0]!["Expression"] = "param.maxAge");

        var problem = fixture.Load().Errors.First();

        Assert.Equal(("rules/mini-elderly.json", "$.GlobalParams[0].Expression", 7), (problem.File, problem.Diagnostic.Path, problem.Diagnostic.Column));
        Assert.Contains("minAge", problem.Diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"approverRole\": \"text\", \"streetReview\": \"boolean\"}", "$.parameters.streetReview", "pack.workflow.param")]
    [InlineData("{\"approverRole\": \"number\"}", "$.parameters.approverRole", "pack.workflow.paramType")]
    public void Workflow_parameters_must_match_the_manifest(string declared, string path, string code)
    {
        using var fixture = new PackFixture();
        fixture.Edit("workflows/mini-elderly-approval.json", w => w["parameters"] = JsonNode.Parse(declared));

        Assert.Contains(fixture.Load().Errors, p => p.File == "workflows/mini-elderly-approval.json" && p.Diagnostic.Path == path && p.Diagnostic.Code == code);
    }

    [Fact]
    public void Broken_json_gives_line_and_column()
    {
        using var fixture = new PackFixture();
        fixture.Write("cases/broken.json", "{\n  \"schemaVersion\": 1,\n  \"cases\": [ }\n");

        var problem = Assert.Single(fixture.Load().Errors);

        Assert.Equal(("cases/broken.json", 3), (problem.File, problem.Diagnostic.Line));
        Assert.True(problem.Diagnostic.Column > 0);
    }

    [Fact]
    public void Cases_must_refer_to_forms_and_allowed_parameter_values()
    {
        using var fixture = new PackFixture();
        fixture.Write("cases/bad.json", """
            {"schemaVersion": 1, "cases": [
              {"name": "a", "form": "no-such-form", "answers": {}, "expect": {}},
              {"name": "b", "form": "mini-elderly", "params": {"minAge": 30}, "answers": {}, "expect": {}},
              {"name": "c", "form": "mini-elderly", "parts": {"nope": true}, "answers": {}, "expect": {"outcome": "maybe"}}
            ]}
            """);

        var paths = fixture.Load().Errors.Select(p => p.Diagnostic.Path).ToList();

        Assert.Contains("$.cases[0].form", paths);
        Assert.Contains("$.cases[1].params.minAge", paths);
        Assert.Contains("$.cases[2].parts.nope", paths);
    }

    [Fact]
    public void Templates_are_inlined_and_a_missing_one_is_named()
    {
        using var fixture = new PackFixture();
        fixture.Write("templates/approved.hbs", "{{input.姓名}}您好，补贴已批准。")
            .Edit("workflows/mini-elderly-approval.json", w =>
            {
                var notify = w["activities"]!.AsArray().First(a => a!["id"]!.GetValue<string>() == "notifyApproved")!.AsObject();
                notify.Remove("template");
                notify["templateFile"] = "approved.hbs";
            });
        var pack = fixture.LoadPack();
        Assert.Contains("补贴已批准", pack.Workflows["mini-elderly-approval"].ToJson(), StringComparison.Ordinal);

        File.Delete(Path.Combine(fixture.Folder, "templates", "approved.hbs"));
        var problem = Assert.Single(fixture.Load().Errors);
        Assert.Equal("pack.template.missing", problem.Diagnostic.Code);
    }
}
