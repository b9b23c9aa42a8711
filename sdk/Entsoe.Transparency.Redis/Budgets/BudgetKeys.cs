using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Entsoe.Transparency.Redis;

/// <summary>
/// The Redis keys of one token's budget (and of the egress scope, when there is one). A token appears only as
/// HMAC-SHA256 of its digest, keyed with a purpose string: the key matches no other place that stores a hash of the
/// token (such as the <c>$sha256$</c> stored format) and cannot be turned back into it. All keys share one Redis
/// Cluster hash tag, so one script can touch both scopes.
/// </summary>
internal sealed class BudgetKeys
{
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("Entsoe.Transparency.Redis/rate-budget/token-scope/v1");

    public BudgetKeys(string prefix, string tokenDigest, string? egressScope)
    {
        var tag = "{" + prefix + "}";
        var token = $"{tag}:token:{TokenId(tokenDigest)}:";
        Ban = token + "ban";
        var scopes = new List<string> { token };
        if (egressScope is not null)
        {
            scopes.Add($"{tag}:egress:{egressScope}:");
        }

        Scopes = scopes.Count;
        Acquire = [Ban, .. scopes.SelectMany(s => new RedisKey[] { s + "ended", s + "flight", s + "pace" })];
        End = [.. scopes.SelectMany(s => new RedisKey[] { s + "ended", s + "flight" })];
    }

    public int Scopes { get; }

    public RedisKey Ban { get; }

    public RedisKey[] Acquire { get; }

    public RedisKey[] End { get; }

    /// <summary>The one-way name of a token in Redis keys.</summary>
    public static string TokenId(string tokenDigest) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Purpose, Encoding.UTF8.GetBytes(tokenDigest)));

    public override string ToString() => $"BudgetKeys({Ban}, {Scopes} scope(s))";
}
