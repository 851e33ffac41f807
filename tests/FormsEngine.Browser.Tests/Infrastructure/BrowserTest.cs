namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// Base of a browser test class. Put <c>[Collection(BrowserCollectionDefinition.Name)]</c> on the derived class (xunit 2 does
/// not read it from a base class) and take the fixture in the constructor.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser)
{
    /// <summary>The shared host and Chromium; open pages with <c>await using var page = await Browser.NewPhonePageAsync();</c>.</summary>
    protected BrowserFixture Browser { get; } = browser;

    /// <summary>The host's address.</summary>
    protected Uri BaseUrl => Browser.BaseUrl;
}
