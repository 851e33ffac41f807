namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>Browser test classes join this collection to share one host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
