using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>An accounts table in a SQLite file of its own, deleted with the test.</summary>
public sealed class SqliteAccounts : AccountsDatabase
{
    private readonly string directory = Directory.CreateTempSubdirectory("login-sqlite-").FullName;

    private SqliteAccounts(bool hashColumn)
        : base(null, hashColumn)
    {
        ConnectionString = $"Data Source={Path.Combine(directory, "accounts.db")}";
    }

    public override string Provider => "sqlite";

    public override string ConnectionString { get; }

    public static async Task<SqliteAccounts> CreateAsync(bool hashColumn = false)
    {
        var database = new SqliteAccounts(hashColumn);
        await database.ExecuteAsync(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, token TEXT, token_hash TEXT); "
            + "CREATE INDEX accounts_token ON accounts (token); CREATE INDEX accounts_token_hash ON accounts (token_hash);");
        return database;
    }

    public override async Task InsertAsync(long id, string? token, string? hash = null)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO accounts (id, token, token_hash) VALUES (@id, @token, @hash)";
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@token", (object?)token ?? DBNull.Value);
        command.Parameters.AddWithValue("@hash", (object?)hash ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<(string? Token, string? Hash)> ReadAsync(long id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT token, token_hash FROM accounts WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"row {id} is missing");
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
