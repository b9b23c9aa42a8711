namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Whether the tests run in CI (<c>CI=true</c>), where a missing browser or database fails instead of skipping.</summary>
public static class Ci
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
