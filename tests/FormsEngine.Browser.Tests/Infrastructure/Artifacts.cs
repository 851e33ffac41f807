using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// Files the browser tests leave for a human to look at, in <c>tests/FormsEngine.Browser.Tests/artifacts/</c>
/// (ignored by git). Each run overwrites the files of the same name.
/// </summary>
public static partial class Artifacts
{
    private static readonly Lazy<string> Folder = new(() =>
        Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "tests", "FormsEngine.Browser.Tests", "artifacts")).FullName);

    /// <summary>The absolute artifacts folder (created on first use).</summary>
    public static string FolderPath => Folder.Value;

    /// <summary>Saves a full-page PNG as <c>artifacts/{name}.png</c> and returns its absolute path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = PathFor(name, ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <inheritdoc cref="ScreenshotAsync(IPage, string)"/>
    public static Task<string> ScreenshotAsync(BrowserPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return ScreenshotAsync(page.Page, name);
    }

    /// <summary>An absolute path in the artifacts folder for a file name made safe (letters, digits, '-', '_', '.').</summary>
    public static string PathFor(string name, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Path.Combine(FolderPath, UnsafeCharacters().Replace(name, "_") + extension);
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
