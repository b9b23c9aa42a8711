using Entsoe.Transparency.Migrator.Tests.Contract;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>Creates SQLite files laid out as <see cref="ContractTableSpec"/> asks.</summary>
public static class SqliteTestDatabase
{
    public static void Create(string path, ContractTableSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            var keyType = spec.KeyKind == KeyKind.Integer ? "INTEGER" : "varchar(64)";
            var hash = spec.HashColumn ? $", \"{ContractTableSpec.HashColumnName}\" varchar(80) NULL" : string.Empty;
            create.CommandText =
                $"CREATE TABLE \"{spec.TableName}\" (\"{ContractTableSpec.KeyColumn}\" {keyType} PRIMARY KEY, \"{ContractTableSpec.TokenColumn}\" varchar(80) NULL{hash});"
                + $"CREATE {(spec.UniqueIndex && !spec.HashColumn ? "UNIQUE " : string.Empty)}INDEX \"ix_{spec.TableName}_token\" ON \"{spec.TableName}\" (\"{ContractTableSpec.TokenColumn}\");";
            if (spec.HashColumn)
            {
                create.CommandText += $"CREATE {(spec.UniqueIndex ? "UNIQUE " : string.Empty)}INDEX \"ix_{spec.TableName}_hash\" ON \"{spec.TableName}\" (\"{ContractTableSpec.HashColumnName}\");";
            }

            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            var hashColumn = spec.HashColumn ? $", \"{ContractTableSpec.HashColumnName}\"" : string.Empty;
            var hashValue = spec.HashColumn ? ", @h" : string.Empty;
            insert.CommandText = $"INSERT INTO \"{spec.TableName}\" (\"{ContractTableSpec.KeyColumn}\", \"{ContractTableSpec.TokenColumn}\"{hashColumn}) VALUES (@k, @t{hashValue})";
            var k = insert.Parameters.Add("@k", SqliteType.Text);
            var t = insert.Parameters.Add("@t", SqliteType.Text);
            var h = insert.Parameters.Add("@h", SqliteType.Text);
            foreach (var row in spec.Rows)
            {
                k.SqliteType = row.Key.IsText ? SqliteType.Text : SqliteType.Integer;
                k.Value = row.Key.ToParameterValue();
                t.Value = (object?)row.Token ?? DBNull.Value;
                h.Value = (object?)row.Hash ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }
}
