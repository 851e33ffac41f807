using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Submissions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FormsEngine.Host.Tests.PersonalData;

/// <summary>
/// An upgrade: data sealed with the old file key ring (<c>{DataPath}/keys</c>) still opens once the host keeps its key
/// ring in the database, because the key files are imported on start (once).
/// </summary>
public sealed class LegacyKeyImportTests
{
    [Fact]
    public async Task Data_sealed_with_the_old_file_key_ring_opens_after_the_upgrade_and_the_keys_are_imported_once()
    {
        var data = Directory.CreateTempSubdirectory("formsengine-upgrade-").FullName;
        try
        {
            // What the previous version did: keys under {DataPath}/keys, application name FormsEngine.
            var keys = Path.Combine(data, LegacyKeyImport.FolderName);
            var before = new PersonalDataVault(DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("FormsEngine")));
            var sealedBefore = before.SealAnswers(StaffSubmissionApiTests.ElderlyAnswers(idNumber: "110105193601010017"));
            var keyFiles = Directory.GetFiles(keys, "key-*.xml").Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.Single(keyFiles);

            for (var start = 0; start < 2; start++)
            {
                using var factory = new HostFactory { DataPathOverride = data };
                using var staff = await factory.CreateStaffClientAsync("dongqu.staff");
                using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
                    new { community = "xinhua-dongqu", form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers() });
                var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

                using (var scope = factory.Services.CreateScope())
                {
                    scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
                    var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
                    var stored = await db.DataProtectionKeys.AsNoTracking().ToListAsync();
                    Assert.Single(stored, k => k.FriendlyName == keyFiles[0]);
                    Assert.Single(stored); // no new key was made before the import: the old key stays the default
                    Assert.Equal(0, await LegacyKeyImport.ImportAsync(db, keys, NullLogger.Instance, CancellationToken.None));

                    // Put the pre-upgrade seal into a submission, as if it had been stored before the upgrade.
                    var row = await db.Submissions.SingleAsync(s => s.Id == id);
                    row.SealedAnswers = sealedBefore;
                    await db.SaveChangesAsync();
                }

                var clear = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative)))!;
                Assert.True(clear["unmasked"]!.GetValue<bool>());
                Assert.Equal("110105193601010017", clear["answers"]!["身份证号"]!.GetValue<string>());
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
