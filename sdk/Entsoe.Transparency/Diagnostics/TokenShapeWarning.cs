namespace Entsoe.Transparency;

/// <summary>
/// Warns once per credential version that the token is neither a UUID nor a valid prefixed token: it is sent anyway
/// (the platform is the judge), and one log line is enough to notice a pasted typo.
/// </summary>
internal sealed class TokenShapeWarning(SecurityTokenCredential credential, TransparencyLog log)
{
    private int checkedVersion;

    /// <summary>Checks the current token once per version, whichever call sees the version first.</summary>
    public void CheckOnce()
    {
        var snapshot = credential.Current;
        var seen = Volatile.Read(ref checkedVersion);
        if (seen != snapshot.Version && Interlocked.CompareExchange(ref checkedVersion, snapshot.Version, seen) == seen && !snapshot.HasKnownShape)
        {
            log.TokenShapeUnexpected();
        }
    }
}
