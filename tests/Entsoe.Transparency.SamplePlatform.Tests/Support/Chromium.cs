namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Where the browser tests find Debian's chromium and chromium-driver, and what happens when they are missing.</summary>
public static class Chromium
{
    public const string BrowserPath = "/usr/bin/chromium";

    public const string DriverPath = "/usr/bin/chromedriver";

    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(DriverPath);

    /// <summary>A skip message on a developer machine without the browser; null means "run" (always in CI, where a missing browser must fail).</summary>
    public static string? SkipReason(bool installed, bool isCi) =>
        installed || isCi ? null : $"The browser tests need Debian's chromium and chromium-driver ({BrowserPath}, {DriverPath}); apt-get install chromium chromium-driver.";

    /// <summary>Throws the CI failure when the browser is missing.</summary>
    public static void Require()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"CI=true but {BrowserPath} or {DriverPath} is missing: the browser tests must run in CI (.ci/run installs chromium and chromium-driver).");
        }
    }
}
