using System.Reflection;

namespace Entsoe.Transparency.Tests.Credentials;

public class SecurityTokenCredentialTests
{
    private const string Token = "0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c";

    [Fact]
    public void Deconstruct_AfterConstruction_ReturnsTheTrimmedToken()
    {
        var credential = new SecurityTokenCredential("  " + Token + "\r\n");

        credential.Deconstruct(out var token);

        Assert.Equal(Token, token);
    }

    [Fact]
    public void ToString_Always_HidesTheToken()
    {
        var credential = new SecurityTokenCredential(Token);

        Assert.Equal("SecurityTokenCredential(token hidden)", credential.ToString());
    }

    [Fact]
    public void PublicSurface_NoPropertyOrFieldExposesTheToken()
    {
        var credential = new SecurityTokenCredential(Token);
        var type = typeof(SecurityTokenCredential);

        var values = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.GetValue(credential))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.GetValue(credential)));

        Assert.DoesNotContain(values, v => v?.ToString()?.Contains(Token, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Update_NewToken_DeconstructReturnsIt()
    {
        var credential = new SecurityTokenCredential(Token);

        credential.Update("7d3b9c1e-2f4a-4b6c-8d0e-1f3a5b7c9d2e");
        credential.Deconstruct(out var token);

        Assert.Equal("7d3b9c1e-2f4a-4b6c-8d0e-1f3a5b7c9d2e", token);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc\u0000def")]
    [InlineData("abc def")]
    [InlineData("abcé")]
    public void Constructor_UnusableToken_ThrowsWithoutEchoingIt(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => new SecurityTokenCredential(token));

        Assert.Contains("token", error.Message, StringComparison.OrdinalIgnoreCase);
        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain(token.Trim(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromEnvironment_BothVariablesSet_PrefersEntsoeSecurityToken()
    {
        var variables = new Dictionary<string, string?>
        {
            [SecurityTokenCredential.EnvironmentVariable] = Token,
            [SecurityTokenCredential.EntsoePyEnvironmentVariable] = "7d3b9c1e-2f4a-4b6c-8d0e-1f3a5b7c9d2e",
        };

        SecurityTokenCredential.FromEnvironment(name => variables.GetValueOrDefault(name)).Deconstruct(out var token);

        Assert.Equal(Token, token);
    }

    [Fact]
    public void FromEnvironment_OnlyEntsoePyVariable_UsesIt()
    {
        SecurityTokenCredential.FromEnvironment(name => name == SecurityTokenCredential.EntsoePyEnvironmentVariable ? Token : null).Deconstruct(out var token);

        Assert.Equal(Token, token);
    }

    [Fact]
    public void FromEnvironment_NeitherVariable_ThrowsNamingBothAndWhereToGenerate()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityTokenCredential.FromEnvironment(_ => " "));

        Assert.Contains("ENTSOE_SECURITY_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("ENTSOE_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("Generate a new token", error.Message, StringComparison.Ordinal);
    }
}
