namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A key ring that was rotated once: <c>k2025</c> (older) and <c>k2026</c> (active), with hashers for each, so a test can
/// write rows hashed with either key (or unkeyed) and check what the component rewrote them to.
/// </summary>
public sealed class TestKeys : IDisposable
{
    public TestKeys()
    {
        Older = TokenKeyRing.Generate("k2025");
        Ring = Older.Rotate("k2026");
        OlderHasher = TokenHasher.Create(Older);
        Hasher = TokenHasher.Create(Ring);
        Verifier = new TokenVerifier(Hasher);
    }

    /// <summary>The ring before the rotation: its active key is the current ring's older key.</summary>
    public TokenKeyRing Older { get; }

    /// <summary>The current ring (active k2026, older k2025): what the component is configured with.</summary>
    public TokenKeyRing Ring { get; }

    /// <summary>Hashes with the older key.</summary>
    public TokenHasher OlderHasher { get; }

    /// <summary>Hashes with the active key.</summary>
    public TokenHasher Hasher { get; }

    public TokenVerifier Verifier { get; }

    public static string NewToken() => TokenGenerator.Generate();

    public void Dispose()
    {
        Hasher.Dispose();
        OlderHasher.Dispose();
        Ring.Dispose();
        Older.Dispose();
    }
}
