using System.Text;
using System.Text.Json;

namespace Entsoe.Transparency.Tokens.Tests.Keys;

public sealed class TokenKeyRingTests
{
    private static readonly string Key32 = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray());
    private static readonly string Key48 = Convert.ToBase64String(new byte[48].Select((_, i) => (byte)(i * 3)).ToArray());

    [Fact]
    public void Parse_ValidRing_ActiveFirstThenOthersInOrdinalOrder()
    {
        var json = $$$"""{"active":"k2026","keys":{"k2026":"{{{Key32}}}","b-old":"{{{Key48}}}","a_older":"{{{Key32}}}"}}""";

        using var ring = TokenKeyRing.Parse(json);

        Assert.Equal("k2026", ring.ActiveKeyId);
        Assert.Equal(["k2026", "a_older", "b-old"], ring.KeyIds);
        Assert.True(ring.Contains("b-old"));
        Assert.False(ring.Contains("k2025"));
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var json = $$$"""
            {
              // rotated 2026-01-05
              "active": "k2026",
              "keys": { "k2026": "{{{Key32}}}", },
            }
            """;

        using var ring = TokenKeyRing.Parse(json);

        Assert.Equal("k2026", ring.ActiveKeyId);
    }

    public static TheoryData<string, string> BadRings => new()
    {
        { "not json", "not valid JSON" },
        { "[]", "must be a JSON object" },
        { $$$"""{"keys":{"k2026":"{{{Key32}}}"}}""", "no \"active\"" },
        { """{"active":"k2026"}""", "no \"keys\"" },
        { """{"active":"k2026","keys":{}}""", "has no keys" },
        { $$$"""{"active":"k2026","keys":{"k2026":42}}""", "must be a base64 string" },
        { """{"active":"k2026","keys":{"k2026":"not base64!"}}""", "not valid base64" },
        { $$$"""{"active":"k2026","keys":{"k2026":"{{{Convert.ToBase64String(new byte[31])}}}"}}""", "has 31 bytes; at least 32" },
        { $$$"""{"active":"k2026","keys":{"bad id!":"{{{Key32}}}"}}""", "key #1 is not valid" },
        { $$$"""{"active":"k2027","keys":{"k2026":"{{{Key32}}}"}}""", "active key 'k2027' is not among the keys (k2026)" },
        { $$$"""{"active":"bad id!","keys":{"k2026":"{{{Key32}}}"}}""", "active key id is not valid" },
        { $$$"""{"active":"k2026","keys":{"k2026":"{{{Key32}}}","k2026":"{{{Key48}}}"}}""", "appears twice" },
    };

    [Theory]
    [MemberData(nameof(BadRings))]
    public void Parse_BadRing_ThrowsKeyRingExceptionSayingWhatIsWrong(string json, string expected)
    {
        var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Parse(json, "the test ring"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("the test ring", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortKey_MessageSaysHowToFixIt()
    {
        var e = Assert.Throws<KeyRingException>(() =>
            TokenKeyRing.Parse($$$"""{"active":"k2026","keys":{"k2026":"{{{Convert.ToBase64String(new byte[16])}}}"}}"""));

        Assert.Contains("keys new", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_File_ReadsTheRing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"keyring-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$$"""{"active":"k2026","keys":{"k2026":"{{{Key32}}}"}}""");
        try
        {
            using var ring = TokenKeyRing.Load(path);

            Assert.Equal("k2026", ring.ActiveKeyId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_NamesThePathAndTheFix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("FileNotFoundException", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadJsonInFile_NamesTheFileAndPosition()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"active\": k2026\n}");
        try
        {
            var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Load(path));

            Assert.Contains($"the key file '{path}' is not valid JSON (line 2", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromEnvironment_VariableSet_ReadsTheRing()
    {
        var variable = $"ENTSOE_TEST_KEYS_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, $$$"""{"active":"k2026","keys":{"k2026":"{{{Key32}}}"}}""");
        try
        {
            using var ring = TokenKeyRing.FromEnvironment(variable);

            Assert.NotNull(ring);
            Assert.Equal("k2026", ring.ActiveKeyId);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void FromEnvironment_VariableUnset_ReturnsNull()
    {
        Assert.Null(TokenKeyRing.FromEnvironment($"ENTSOE_TEST_KEYS_{Guid.NewGuid():N}"));
        Assert.Equal("ENTSOE_TOKEN_KEYS", TokenKeyRing.EnvironmentVariable);
    }

    [Fact]
    public void FromEnvironment_BadValue_NamesTheVariable()
    {
        var variable = $"ENTSOE_TEST_KEYS_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "{");
        try
        {
            var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.FromEnvironment(variable));

            Assert.Contains($"the environment variable {variable}", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Generate_Always_MakesARandomKeyOfAtLeast32Bytes()
    {
        using var a = TokenKeyRing.Generate("k2026");
        using var b = TokenKeyRing.Generate("k2026", 64);
        using var hasherA = TokenHasher.Create(a);
        using var hasherB = TokenHasher.Create(b);

        Assert.Equal(32, KeyBytes(a, "k2026").Length);
        Assert.Equal(64, KeyBytes(b, "k2026").Length);
        Assert.NotEqual(hasherA.Hash("token"), hasherB.Hash("token"));
    }

    [Theory]
    [InlineData("", 32, "key id is not valid")]
    [InlineData("k2026", 31, "at least 32 bytes")]
    public void Generate_BadArguments_ThrowKeyRingException(string keyId, int bytes, string expected)
    {
        var e = Assert.Throws<KeyRingException>(() => TokenKeyRing.Generate(keyId, bytes));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotate_NewKeyId_BecomesActiveAndOldHashesNeedRehash()
    {
        using var old = TokenKeyRing.Generate("k2025");
        using var oldHasher = TokenHasher.Create(old);
        var stored = oldHasher.Hash("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c");

        using var rotated = old.Rotate("k2026");
        using var hasher = TokenHasher.Create(rotated);

        Assert.Equal(["k2026", "k2025"], rotated.KeyIds);
        Assert.Equal(VerificationResult.ValidRehashNeeded, new TokenVerifier(hasher).Verify("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", stored));
        Assert.Equal(["k2025"], old.KeyIds);
    }

    [Fact]
    public void Rotate_ExistingKeyId_Throws()
    {
        using var ring = TokenKeyRing.Generate("k2026");

        var e = Assert.Throws<KeyRingException>(() => ring.Rotate("k2026"));

        Assert.Contains("already has a key 'k2026'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSecretJson_ThenParse_RoundTripsTheKeys()
    {
        using var old = TokenKeyRing.Generate("k2025");
        using var ring = old.Rotate("k2026");
        using var stream = new MemoryStream();

        ring.WriteSecretJson(stream);
        using var copy = TokenKeyRing.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        using var original = TokenHasher.Create(ring);
        using var copied = TokenHasher.Create(copy);

        Assert.Equal(ring.KeyIds, copy.KeyIds);
        Assert.Equal(original.Hash("token"), copied.Hash("token"));
        Assert.Equal(new TokenVerifier(original).GetLookupValues("token"), new TokenVerifier(copied).GetLookupValues("token"));
    }

    [Fact]
    public void Create_CopiesTheKeyBytes_LaterChangesDoNotAffectTheRing()
    {
        var key = Convert.FromBase64String(Key32);
        using var ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = key });
        using var before = TokenHasher.Create(ring);
        var stored = before.Hash("token");

        Array.Clear(key);
        using var after = TokenHasher.Create(ring);

        Assert.Equal(stored, after.Hash("token"));
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var ring = TokenKeyRing.Generate("k2026");

        ring.Dispose();

        Assert.Throws<ObjectDisposedException>(() => TokenHasher.Create(ring));
        Assert.Throws<ObjectDisposedException>(() => ring.WriteSecretJson(Stream.Null));
    }

    private static byte[] KeyBytes(TokenKeyRing ring, string id)
    {
        using var stream = new MemoryStream();
        ring.WriteSecretJson(stream);
        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.GetProperty("keys").GetProperty(id).GetBytesFromBase64();
    }
}
