using Entsoe.Transparency.Tokens;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>A SQLite file with an <c>accounts(id INTEGER PRIMARY KEY, token varchar(80))</c> table of plaintext UUID tokens.</summary>
public sealed class SqliteAccounts
{
    private SqliteAccounts(string path, Dictionary<long, string> originals)
    {
        Path = path;
        Originals = originals;
    }

    public string Path { get; }

    public Dictionary<long, string> Originals { get; }

    public string ConnectionString => $"Data Source={Path}";

    public string[] TableArguments(string keysFile) =>
        ["--provider", "sqlite", "--connection", ConnectionString, "--table", "accounts", "--key-column", "id", "--token-column", "token", "--keys-file", keysFile];

    /// <summary>The same accounts in another file (a copy of the one <see cref="Create"/> wrote).</summary>
    public static SqliteAccounts Attach(string path, Dictionary<long, string> originals) => new(path, originals);

    public static SqliteAccounts Create(string path, int rows, string tokenType = "varchar(80)")
    {
        var originals = new Dictionary<long, string>(rows);
        for (var i = 0; i < rows; i++)
        {
            // Gaps in the keys, and every 97th token in upper case (the same token, canonically).
            var token = TokenGenerator.Generate();
            originals[(i * 3L) + 1] = i % 97 == 0 ? token.ToUpperInvariant() : token;
        }

        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE accounts (id INTEGER PRIMARY KEY, token {tokenType} NULL)";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO accounts (id, token) VALUES (@k, @t)";
        var k = insert.Parameters.Add("@k", SqliteType.Integer);
        var t = insert.Parameters.Add("@t", SqliteType.Text);
        foreach (var (key, token) in originals)
        {
            k.Value = key;
            t.Value = token;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new SqliteAccounts(path, originals);
    }

    public Dictionary<long, string?> ReadAll()
    {
        using var connection = Open(Path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, token FROM accounts";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<long, string?>();
        while (reader.Read())
        {
            rows[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return rows;
    }

    /// <summary>Runs <paramref name="sql"/> on the file (schema changes a test needs: triggers, indexes, extra rows).</summary>
    public void Execute(string sql)
    {
        using var connection = Open(Path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public long CountHashed() => Scalar("SELECT count(*) FROM accounts WHERE token LIKE '$%'");

    public string IntegrityCheck()
    {
        using var connection = Open(Path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private long Scalar(string sql)
    {
        using var connection = Open(Path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=30");
        connection.Open();
        return connection;
    }
}
