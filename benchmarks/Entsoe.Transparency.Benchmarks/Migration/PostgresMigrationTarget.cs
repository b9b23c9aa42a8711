using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// PostgreSQL: table <c>entsoe_bench.t (key bigint primary key, token text)</c> on the server of <c>TOOLKIT_POSTGRES</c>,
/// with a unique index on the token when asked for.
/// </summary>
public sealed class PostgresMigrationTarget : IMigrationTarget
{
    public const string Variable = "TOOLKIT_POSTGRES";
    private const string Schema = "entsoe_bench";
    private readonly NpgsqlDataSource dataSource;
    private readonly bool tokenIndex;

    public PostgresMigrationTarget(bool tokenIndex)
    {
        this.tokenIndex = tokenIndex;
        var connectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {Variable} to an Npgsql connection string (.ci/run shows how to start a throwaway server).");
        dataSource = NpgsqlDataSource.Create(connectionString);
        ConnectionString = connectionString;
        ToolEnvironment = new Dictionary<string, string> { [Variable] = connectionString };
    }

    public string Provider => "postgres";

    /// <summary>The connection string (holds a password: never printed).</summary>
    public string ConnectionString { get; }

    /// <summary>The table as the migrator's stores address it.</summary>
    public static Entsoe.Transparency.Tokens.Storage.TableTarget Target { get; } =
        Entsoe.Transparency.Tokens.Storage.TableTarget.Create(Schema, "t", "key", "token", null);

    public string ReferenceSql => "UPDATE t SET token = encode(sha256(convert_to(token,'UTF8')),'hex')";

    public IReadOnlyList<string> ToolArguments { get; } =
        ["--provider", "postgres", "--connection-env", Variable, "--schema", Schema, "--table", "t", "--key-column", "key", "--token-column", "token"];

    public IReadOnlyDictionary<string, string> ToolEnvironment { get; }

    public async Task SeedAsync(long rows)
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema}; CREATE TABLE {Schema}.t (key bigint PRIMARY KEY, token text)");
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var writer = await connection.BeginBinaryImportAsync($"COPY {Schema}.t (key, token) FROM STDIN (FORMAT BINARY)");
            foreach (var (key, token) in SampleTokens.Generate(rows))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(token, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        if (tokenIndex)
        {
            await ExecuteAsync($"CREATE UNIQUE INDEX t_token ON {Schema}.t (token)");
        }

        // Same starting point for both runs: statistics fresh, no dirty pages left from seeding.
        await ExecuteAsync($"VACUUM ANALYZE {Schema}.t");
        await ExecuteAsync("CHECKPOINT");
    }

    public async Task<TimeSpan> RunReferenceAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync($"UPDATE {Schema}.t SET token = encode(sha256(convert_to(token,'UTF8')),'hex')");
        return Stopwatch.GetElapsedTime(started);
    }

    public async Task<long> CountUnhashedAsync()
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {Schema}.t WHERE token NOT LIKE '$%'");
        command.CommandTimeout = 0;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        await dataSource.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
