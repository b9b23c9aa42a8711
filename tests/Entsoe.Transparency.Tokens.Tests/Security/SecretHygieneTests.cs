using System.Diagnostics;
using System.Reflection;
using System.Text;
using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Security;

/// <summary>
/// A canary key and canary tokens are driven through every error path and every ToString() the library has; none of
/// their encodings may appear in what the library produces.
/// </summary>
public sealed class SecretHygieneTests
{
    private static string CanaryRing(string active = "k2026") =>
        $$$"""{"active":"{{{active}}}","keys":{"k2026":"{{{Canary.KeyBase64}}}"}}""";

    public static TheoryData<string> BadRingsHoldingTheCanary => new()
    {
        // Broken JSON right next to the key: a parser message quoting the text would leak it.
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Canary.KeyBase64}}}" "k2": 1}}""",
        $$$"""{"active":"k2026","keys":{"k2026":{{{Canary.KeyBase64}}}}}""",
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Canary.KeyBase64}}}""",
        // The key where an id belongs, and an id where the key belongs.
        $$$"""{"active":"{{{Canary.KeyBase64}}}","keys":{"k2026":"{{{Canary.KeyBase64}}}"}}""",
        $$$"""{"active":"k2026","keys":{"{{{Canary.KeyBase64}}}":"{{{Canary.KeyBase64}}}"}}""",
        $$$"""{"active":"k2026","keys":{"{{{Canary.Token}}}":"{{{Canary.KeyBase64}}}"}}""",
        // Not base64 and too short, each built from canary text.
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Canary.KeyBase64}}}!!"}}""",
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Canary.KeyBase64[..24]}}}"}}""",
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Encoding.ASCII.GetString(Canary.Key)}}}"}}""",
        $$$"""{"active":"k2026","keys":{"k2026":["{{{Canary.KeyBase64}}}"]}}""",
        // Valid keys, wrong ring.
        $$$"""{"active":"k2027","keys":{"k2026":"{{{Canary.KeyBase64}}}"}}""",
        $$$"""{"active":"k2026","keys":{"k2026":"{{{Canary.KeyBase64}}}","k2026":"{{{Canary.KeyBase64}}}"}}""",
        $$$"""{"keys":{"k2026":"{{{Canary.KeyBase64}}}"}}""",
        $$$"""["{{{Canary.KeyBase64}}}"]""",
        Canary.KeyBase64,
    };

    [Theory]
    [MemberData(nameof(BadRingsHoldingTheCanary))]
    public void Parse_BadRingHoldingTheCanaryKey_MessageNeverShowsIt(string json)
    {
        var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Parse(json));

        Canary.AssertAbsent(e);
    }

    [Theory]
    [MemberData(nameof(BadRingsHoldingTheCanary))]
    public void FromEnvironment_BadRingHoldingTheCanaryKey_MessageNeverShowsIt(string json)
    {
        var variable = $"ENTSOE_TEST_KEYS_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, json);
        try
        {
            var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.FromEnvironment(variable));

            Canary.AssertAbsent(e);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Theory]
    [MemberData(nameof(BadRingsHoldingTheCanary))]
    public void Load_BadRingFileHoldingTheCanaryKey_MessageNeverShowsIt(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"canary-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Load(path));

            Canary.AssertAbsent(e);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_DirectoryInsteadOfFile_MessageNeverShowsTheCanary()
    {
        var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Load(Path.GetTempPath()));

        Canary.AssertAbsent(e);
    }

    [Fact]
    public void Create_ShortCanaryKeyOrBadIds_MessagesNeverShowIt()
    {
        var shortKey = Canary.Key[..31];
        var errors = new List<Exception>
        {
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = shortKey })),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Create("k2027", new Dictionary<string, byte[]> { ["k2026"] = Canary.Key })),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Create(Canary.KeyBase64, new Dictionary<string, byte[]> { ["k2026"] = Canary.Key })),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { [Canary.KeyBase64] = Canary.Key })),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Create("k2026", new Dictionary<string, byte[]>())),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Generate(Canary.Token)),
            Assert.Throws<KeyRingException>(() => TokenKeyRing.Generate("k2026", 8)),
        };

        Assert.All(errors, e => Canary.AssertAbsent(e));
    }

    [Fact]
    public void Rotate_CanaryRingErrors_MessagesNeverShowTheKey()
    {
        using var ring = TokenKeyRing.Parse(CanaryRing());

        var errors = new Exception[]
        {
            Assert.Throws<KeyRingException>(() => ring.Rotate("k2026")),
            Assert.Throws<KeyRingException>(() => ring.Rotate(Canary.Token)),
            Assert.Throws<KeyRingException>(() => ring.Rotate("k2027", 16)),
        };

        Assert.All(errors, e => Canary.AssertAbsent(e));
    }

    [Fact]
    public void ToString_EveryLibraryObjectHoldingTheCanaries_NeverShowsThem()
    {
        using var ring = TokenKeyRing.Parse(CanaryRing());
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);
        var issued = TokenGenerator.Issue(hasher);
        var stored = hasher.Hash(Canary.Token);

        var texts = new List<string?>
        {
            ring.ToString(),
            hasher.ToString(),
            verifier.ToString(),
            issued.ToString(),
            StoredValueClassifier.Classify(Canary.Token).ToString(),
            StoredValueClassifier.Classify(Canary.UuidToken.ToUpperInvariant()).ToString(),
            StoredValueClassifier.Classify(stored).ToString(),
            StoredValueClassifier.Classify("$hmac-sha256$k=" + Canary.Token).ToString(),
            StoredValueClassifier.Classify("$" + Canary.Token).ToString(),
            StoredValueClassifier.Classify("$sha256$" + Canary.KeyBase64).ToString(),
            StoredValueClassifier.Classify("$hmac-sha256$k=k2026$" + Canary.KeyBase64).ToString(),
            DebuggerDisplayOf(ring),
            DebuggerDisplayOf(hasher),
            DebuggerDisplayOf(issued),
        };

        Assert.All(texts, t => Canary.AssertAbsent(t, issued.RevealToken(), stored[^43..]));
    }

    [Fact]
    public void Verify_CanaryTokenAgainstBrokenValues_ReturnsInvalidWithoutThrowing()
    {
        using var ring = TokenKeyRing.Parse(CanaryRing());
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);
        string?[] stored =
        [
            null, "", "$", "$$$$", "$hmac-sha256$", "$hmac-sha256$k=", "$hmac-sha256$k=k2026$", "$sha256$",
            "$hmac-sha256$k=k2026$" + new string('\0', 43), "$hmac-sha256$k=k2026$" + new string('\ud800', 43),
            "$sha256$" + new string('=', 43), new string('$', 10000),
        ];

        Assert.All(stored, s => Assert.Equal(VerificationResult.Invalid, verifier.Verify(Canary.Token, s)));
    }

    [Fact]
    public void ArgumentErrors_WithCanaryInput_MessagesNeverShowIt()
    {
        using var ring = TokenKeyRing.Parse(CanaryRing());
        using var hasher = TokenHasher.Create(ring);

        var errors = new Exception[]
        {
            Assert.Throws<ArgumentNullException>(() => hasher.Hash(null!)),
            Assert.Throws<ArgumentOutOfRangeException>(() => TokenGenerator.Generate((TokenFormat)7)),
            Assert.Throws<ArgumentNullException>(() => TokenHasher.Create(null!)),
        };

        Assert.All(errors, e => Canary.AssertAbsent(e));
    }

    [Fact]
    public void WriteSecretJson_IsTheOnlyPathThatShowsTheKey()
    {
        // Guards the canary itself: if the key never reached the ring, the other tests would pass vacuously.
        using var ring = TokenKeyRing.Parse(CanaryRing());
        using var stream = new MemoryStream();

        ring.WriteSecretJson(stream);

        Assert.Contains(Canary.KeyBase64, Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private static string DebuggerDisplayOf(object value)
    {
        var attribute = value.GetType().GetCustomAttribute<DebuggerDisplayAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal("{ToString(),nq}", attribute.Value);
        return value.ToString()!;
    }
}
