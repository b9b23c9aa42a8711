namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// A fact that needs something of the machine (a browser, a database). Without it the test is skipped with
/// <c>MissingReason</c> on a developer machine; in CI (<c>CI=true</c>) it is never skipped, so a missing dependency
/// fails loudly instead of hiding.
/// </summary>
public abstract class CiRequiredFactAttribute : FactAttribute
{
    /// <param name="missingReason">Why the test cannot run here, or null when it can.</param>
    protected CiRequiredFactAttribute(string? missingReason)
    {
        if (missingReason is not null && !Ci.IsCi)
        {
            Skip = missingReason;
        }
    }
}
