using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>A key ring with an older key ("k2025") and the active one ("k2026"), written to a file, and hashers for both.</summary>
public sealed class TestKeys : IDisposable
{
    private readonly TokenKeyRing oldRing;

    public TestKeys(TempDirectory temp)
    {
        Path = temp.File("keys.json");
        oldRing = TokenKeyRing.Generate("k2025");
        Ring = oldRing.Rotate("k2026");
        using (var stream = File.Create(Path))
        {
            Ring.WriteSecretJson(stream);
        }

        Hasher = TokenHasher.Create(Ring);
        OldHasher = TokenHasher.Create(oldRing);
        Verifier = new TokenVerifier(Hasher);
    }

    public string Path { get; }

    public TokenKeyRing Ring { get; }

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
