using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Login;

public sealed class LookupCandidatesTests
{
    [Fact]
    public void For_PaddedMixedCaseUuid_HashesThenLowerUpperPresentedAndTrimmed()
    {
        using var keys = new TestKeys();
        const string presented = " 3F2B8C1E-7a4d-4E9B-9C2A-5D6E7F8A9B0C\n";

        var candidates = LookupCandidates.For(keys.Verifier, presented);

        Assert.Equal(keys.Verifier.GetLookupValues(presented), candidates.Take(3));
        Assert.Equal(
            ["3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", "3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", presented, "3F2B8C1E-7a4d-4E9B-9C2A-5D6E7F8A9B0C"],
            candidates.Skip(3));
    }

    [Fact]
    public void For_CanonicalUuid_NoRepeatedCandidate()
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();

        var candidates = LookupCandidates.For(keys.Verifier, token);

        Assert.Equal(candidates.Count, candidates.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([token, token.ToUpperInvariant()], candidates.Skip(3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("$sha256$abc")]
    [InlineData("  $hmac-sha256$k=k2026$abc")]
    public void For_ValueThatCanNeverVerify_IsEmpty(string presented)
    {
        using var keys = new TestKeys();

        Assert.Empty(LookupCandidates.For(keys.Verifier, presented));
    }
}
