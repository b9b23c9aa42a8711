using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Hashing;

/// <summary>
/// The batch must produce exactly what <see cref="TokenHasher.Hash"/> and the platform's HMAC-SHA256 / SHA-256
/// produce, on every code path: a wrong hash locks a user out. Every test that hashes runs once per path, each path
/// forced explicitly: the platform's per-token hash and the managed scalar path everywhere, the 256-bit and 512-bit
/// paths where the CPU accelerates them (the development machine, an AVX-512 AMD EPYC, runs all four).
/// </summary>
public sealed class TokenHashBatchTests
{
    private const string KeyId = "kt";

    // By name: the path enum is internal and a public test method cannot take it.
    public static TheoryData<string> Paths => new(SupportedPaths().Select(p => p.ToString()));

    public static TheoryData<string, int> PathsAndSizes
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var path in SupportedPaths().Select(p => p.ToString()))
            {
                foreach (var size in new[] { 0, 1, 2, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 1000 })
                {
                    data.Add(path, size);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Paths_OnThisMachine_IncludePlatformAndScalar()
    {
        Assert.Contains(TokenHashPath.Platform, SupportedPaths());
        Assert.Contains(TokenHashPath.Scalar, SupportedPaths());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_RandomKeysAndBytesOfEveryLength0To64_MatchesPlatformHmac(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        var random = new Random(4231 + (int)path);
        for (var round = 0; round < 48; round++)
        {
            // Key lengths 0-200: empty, shorter than a block, exactly a block, and longer (hashed first, RFC 2104).
            var key = RandomBytes(random, round switch { 0 => 0, 1 => 64, 2 => 65, _ => random.Next(1, 201) });
            using var hasher = TokenHasher.CreateWithKey(KeyId, key);
            using var batch = new TokenHashBatch(hasher, 200, path);
            var messages = new List<byte[]>();
            for (var length = 0; length <= 64; length++)
            {
                messages.Add(RandomBytes(random, length));
                messages.Add(RandomBytes(random, length));
            }

            // Shuffled, so every lane and group position sees one-block and fallback lengths mixed.
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(messages));
            foreach (var message in messages)
            {
                batch.AddCanonical(message);
            }

            batch.Compute();

            for (var i = 0; i < messages.Count; i++)
            {
                Assert.Equal(HmacStored(key, messages[i]), batch.StoredValue(i).ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_RandomAsciiTokensOfEveryLength0To64_MatchesHashAndPlatformHmac(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        var random = new Random(17 + (int)path);
        for (var round = 0; round < 16; round++)
        {
            var key = RandomBytes(random, random.Next(TokenKeyRing.MinKeyBytes, 130));
            using var ring = TokenKeyRing.Create(KeyId, new Dictionary<string, byte[]> { [KeyId] = key });
            using var hasher = TokenHasher.Create(ring);
            using var batch = new TokenHashBatch(hasher, 65, path);
            var tokens = Enumerable.Range(0, 65).Select(length => RandomAscii(random, length)).ToArray();
            random.Shuffle(tokens);
            foreach (var token in tokens)
            {
                batch.Add(token);
            }

            batch.Compute();

            for (var i = 0; i < tokens.Length; i++)
            {
                Assert.Equal(hasher.Hash(tokens[i]), batch.StoredValue(i).ToString());
                Assert.Equal(HmacStored(key, Encoding.UTF8.GetBytes(tokens[i])), batch.StoredValue(i).ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(PathsAndSizes))]
    public void Compute_BatchSizeAcrossLaneAndGroupBoundaries_MatchesHash(string pathName, int size)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, Math.Max(size, 1), path);
        var tokens = new RandomTokens(size);
        var added = Enumerable.Range(0, size).Select(_ => tokens.Uuid()).ToArray();
        foreach (var token in added)
        {
            batch.Add(token);
        }

        batch.Compute();

        Assert.Equal(size, batch.Count);
        for (var i = 0; i < size; i++)
        {
            Assert.Equal(hasher.Hash(added[i]), batch.StoredValue(i).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_UpperCaseAndWhitespacePaddedUuids_MatchCanonicalLowerCase(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 100, path);
        var tokens = new RandomTokens(99);
        var canonical = Enumerable.Range(0, 50).Select(_ => tokens.Uuid()).ToArray();
        foreach (var uuid in canonical)
        {
            batch.Add(tokens.Variant(uuid));
            batch.Add(uuid.ToUpperInvariant());
        }

        batch.Compute();

        for (var i = 0; i < canonical.Length; i++)
        {
            var expected = hasher.Hash(canonical[i]);
            Assert.Equal(expected, batch.StoredValue(2 * i).ToString());
            Assert.Equal(expected, batch.StoredValue((2 * i) + 1).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_UuidOfEveryHexDigitInEitherCaseAtEveryPositionAsCharsAndUtf8_MatchesHash(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 2 * 22 * 37, path);
        const string Template = "00000000-0000-0000-0000-000000000000";
        var added = new List<string>();
        foreach (var c in "0123456789abcdefABCDEF")
        {
            added.Add(Template.Replace('0', c));
            for (var position = 0; position < Template.Length; position++)
            {
                if (Template[position] != '-')
                {
                    added.Add(string.Concat(Template.AsSpan(0, position), c.ToString(), Template.AsSpan(position + 1)));
                }
            }
        }

        foreach (var token in added)
        {
            batch.Add(token);
            batch.Add((ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(token));
        }

        batch.Compute();

        for (var i = 0; i < added.Count; i++)
        {
            var expected = hasher.Hash(added[i]);
            Assert.Equal(expected, batch.StoredValue(2 * i).ToString());
            Assert.Equal(expected, batch.StoredValue((2 * i) + 1).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_MixedUnicodePrefixedAndLongTokensInOneBatch_MatchesHash(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 500, path);
        var tokens = new RandomTokens(2026);
        var added = new List<string>();
        for (var i = 0; i < 450; i++)
        {
            added.Add(tokens.Next());
        }

        // Whitespace around a non-UUID is kept; a lone surrogate becomes U+FFFD, as the char path encodes it.
        added.AddRange(["  not-a-uuid  ", "\t", " ", "", "é", "日本語のトークン", "\ud83d\ude00", "\ud800", "x\udc00y", new string('ä', 28), new string('ä', 27) + "a"]);
        foreach (var token in added)
        {
            batch.Add(token);
        }

        batch.Compute();

        for (var i = 0; i < added.Count; i++)
        {
            Assert.Equal(hasher.Hash(added[i]), batch.StoredValue(i).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_UnkeyedHasher_MatchesHashAndPlatformSha256(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var hasher = TokenHasher.CreateUnkeyed();
        using var batch = new TokenHashBatch(hasher, 200, path);
        var random = new Random(256);
        var messages = Enumerable.Range(0, 130).Select(i => RandomAscii(random, i % 65)).ToList();
        messages.Add(new RandomTokens(1).Uuid().ToUpperInvariant());
        foreach (var message in messages)
        {
            batch.Add(message);
        }

        batch.Compute();

        for (var i = 0; i < messages.Count; i++)
        {
            var canonical = Encoding.UTF8.GetBytes(CanonicalToken.Canonicalize(messages[i]));
            Assert.Equal("$sha256$" + Base64Url.EncodeToString(SHA256.HashData(canonical)), batch.StoredValue(i).ToString());
            Assert.Equal(hasher.Hash(messages[i]), batch.StoredValue(i).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_Rfc4231Vectors_DigestsMatch(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        // RFC 4231 §4.2-4.8; case 5's digest is truncated to 128 bits there, so only its leading bytes are compared.
        (string Key, string Data, string Expected)[] cases =
        [
            ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", Convert.ToHexString("Hi There"u8), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (Convert.ToHexString("Jefe"u8), Convert.ToHexString("what do ya want for nothing?"u8), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (new string('a', 40), new string('d', 100), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            ("0102030405060708090a0b0c0d0e0f10111213141516171819", string.Concat(Enumerable.Repeat("cd", 50)), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            ("0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c", Convert.ToHexString("Test With Truncation"u8), "a3b6167473100ee06e0c796c2955552b"),
            (new string('a', 262), Convert.ToHexString("Test Using Larger Than Block-Size Key - Hash Key First"u8), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            (new string('a', 262), Convert.ToHexString("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."u8), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ];

        foreach (var (keyHex, dataHex, expected) in cases)
        {
            using var hasher = TokenHasher.CreateWithKey(KeyId, Convert.FromHexString(keyHex));
            // Seventeen copies: every lane of a full group, and the one-token remainder after it.
            using var batch = new TokenHashBatch(hasher, 17, path);
            for (var i = 0; i < 17; i++)
            {
                batch.AddCanonical(Convert.FromHexString(dataHex));
            }

            batch.Compute();

            for (var i = 0; i < 17; i++)
            {
                var digest = Base64Url.DecodeFromChars(batch.StoredValue(i)[$"$hmac-sha256$k={KeyId}$".Length..]);
                Assert.Equal(expected, Convert.ToHexStringLower(digest)[..expected.Length]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Compute_RotatedRing_UsesTheActiveKeyAndVerifies(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var previous = TokenKeyRing.Generate("k2025");
        using var ring = previous.Rotate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var oldHasher = TokenHasher.Create(previous);
        var verifier = new TokenVerifier(hasher);
        using var batch = new TokenHashBatch(hasher, 20, path);
        var tokens = Enumerable.Range(0, 20).Select(_ => TokenGenerator.Generate(TokenFormat.Uuid)).ToArray();
        foreach (var token in tokens)
        {
            batch.Add(token);
        }

        batch.Compute();

        for (var i = 0; i < tokens.Length; i++)
        {
            var stored = batch.StoredValue(i).ToString();
            Assert.StartsWith("$hmac-sha256$k=k2026$", stored, StringComparison.Ordinal);
            Assert.Equal(hasher.Hash(tokens[i]), stored);
            Assert.NotEqual(oldHasher.Hash(tokens[i]), stored);
            Assert.Equal(VerificationResult.Valid, verifier.Verify(tokens[i], stored));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Clear_AfterReuse_SecondBatchMatchesHash(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 20, path);
        var tokens = new RandomTokens(5);
        foreach (var token in Enumerable.Range(0, 20).Select(_ => tokens.Uuid()))
        {
            batch.Add(token);
        }

        batch.Compute();
        batch.Clear();
        var second = Enumerable.Range(0, 11).Select(_ => tokens.Next()).ToArray();
        foreach (var token in second)
        {
            batch.Add(token);
        }

        batch.Compute();

        Assert.Equal(second.Length, batch.Count);
        for (var i = 0; i < second.Length; i++)
        {
            Assert.Equal(hasher.Hash(second[i]), batch.StoredValue(i).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Add_Utf8BytesOfVariantsNonAsciiAndInvalidSequences_MatchCharPath(string pathName)
    {
        var path = Enum.Parse<TokenHashPath>(pathName);
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 1000, path);
        var tokens = new RandomTokens(8);
        var inputs = new List<byte[]>();
        for (var i = 0; i < 300; i++)
        {
            var uuid = tokens.Uuid();
            inputs.Add(Encoding.UTF8.GetBytes(tokens.Variant(uuid)));
            inputs.Add(Encoding.UTF8.GetBytes(tokens.Next()));
        }

        inputs.AddRange(
        [
            "  padded non-uuid \n"u8.ToArray(),
            [0xC3, 0x28],
            [0xFF, 0xFE, 0x41],
            [0xE2, 0x82],
            [.. " 3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c"u8, 0xFF],
            [.. Enumerable.Repeat((byte)0x80, 60)],
            [],
        ]);
        foreach (var input in inputs)
        {
            batch.Add((ReadOnlySpan<byte>)input);
        }

        batch.Compute();

        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(hasher.Hash(Encoding.UTF8.GetString(inputs[i])), batch.StoredValue(i).ToString());
        }
    }

    [Fact]
    public void Compute_OneBatchPerThreadOnASharedHasher_EveryThreadMatchesHash()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var mismatches = 0;

        // The midstates are made on first use; threads racing to that first use must all start from the same state.
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            using var batch = new TokenHashBatch(hasher, 100);
            var tokens = new RandomTokens(worker);
            var added = Enumerable.Range(0, 100).Select(_ => tokens.Next()).ToArray();
            foreach (var token in added)
            {
                batch.Add(token);
            }

            batch.Compute();
            for (var i = 0; i < added.Length; i++)
            {
                if (!batch.StoredValue(i).SequenceEqual(hasher.Hash(added[i])))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Clear_AfterAdd_ZeroesThePlaintextBuffer()
    {
        using var ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = Canary.Key });
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 40);
        for (var i = 0; i < 20; i++)
        {
            batch.Add(Canary.UuidToken);
        }

        var heldPlaintext = batch.PlaintextBlocks.ContainsAnyExcept(0u);
        batch.Clear();

        Assert.True(heldPlaintext);
        Assert.False(batch.PlaintextBlocks.ContainsAnyExcept(0u));
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Compute_AfterAdd_ZeroesThePlaintextBuffer()
    {
        using var ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = Canary.Key });
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 40);
        for (var i = 0; i < 20; i++)
        {
            batch.Add(Canary.UuidToken);
        }

        batch.Compute();

        Assert.False(batch.PlaintextBlocks.ContainsAnyExcept(0u));
        Assert.Equal(hasher.Hash(Canary.UuidToken), batch.StoredValue(19).ToString());
    }

    [Fact]
    public void Dispose_AfterAdd_ZeroesThePlaintextBuffer()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);

        batch.Dispose();

        Assert.False(batch.PlaintextBlocks.ContainsAnyExcept(0u));
        Assert.Throws<ObjectDisposedException>(() => batch.Add(Canary.UuidToken));
    }

    [Fact]
    public void ToString_WithCanaryKeyAndTokens_ShowsNeitherTokenNorKey()
    {
        using var ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = Canary.Key });
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.Token);
        batch.Add(Canary.UuidToken);
        batch.Add(Canary.UuidToken.ToUpperInvariant());

        var beforeCompute = batch.ToString();
        batch.Compute();
        var afterCompute = batch.ToString();

        Canary.AssertAbsent(beforeCompute);
        Canary.AssertAbsent(afterCompute);
        Assert.Equal("TokenHashBatch(hmac-sha256, active=k2026, 3/4)", beforeCompute);
        Assert.Equal("TokenHashBatch(hmac-sha256, active=k2026, 3/4, computed)", afterCompute);
    }

    [Fact]
    public void Add_WhenFull_ThrowsWithActionableMessage()
    {
        using var hasher = TokenHasher.CreateUnkeyed();
        using var batch = new TokenHashBatch(hasher, 2);
        batch.Add(Canary.UuidToken);
        batch.Add(Canary.UuidToken);

        var error = Assert.Throws<InvalidOperationException>(() => batch.Add(Canary.Token));

        Assert.Contains("Clear()", error.Message, StringComparison.Ordinal);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public void Add_AfterComputeWithoutClear_Throws()
    {
        using var hasher = TokenHasher.CreateUnkeyed();
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);
        batch.Compute();

        var error = Assert.Throws<InvalidOperationException>(() => batch.Add(Canary.Token));

        Assert.Contains("Clear()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoredValue_BeforeCompute_Throws()
    {
        using var hasher = TokenHasher.CreateUnkeyed();
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);

        Assert.Throws<InvalidOperationException>(() => batch.StoredValue(0).ToString());
    }

    [Fact]
    public void StoredValue_IndexAtCount_ThrowsOutOfRange()
    {
        using var hasher = TokenHasher.CreateUnkeyed();
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);
        batch.Compute();

        Assert.Throws<ArgumentOutOfRangeException>(() => batch.StoredValue(1).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.StoredValue(-1).ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(TokenHashBatch.MaxCapacity + 1)]
    public void Constructor_CapacityOutOfRange_Throws(int capacity)
    {
        using var hasher = TokenHasher.CreateUnkeyed();

        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenHashBatch(hasher, capacity));
    }

    [Fact]
    public void Compute_AfterTheHasherIsDisposed_ThrowsAndEmptiesTheBatch()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);
        hasher.Dispose();

        Assert.Throws<ObjectDisposedException>(batch.Compute);

        Assert.Equal(0, batch.Count);
        Assert.False(batch.PlaintextBlocks.ContainsAnyExcept(0u));
    }

    [Fact]
    public void Add_LongTokenAfterTheHasherIsDisposed_ThrowsAndKeepsTheCount()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);
        hasher.Dispose();

        Assert.Throws<ObjectDisposedException>(() => batch.Add(Canary.Token + Canary.Token));
        var count = batch.Count;
        batch.Clear();

        Assert.Equal(1, count);
        Assert.False(batch.PlaintextBlocks.ContainsAnyExcept(0u));
    }

    [Fact]
    public void Compute_Twice_SecondCallChangesNothing()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 4);
        batch.Add(Canary.UuidToken);
        batch.Compute();

        batch.Compute();

        Assert.Equal(hasher.Hash(Canary.UuidToken), batch.StoredValue(0).ToString());
    }

    [Fact]
    public void Constructor_Auto_PicksTheWidestSupportedPath()
    {
        using var hasher = TokenHasher.CreateUnkeyed();

        using var batch = new TokenHashBatch(hasher, 1);

        Assert.Equal(Sha256MultiBlock.Best, batch.Path);
    }

    [Fact]
    public void AddComputeStoredValue_AfterConstruction_AllocateNothing()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        using var batch = new TokenHashBatch(hasher, 100);
        const string Token = "3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C";
        Run();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        void Run()
        {
            for (var i = 0; i < 100; i++)
            {
                batch.Add(Token);
            }

            batch.Compute();
            _ = batch.StoredValue(99).Length;
            batch.Clear();
        }
    }

    private static IEnumerable<TokenHashPath> SupportedPaths() =>
        new[] { TokenHashPath.Platform, TokenHashPath.Scalar, TokenHashPath.Vector256, TokenHashPath.Vector512 }.Where(Sha256MultiBlock.IsSupported);

    private static string HmacStored(byte[] key, byte[] message) =>
        $"$hmac-sha256$k={KeyId}$" + Base64Url.EncodeToString(HMACSHA256.HashData(key, message));

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    // Printable ASCII without whitespace at the ends, so the canonical bytes are the string's own bytes.
    private static string RandomAscii(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0x21, 0x7F);
        }

        return new string(chars);
    }
}
