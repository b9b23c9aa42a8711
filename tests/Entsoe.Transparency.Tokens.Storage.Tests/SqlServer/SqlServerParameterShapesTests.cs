using System.Data;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

public sealed class SqlServerParameterShapesTests
{
    private static readonly ColumnDescription BigintKey = new("id", "bigint", ColumnCategory.Integer, null, false);
    private static readonly ColumnDescription VarcharKey = new("id", "varchar(64)", ColumnCategory.Text, 64, false);
    private static readonly ColumnDescription NvarcharKey = new("id", "nvarchar(64)", ColumnCategory.Text, 64, false);
    private static readonly ColumnDescription VarcharToken = new("token", "varchar(80)", ColumnCategory.Text, 80, true);
    private static readonly ColumnDescription UuidToken = new("token", "uniqueidentifier", ColumnCategory.Uuid, null, true);
    private static readonly ColumnDescription NvarcharHash = new("hash", "nvarchar(80)", ColumnCategory.Text, 80, true);

    [Fact]
    public void BatchTable_IntegerKey_HasBigintStringStringColumnsInOrder()
    {
        using var batch = new SqlServerBatchTable(KeyKind.Integer, tokenIsUuid: false);

        batch.Fill([new RowUpdate(RowKey.FromInteger(42), "old-token", "$hmac-sha256$k=k1$abc")]);

        Assert.Equal(["k", "old", "new"], batch.Table.Columns.Cast<DataColumn>().Select(c => c.ColumnName));
        Assert.Equal([typeof(long), typeof(string), typeof(string)], batch.Table.Columns.Cast<DataColumn>().Select(c => c.DataType));
        Assert.Equal(new object[] { 42L, "old-token", "$hmac-sha256$k=k1$abc" }, batch.Table.Rows[0].ItemArray);
    }

    [Fact]
    public void BatchTable_TextKeyUuidToken_CarriesTheGuardAsGuid()
    {
        using var batch = new SqlServerBatchTable(KeyKind.Text, tokenIsUuid: true);
        var uuid = Guid.NewGuid();

        batch.Fill([new RowUpdate(RowKey.FromText("acct-1"), uuid.ToString("D").ToUpperInvariant(), "$sha256$x")]);

        Assert.Equal(typeof(string), batch.Table.Columns["k"]!.DataType);
        Assert.Equal(typeof(Guid), batch.Table.Columns["old"]!.DataType);
        Assert.Equal(uuid, batch.Table.Rows[0]["old"]);
    }

    [Fact]
    public void BatchTable_FillTwice_KeepsOnlyTheLatestBatch()
    {
        using var batch = new SqlServerBatchTable(KeyKind.Integer, tokenIsUuid: false);

        batch.Fill([new RowUpdate(RowKey.FromInteger(1), "a", "b"), new RowUpdate(RowKey.FromInteger(2), "c", "d")]);
        batch.Fill([new RowUpdate(RowKey.FromInteger(3), "e", "f")]);

        Assert.Equal(3L, Assert.Single(batch.Table.Rows.Cast<DataRow>())["k"]);
    }

    [Fact]
    public void CreateBulkCopy_MapsEveryColumnByNameIntoTheTempTable()
    {
        using var connection = new SqlConnection("Server=unused;Database=unused");

        using var copy = SqlServerBatchTable.CreateBulkCopy(connection, null!);

        Assert.Equal(SqlServerStatements.BatchTable, copy.DestinationTableName);
        Assert.Equal(
            [("k", "k"), ("old", "old"), ("new", "new")],
            copy.ColumnMappings.Cast<SqlBulkCopyColumnMapping>().Select(m => (m.SourceColumn, m.DestinationColumn)));
    }

    [Theory]
    [InlineData("varchar(64)", SqlDbType.VarChar)]
    [InlineData("char(36)", SqlDbType.VarChar)]
    [InlineData("nvarchar(64)", SqlDbType.NVarChar)]
    [InlineData("nchar(36)", SqlDbType.NVarChar)]
    public void TextType_FollowsTheColumnSoTheIndexIsSought(string declared, SqlDbType expected)
    {
        Assert.Equal(expected, SqlServerColumnTypes.TextType(new ColumnDescription("c", declared, ColumnCategory.Text, 10, true)));
    }

    [Fact]
    public void KeyParameter_VarcharKey_IsVarcharOfTheColumnLength()
    {
        var types = SqlServerColumnTypes.From(VarcharKey, VarcharToken, null);

        var parameter = SqlServerTokenStore.KeyParameter("@after", RowKey.FromText("abc"), types);

        Assert.Equal(SqlDbType.VarChar, parameter.SqlDbType);
        Assert.Equal(64, parameter.Size);
        Assert.Equal("abc", parameter.Value);
    }

    [Fact]
    public void KeyParameter_IntegerKey_IsBigint()
    {
        var types = SqlServerColumnTypes.From(BigintKey, VarcharToken, null);

        var parameter = SqlServerTokenStore.KeyParameter("@key", RowKey.FromInteger(-7), types);

        Assert.Equal(SqlDbType.BigInt, parameter.SqlDbType);
        Assert.Equal(-7L, parameter.Value);
    }

    [Fact]
    public void CompareAndSwapParameters_HashColumnMode_TypesEachValueLikeItsColumn()
    {
        var types = SqlServerColumnTypes.From(NvarcharKey, UuidToken, NvarcharHash);
        var row = new StoredRow(RowKey.FromText("a"), Guid.Empty.ToString(), null);

        var parameters = SqlServerTokenStore.CompareAndSwapParameters(row, "$sha256$x", types, hashColumn: true)
            .ToDictionary(p => p.ParameterName);

        Assert.Equal(["@new", "@key", "@oldToken", "@oldHash"], parameters.Keys);
        Assert.Equal(SqlDbType.NVarChar, parameters["@new"].SqlDbType);
        Assert.Equal(SqlDbType.NVarChar, parameters["@key"].SqlDbType);
        Assert.Equal(SqlDbType.NVarChar, parameters["@oldToken"].SqlDbType);
        Assert.Equal(DBNull.Value, parameters["@oldHash"].Value);
    }

    [Theory]
    [InlineData("varchar", 36, "varchar(36)", ColumnCategory.Text, 36)]
    [InlineData("nvarchar", 160, "nvarchar(80)", ColumnCategory.Text, 80)]
    [InlineData("nvarchar", -1, "nvarchar(max)", ColumnCategory.Text, null)]
    [InlineData("uniqueidentifier", 16, "uniqueidentifier", ColumnCategory.Uuid, null)]
    [InlineData("bigint", 8, "bigint", ColumnCategory.Integer, null)]
    [InlineData("varbinary", 64, "varbinary(64)", ColumnCategory.Other, null)]
    public void DescribeColumn_SysColumnsRow_GivesCategoryAndWidthInCharacters(string type, short bytes, string shown, ColumnCategory category, int? width)
    {
        var column = SqlServerSchemaReader.DescribeColumn("c", type, bytes, 0, 0, isNullable: true);

        Assert.Equal(shown, column.DataType);
        Assert.Equal(category, column.Category);
        Assert.Equal(width, column.MaxLength);
    }
}
