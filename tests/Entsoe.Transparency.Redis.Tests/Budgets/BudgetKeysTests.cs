using System.Security.Cryptography;
using System.Text;

namespace Entsoe.Transparency.Redis.Tests.Budgets;

public class BudgetKeysTests
{
    [Fact]
    public void Constructor_TwoScopes_EveryKeyInOneHashTagAndNoneHoldsTheDigest()
    {
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString())));

        var keys = new BudgetKeys("entsoe-tp", digest, "office-nat");

        Assert.Equal(2, keys.Scopes);
        Assert.Equal(7, keys.Acquire.Length);
        Assert.Equal(4, keys.End.Length);
        Assert.All(keys.Acquire.Concat(keys.End), key => Assert.StartsWith("{entsoe-tp}:", key.ToString(), StringComparison.Ordinal));
        Assert.All(keys.Acquire, key => Assert.DoesNotContain(digest, key.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(keys.Acquire, key => key.ToString() == "{entsoe-tp}:egress:office-nat:ended");
    }

    [Fact]
    public void TokenId_SameDigest_SameIdAndNotTheDigestsOwnHash()
    {
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString())));

        var id = BudgetKeys.TokenId(digest);

        Assert.Equal(id, BudgetKeys.TokenId(digest));
        Assert.NotEqual(id, BudgetKeys.TokenId(digest.ToLowerInvariant()));
        Assert.NotEqual(id, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(digest))));
        Assert.Equal(64, id.Length);
    }
}
