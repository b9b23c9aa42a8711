using Entsoe.Transparency.SamplePlatform.SignIn;

namespace Entsoe.Transparency.SamplePlatform.Tests.SignIn;

public sealed class PasswordHashingTests
{
    [Fact]
    public void Verify_RightPassword_ReturnsTrue()
    {
        var stored = PasswordHashing.Hash("alice-demo-password", iterations: 1_000);

        Assert.True(PasswordHashing.Verify("alice-demo-password", stored));
    }

    [Theory]
    [InlineData("alice-demo-passwore")]
    [InlineData("")]
    [InlineData("ALICE-DEMO-PASSWORD")]
    public void Verify_WrongPassword_ReturnsFalse(string attempt)
    {
        var stored = PasswordHashing.Hash("alice-demo-password", iterations: 1_000);

        Assert.False(PasswordHashing.Verify(attempt, stored));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("sha1$1000$AAAA$AAAA")]
    public void Verify_MissingOrMalformedHash_ReturnsFalse(string? stored)
    {
        Assert.False(PasswordHashing.Verify("anything", stored));
    }

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        Assert.NotEqual(PasswordHashing.Hash("p", iterations: 1_000), PasswordHashing.Hash("p", iterations: 1_000));
    }

    [Fact]
    public void Hash_Default_UsesTheOwaspIterationCount()
    {
        Assert.StartsWith("pbkdf2-sha256$600000$", PasswordHashing.Hash("p"), StringComparison.Ordinal);
    }
}
