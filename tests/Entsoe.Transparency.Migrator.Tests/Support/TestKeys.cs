using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>A key ring with an older key ("k2025") and the active one ("k2026"), written to a file, and hashers for both.</summary>
public sealed class TestKeys : IDisposable
{
    private readonly TokenKeyRing oldRing;

    public TestKeys(string directory)
    {
        oldRing = TokenKeyRing.Generate("k2025");
        Ring = oldRing.Rotate("k2026");
        Path = System.IO.Path.Combine(directory, "keys.json");
        using (var stream = File.Create(Path))
        {
            Ring.WriteSecretJson(stream);
        }

        Hasher = TokenHasher.Create(Ring);
        Verifier = new TokenVerifier(Hasher);
        OldHasher = TokenHasher.Create(oldRing);
        using var stream2 = new MemoryStream();
        Ring.WriteSecretJson(stream2);
        Json = System.Text.Encoding.UTF8.GetString(stream2.ToArray());
    }

    public TokenKeyRing Ring { get; }

    public string Path { get; }

    /// <summary>The key ring as JSON (for ENTSOE_TOKEN_KEYS and for canary searches).</summary>
    public string Json { get; }

    public TokenHasher Hasher { get; }

    public TokenHasher OldHasher { get; }

    public TokenVerifier Verifier { get; }

    public void Dispose()
    {
        Hasher.Dispose();
        OldHasher.Dispose();
        Ring.Dispose();
        oldRing.Dispose();
    }
}
