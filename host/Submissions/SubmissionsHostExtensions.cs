using FormsEngine.Host.Audit;
using FormsEngine.Host.Forms;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Seeding;

namespace FormsEngine.Host.Submissions;

/// <summary>The submit path and what it needs: compiled forms, rules, the audit log, the demo seed.</summary>
internal static class SubmissionsHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineSubmissions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PublishedForms>();
        services.AddSingleton<RuleCatalog>();
        services.AddSingleton<EligibilityEvaluator>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionQueries>();
        services.AddScoped<AuditLog>();
        services.AddScoped<RetentionPurger>();
        services.AddScoped<DemoSeeder>();
        return builder;
    }
}
