using FormsEngine.Packs;
using FormsEngine.Packs.Cases;
using FormsEngine.Storage;
using FormsEngine.Tests.Forms;

namespace FormsEngine.Tests.Packs;

/// <summary>Every pack in <c>rulepacks/packs</c> validates without problems, has at least ten golden cases, and passes them all.</summary>
public sealed class RulePackGoldenTests
{
    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "rulepacks", "packs")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Fact]
    public void The_six_demo_packs_are_there()
    {
        Assert.Equal(["elderly-allowance-eligibility", "household-registry", "returnee-monitoring", "supply-priority", "visitor-permit", "volunteer-points"],
            Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "rulepacks", "packs")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public async Task Pack_validates_and_passes_its_golden_cases(string id)
    {
        var result = PackLoader.Load(Path.Combine(RepoPaths.Root, "rulepacks", "packs", id));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Problems);
        var pack = result.Pack!;
        Assert.Equal(id, pack.Manifest.Id);
        Assert.True(pack.Cases.Count >= 10, $"{id} has {pack.Cases.Count} golden cases");

        var folder = Directory.CreateTempSubdirectory("fe-golden-");
        try
        {
            var results = await new PackCaseRunner(new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(folder.FullName, "cases.db")))).RunAsync(pack, CancellationToken.None);
            var failed = results.Where(r => !r.Passed).Select(r => $"{r.Case.Title}: {string.Join("; ", r.Failures)}").ToList();
            Assert.True(failed.Count == 0, string.Join("\n", failed));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
