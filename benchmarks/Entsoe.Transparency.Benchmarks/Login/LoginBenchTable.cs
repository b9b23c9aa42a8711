using System.Diagnostics;
using Entsoe.Transparency.Tokens;
using Npgsql;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// The harness's accounts table in a scratch schema: <c>id bigint</c> primary key, <c>token text</c> with a b-tree index
/// (what a platform's login searches), filled by binary COPY with four disjoint sets of rows.
/// </summary>
internal sealed class LoginBenchTable(string connectionString, string schema)
{
    public async Task<LoginBenchSets> CreateAsync(int rowsPerKind, TokenHasher hasher, TokenHasher olderHasher)
    {
        var sets = new LoginBenchSets(
            Tokens(Math.Min(rowsPerKind, 10_000)), Tokens(rowsPerKind), Tokens(rowsPerKind), Tokens(Math.Min(rowsPerKind, 10_000)), Tokens(1_000));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"; CREATE TABLE \"{schema}\".accounts (id bigint PRIMARY KEY, token text)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"{schema}\".accounts (id, token) FROM STDIN (FORMAT BINARY)"))
        {
            long id = 0;
            foreach (var (tokens, store) in new (string[], Func<string, string>)[]
            {
                (sets.Active, hasher.Hash), (sets.Plaintext, t => t), (sets.Older, olderHasher.Hash), (sets.PlaintextNoRehash, t => t), (sets.Warm, hasher.Hash),
            })
            {
                foreach (var token in tokens)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(++id);
                    await writer.WriteAsync(store(token));
                }
            }

            await writer.CompleteAsync();
        }

        await using (var index = new NpgsqlCommand($"CREATE INDEX ON \"{schema}\".accounts (token); ANALYZE \"{schema}\".accounts", connection))
        {
            await index.ExecuteNonQueryAsync();
        }

        return sets;
    }

    /// <summary>
    /// The mean round trip of the scheme's lookup statement alone, serial, 2,000 times: on one open connection, and with a
    /// connection taken from a pool and returned for every statement (what the component does), with and without the
    /// state reset Npgsql sends when a pooled connection is reused.
    /// </summary>
    public async Task<(double Held, double Pooled, double PooledNoReset)> LookupRoundTripMicrosAsync(TokenHasher hasher, string token)
    {
        var candidates = new TokenVerifier(hasher).GetLookupValues(token).Concat(TokenVerifier.GetLegacyLookupValues(token)).ToArray();
        var sql = $"SELECT id, token FROM \"{schema}\".accounts WHERE token = ANY(@c) ORDER BY id";
        const int Rounds = 2_000;
        double held;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("c", candidates);
            await command.PrepareAsync();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < Rounds; i++)
            {
                await ReadAllAsync(command);
            }

            held = Stopwatch.GetElapsedTime(started).TotalMicroseconds / Rounds;
        }

        async Task<double> PooledAsync(bool noReset)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 4, NoResetOnClose = noReset, ApplicationName = $"login-bench-{noReset}" };
            await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
            var started = 0L;
            for (var i = -100; i < Rounds; i++)
            {
                // The first hundred warm the pool and let auto-preparation kick in.
                started = i == 0 ? Stopwatch.GetTimestamp() : started;
                await using var connection = await dataSource.OpenConnectionAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("c", candidates);
                await ReadAllAsync(command);
            }

            return Stopwatch.GetElapsedTime(started).TotalMicroseconds / Rounds;
        }

        return (held, await PooledAsync(false), await PooledAsync(true));
    }

    public async Task DropAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string[] Tokens(int count) => [.. Enumerable.Range(0, count).Select(_ => TokenGenerator.Generate())];

    private static async Task ReadAllAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }
}
