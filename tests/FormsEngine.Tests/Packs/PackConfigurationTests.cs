using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Tests.Packs;

public sealed class PackConfigurationTests
{
    [Fact]
    public void Community_beats_street_beats_pack_and_each_value_says_where_it_came_from()
    {
        using var fixture = new PackFixture();
        fixture.Edit("pack.json", m => m["parts"] = JsonNode.Parse("""[{"id": "streetReview", "name": "街道复核", "default": true}]"""));
        var manifest = fixture.LoadPack().Manifest;

        var configuration = PackConfiguration.Resolve(manifest,
            street: new JsonObject { ["minAge"] = 75, ["approverRole"] = "社区管理员" },
            community: new JsonObject { ["minAge"] = 70, ["part_streetReview"] = false });

        Assert.Equal(70, configuration.Values["minAge"]!.GetValue<int>());
        Assert.Equal("社区管理员", configuration.Values["approverRole"]!.GetValue<string>());
        Assert.False(configuration.IsPartOn("streetReview"));
        Assert.Equal(
            [("minAge", PackValueSource.Community), ("approverRole", PackValueSource.Street), ("part_streetReview", PackValueSource.Community)],
            configuration.Settings.Select(s => (s.Name, s.Source)));
        Assert.Empty(configuration.Problems);
    }

    [Fact]
    public void An_override_the_version_no_longer_allows_falls_back_and_is_reported()
    {
        using var fixture = new PackFixture();
        var manifest = fixture.LoadPack().Manifest;

        var configuration = PackConfiguration.Resolve(manifest, new JsonObject { ["minAge"] = 75 }, new JsonObject { ["minAge"] = 50 });

        Assert.Equal(75, configuration.Values["minAge"]!.GetValue<int>());
        Assert.Equal(PackValueSource.Street, configuration.Settings[0].Source);
        Assert.Equal("$.minAge", Assert.Single(configuration.Problems).Path);
    }

    [Theory]
    [InlineData("{\"minAge\": 101}", "$.minAge", "允许范围 60–100")]
    [InlineData("{\"minAge\": \"80\"}", "$.minAge", "需要数字")]
    [InlineData("{\"approverRole\": \"网格员\"}", "$.approverRole", "可选值：社区工作人员、社区管理员")]
    [InlineData("{\"maxAge\": 3}", "$.maxAge", "没有参数")]
    public void Overrides_are_checked_before_they_are_saved(string overrides, string path, string message)
    {
        using var fixture = new PackFixture();
        var manifest = fixture.LoadPack().Manifest;

        var problem = Assert.Single(PackConfiguration.CheckOverrides(manifest, JsonNode.Parse(overrides)!.AsObject()));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0.0", "1.0.1")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("1.0.0-rc.1", "1.0.0")]
    [InlineData("0.9.9", "1.0.0")]
    public void Versions_sort_as_semver(string older, string newer)
    {
        Assert.True(PackVersion.TryParse(older)! < PackVersion.TryParse(newer)!);
        Assert.Equal(newer, PackVersion.TryParse(newer)!.ToString());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("")]
    public void Non_semver_versions_do_not_parse(string text) => Assert.Null(PackVersion.TryParse(text));
}
