namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Where the browser tests find Debian's chromium and chromium-driver, and what happens when they are missing.</summary>
public static class Chromium
{
    public const string BrowserPath = "/usr/bin/chromium";

    public const string DriverPath = "/usr/bin/chromedriver";

    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(DriverPath);

    /// <summary>Why the browser tests cannot run here; null when the browser and its driver are installed.</summary>
    public static string? MissingReason =>
        IsInstalled ? null : $"The browser tests need Debian's chromium and chromium-driver ({BrowserPath}, {DriverPath}); apt-get install chromium chromium-driver.";

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
