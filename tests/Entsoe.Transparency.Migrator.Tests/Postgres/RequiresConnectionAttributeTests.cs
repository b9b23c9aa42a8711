namespace Entsoe.Transparency.Migrator.Tests.Postgres;

public sealed class RequiresConnectionAttributeTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void SkipReason_VariableUnset_SkipsNamingTheVariable(bool requiredInCi, bool isCi)
    {
        var reason = RequiresConnectionAttribute.SkipReason("TOOLKIT_SQLSERVER", requiredInCi, value: null, isCi);

        Assert.NotNull(reason);
        Assert.Contains("TOOLKIT_SQLSERVER", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReason_RequiredInCiAndUnsetInCi_RunsSoTheTestsFail()
    {
        Assert.Null(RequiresConnectionAttribute.SkipReason("TOOLKIT_POSTGRES", requiredInCi: true, value: null, isCi: true));
    }

    [Fact]
    public void SkipReason_VariableSet_Runs()
    {
        Assert.Null(RequiresConnectionAttribute.SkipReason("TOOLKIT_SQLSERVER", requiredInCi: false, value: "Server=db", isCi: true));
    }
}
