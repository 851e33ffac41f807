using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using FormsEngine.Host.Tests.Packs.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormsEngine.Host.Tests.PersonalData;

/// <summary>
/// Everything the host logs while staff submit, open, export and look up residents' data — our own code at Debug, the
/// framework at the shipped levels — holds no clear ID number or phone number; nor does the audit log, even when an
/// export was searched by ID number and phone.
/// </summary>
public sealed class LogPrivacyTests : IDisposable
{
    private readonly HostFactory _host = new() { Settings = { ["Logging:LogLevel:Default"] = "Debug" } };
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task No_clear_id_number_or_phone_reaches_the_logs()
    {
        using var factory = _host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs)));
        using var staff = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using (var session = await staff.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName = "dongqu.staff", password = HostFactory.DemoPassword }))
        {
            session.EnsureSuccessStatusCode();
        }

        const string Elder = "110105194003070014";
        const string Phone = "13911112222";
        var answers = Submissions.StaffSubmissionApiTests.ElderlyAnswers(Elder, Phone);
        using (var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative), new { community = "xinhua-dongqu", form = "elderly-allowance", answers, building = "dongqu-b1" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
            (await staff.GetAsync(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative))).Dispose();
        }

        var member = FeatureTestData.IdNumber("19750505");
        var household = FeatureTestData.Household(FeatureTestData.Member("李明", member, "户主", "13722223333"));
        await FeatureTestData.SubmitAsync(staff, "xinhua-dongqu", "household-registry-registration", household, "dongqu-b1");
        await FeatureTestData.SubmitAsync(staff, "xinhua-dongqu", "household-registry-registration", household, "dongqu-b2");
        (await staff.GetAsync(new Uri("/api/v1/submissions/export.csv?unmasked=true", UriKind.Relative))).Dispose();
        using (var searched = await staff.GetAsync(new Uri($"/api/v1/submissions/export.csv?form=elderly-allowance&idNumber={Elder}&mobile={Phone}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        }

        (await staff.PostAsJsonAsync(new Uri("/api/v1/points/lookup", UriKind.Relative), new { phone = Phone })).Dispose();
        (await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative), new { community = "xinhua-dongqu", form = "elderly-allowance", answers = Submissions.StaffSubmissionApiTests.ElderlyAnswers("110105194003070015", Phone) })).Dispose();
        await factory.Services.GetRequiredService<FormsEngine.Host.Workflows.WorkflowContinuations>().WhenIdleAsync(TimeSpan.FromSeconds(30));

        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(" FormsEngine.", StringComparison.Ordinal));
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<FormsEngine.Host.Tenancy.TenantScope>().SetSystem();
        var audit = scope.ServiceProvider.GetRequiredService<FormsEngine.Host.Data.FormsEngineDbContext>().AuditLog
            .Select(a => a.Action + " " + a.Subject + " " + a.Detail).ToList();
        Assert.Contains(audit, a => a.StartsWith("export.masked elderly-allowance csv; form=elderly-allowance&idNumber=110", StringComparison.Ordinal));
        foreach (var secret in new[] { Elder, Phone, member, "13722223333", "13800138000", "110105194003070015" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(audit, a => a.Contains(secret, StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        _logs.Dispose();
        _host.Dispose();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Capture(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
