namespace FormsEngine.Host.Packs;

/// <summary>Registers rule packs: the catalog, import, publishing, settings, the start-up load and the upgrade-deadline sweep.</summary>
internal static class PacksHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineRulePacks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PackRuleEvaluators>();
        services.AddSingleton<PackCatalog>();
        services.AddSingleton<PackCaseVerifier>();
        services.AddScoped<PackImporter>();
        services.AddScoped<PackPublisher>();
        services.AddScoped<PackSettings>();
        services.AddScoped<PackUpgradePreview>();
        services.AddScoped<PackDemoSeeder>();
        services.AddScoped<PackOperations>();
        services.AddScoped<Allocation.PackAllocator>();
        services.AddScoped<Features.CrossHouseholdDuplicates>();
        services.AddScoped<Features.PassGate>();
        services.AddHostedService<PackStartupService>();
        services.AddHostedService<PackDeadlineService>();
        services.AddScoped<Ledger.PointsLedger>();
        services.AddScoped<Ledger.PointsPoster>();
        services.AddScoped<Ledger.PointsBalanceFiller>();
        services.AddHostedService<Ledger.PointsPostingService>();
        return builder;
    }
}
