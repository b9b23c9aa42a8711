using System.Security.Cryptography;
using Npgsql;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// A uniquely named schema for one test, dropped with everything in it when the test ends, so
/// tests can run in parallel against one server and never see each other's tables.
/// </summary>
public sealed class PostgresScratchSchema : IAsyncDisposable
{
    private PostgresScratchSchema(string connectionString, string name)
    {
        ConnectionString = connectionString;
        Name = name;
    }

    /// <summary>The connection string of the test server (holds a password: never print it).</summary>
    public string ConnectionString { get; }

    /// <summary>The schema's name: lower-case letters, digits and underscores only.</summary>
    public string Name { get; }

    public static async Task<PostgresScratchSchema> CreateAsync(string prefix = "mt")
    {
        var connectionString = PostgresEnvironment.RequireConnectionString();
        var name = $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresScratchSchema(connectionString, name);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates <c>(key, token)</c> and fills it by binary COPY (fast enough for 200,000 rows).</summary>
    public async Task CreateTokenTableAsync(string table, string keyType, string tokenType, IEnumerable<(object Key, string? Token)> rows)
    {
        await ExecuteAsync($"CREATE TABLE \"{Name}\".\"{table}\" (key {keyType} PRIMARY KEY, token {tokenType})");
        await using var connection = await OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY \"{Name}\".\"{table}\" (key, token) FROM STDIN (FORMAT BINARY)");
        foreach (var (key, token) in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(key);
            if (token is null)
            {
                await writer.WriteNullAsync();
            }
            else
            {
                await writer.WriteAsync(token);
            }
        }

        await writer.CompleteAsync();
    }

    public async Task<Dictionary<TKey, string?>> ReadTokensAsync<TKey>(string table, string keyColumn = "key", string tokenColumn = "token")
        where TKey : notnull
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT \"{keyColumn}\", \"{tokenColumn}\" FROM \"{Name}\".\"{table}\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new Dictionary<TKey, string?>();
        while (await reader.ReadAsync())
        {
            result[reader.GetFieldValue<TKey>(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
