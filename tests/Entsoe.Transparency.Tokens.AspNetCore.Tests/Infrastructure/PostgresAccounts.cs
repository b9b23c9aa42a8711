using System.Security.Cryptography;
using Npgsql;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An accounts table in a scratch schema of the PostgreSQL test server, dropped with the test. The token columns use
/// the case-sensitive "C" collation explicitly, so upper-case plaintext rows are only found by an exact value.
/// </summary>
public sealed class PostgresAccounts : AccountsDatabase
{
    private readonly string schema;

    private PostgresAccounts(string connectionString, string schema, bool hashColumn, string tokenType)
        : base(schema, hashColumn)
    {
        ConnectionString = connectionString;
        this.schema = schema;
        TokenType = tokenType;
    }

    public override string Provider => "postgres";

    public override string ConnectionString { get; }

    public string TokenType { get; }

    public static async Task<PostgresAccounts> CreateAsync(bool hashColumn = false, string tokenType = "text COLLATE \"C\"")
    {
        var schema = $"login_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var database = new PostgresAccounts(PostgresEnvironment.RequireConnectionString(), schema, hashColumn, tokenType);
        await database.ExecuteAsync(
            $"CREATE SCHEMA \"{schema}\"; "
            + $"CREATE TABLE \"{schema}\".accounts (id bigint PRIMARY KEY, token {tokenType}, token_hash text COLLATE \"C\"); "
            + $"CREATE INDEX ON \"{schema}\".accounts (token); CREATE INDEX ON \"{schema}\".accounts (token_hash);");
        return database;
    }

    public override async Task InsertAsync(long id, string? token, string? hash = null)
    {
        await using var connection = await OpenAsync();
        var cast = TokenType.StartsWith("uuid", StringComparison.Ordinal) ? "::uuid" : string.Empty;
        await using var command = new NpgsqlCommand($"INSERT INTO \"{schema}\".accounts (id, token, token_hash) VALUES (@id, @token{cast}, @hash)", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("token", NpgsqlTypes.NpgsqlDbType.Text, (object?)token ?? DBNull.Value);
        command.Parameters.AddWithValue("hash", NpgsqlTypes.NpgsqlDbType.Text, (object?)hash ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<(string? Token, string? Hash)> ReadAsync(long id)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT token::text, token_hash FROM \"{schema}\".accounts WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"row {id} is missing");
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
