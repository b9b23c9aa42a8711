
namespace Entsoe.Transparency.Tokens.Storage.Tests.Tables;

public sealed class TableCopyTests
{
    [Theory]
    [InlineData("trigger", TableCopyKind.Trigger, "audit_tokens")]
    [InlineData("history", TableCopyKind.HistoryTable, "[dbo].[accounts_history]")]
    [InlineData("publication", TableCopyKind.Publication, "to_reporting")]
    public void Describe_CatalogRow_NamesTheObjectAndWhatToDo(string kind, TableCopyKind expected, string name)
    {
        var copy = TableCopy.FromCatalog(kind, name);

        Assert.Equal(expected, copy.Kind);
        Assert.Contains(name, copy.Describe(), StringComparison.Ordinal);
        Assert.Contains("plaintext", copy.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ChangeDataCapture_SaysHowToCleanUp()
    {
        Assert.Contains("sys.sp_cdc_cleanup_change_table", TableCopy.FromCatalog("cdc", "accounts").Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromCatalog_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableCopy.FromCatalog("rule", "r"));
    }
}
