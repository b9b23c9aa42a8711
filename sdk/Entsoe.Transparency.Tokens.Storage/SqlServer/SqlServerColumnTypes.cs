using System.Data;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The parameter types that match the table's columns. A parameter of another type (nvarchar against a varchar key)
/// makes SQL Server convert the column instead, which turns an index seek into a scan.
/// </summary>
internal sealed record SqlServerColumnTypes(KeyKind KeyKind, SqlDbType KeyType, int KeySize, SqlDbType TokenType, bool TokenIsUuid, SqlDbType HashType)
{
    /// <summary>Picks the parameter types from the column descriptions (null columns: integer key, nvarchar values).</summary>
    public static SqlServerColumnTypes From(ColumnDescription? key, ColumnDescription? token, ColumnDescription? hash)
    {
        var keyKind = key is null || key.Category == ColumnCategory.Integer ? KeyKind.Integer : KeyKind.Text;
        var keyType = keyKind == KeyKind.Integer ? SqlDbType.BigInt : TextType(key);
        var keySize = keyKind == KeyKind.Integer ? 0 : key?.MaxLength ?? -1;
        return new SqlServerColumnTypes(keyKind, keyType, keySize, TextType(token), token?.Category == ColumnCategory.Uuid, TextType(hash));
    }

    /// <summary>varchar/char columns take varchar parameters; everything else nvarchar.</summary>
    public static SqlDbType TextType(ColumnDescription? column) =>
        column is not null && (column.DataType.StartsWith("varchar", StringComparison.OrdinalIgnoreCase)
            || column.DataType.StartsWith("char", StringComparison.OrdinalIgnoreCase))
            ? SqlDbType.VarChar
            : SqlDbType.NVarChar;
}
