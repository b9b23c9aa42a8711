using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;
using Konscious.Security.Cryptography;

namespace Entsoe.Transparency.Benchmarks.PasswordHashing;

/// <summary>
/// What a password hash would cost per API call, for docs/token-format.md's "why not a password hash". Each scheme
/// hashes the same UUID token once at the settings OWASP's Password Storage Cheat Sheet recommends. Baseline: our
/// keyed hash, <see cref="TokenHasher.TryHash"/>.
/// </summary>
[MemoryDiagnoser]
public class PasswordHashBenchmarks
{
    private readonly char[] stored = new char[StoredFormat.MaxLength];
    private string token = "";
    private byte[] tokenBytes = [];
    private byte[] salt = [];
    private TokenKeyRing? ring;
    private TokenHasher? hasher;

    [GlobalSetup]
    public void Setup()
    {
        ring = TokenKeyRing.Generate("k2026");
        hasher = TokenHasher.Create(ring);
        token = BenchmarkInputs.NewToken();
        tokenBytes = Encoding.UTF8.GetBytes(token);
        salt = RandomNumberGenerator.GetBytes(16);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        hasher?.Dispose();
        ring?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HMAC-SHA256 (TokenHasher.TryHash)")]
    public int Hmac()
    {
        hasher!.TryHash(token, stored, out var written);
        return written;
    }

    [Benchmark(Description = "PBKDF2-HMAC-SHA256, 600,000 iterations")]
    public byte[] Pbkdf2() => Rfc2898DeriveBytes.Pbkdf2(tokenBytes, salt, 600_000, HashAlgorithmName.SHA256, 32);

    [Benchmark(Description = "bcrypt, cost 10")]
    public string Bcrypt() => BCrypt.Net.BCrypt.HashPassword(token, 10);

    [Benchmark(Description = "Argon2id, m=19 MiB, t=2, p=1")]
    public byte[] Argon2id()
    {
        using var argon2 = new Argon2id(tokenBytes) { Salt = salt, MemorySize = 19 * 1024, Iterations = 2, DegreeOfParallelism = 1 };
        return argon2.GetBytes(32);
    }
}
