using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Tests.Packs;

public sealed class PackDiffTests
{
    [Fact]
    public void An_upgrade_lists_fields_rules_and_parameters_that_changed()
    {
        using var before = new PackFixture();
        using var after = new PackFixture();
        after.Edit("pack.json", m =>
            {
                m["version"] = "1.1.0";
                m["parameters"]![0]!["default"] = 75;
                m["parameters"]!.AsArray().Add(JsonNode.Parse("""{"name": "minYears", "type": "integer", "default": 5, "min": 0, "max": 30, "description": "最少居住年限"}"""));
            })
            .Edit("forms/mini-elderly.json", f => f["fields"]!.AsArray().Add(JsonNode.Parse("""{"type": "text", "key": "备注", "label": {"zh-CN": "备注"}}""")))
            .Edit("rules/mini-elderly.json", r => r["Rules"]![0]!["Rules"]![2]!["ErrorMessage"] = "已领取同类补贴的不能重复申领");

        var changes = PackDiff.Compare(before.LoadPack(), after.LoadPack());

        Assert.Contains(changes, c => c is { Kind: PackChangeKind.Form, Where: "mini-elderly.备注" } && c.TextZh.Contains("新增字段", StringComparison.Ordinal));
        Assert.Contains(changes, c => c is { Kind: PackChangeKind.Rule, Where: "mini-elderly: 高龄补贴资格" });
        Assert.Contains(changes, c => c is { Kind: PackChangeKind.Parameter, Where: "minAge" } && c.TextZh.Contains("80 → 75", StringComparison.Ordinal));
        Assert.Contains(changes, c => c is { Kind: PackChangeKind.Parameter, Where: "minYears" } && c.TextZh.StartsWith("新增参数", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Kind == PackChangeKind.Workflow);
    }

    [Fact]
    public void The_same_pack_has_no_changes()
    {
        using var fixture = new PackFixture();

        Assert.Empty(PackDiff.Compare(fixture.LoadPack(), fixture.LoadPack()));
    }
}
