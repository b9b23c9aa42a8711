namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// A fact that drives the installed Chromium. Skipped with a message on a machine without it; in CI (<c>CI=true</c>)
/// never skipped, so a missing browser fails loudly instead of hiding.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason(Chromium.IsInstalled, Ci.IsCi) is { } reason)
        {
            Skip = reason;
        }
    }
}
