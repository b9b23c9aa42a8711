using System.Security.Cryptography;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;
using Npgsql;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// The sample's accounts table in a scratch schema of the PostgreSQL server named by <c>TOOLKIT_POSTGRES</c>, seeded by
/// binary COPY and dropped with the schema at the end. The tool gets the connection string in its environment.
/// </summary>
public sealed class PostgresAccounts : IAccountsUnderTest
{
    public const string ConnectionVariable = "SAMPLE_PLATFORM_E2E_POSTGRES";

    private readonly string connectionString;
    private readonly string schema;

    private PostgresAccounts(string connectionString, string schema, TestKeys keys)
    {
        this.connectionString = connectionString;
        this.schema = schema;
        Keys = keys;
        Stores = new TokenStoreFactory(TokenStoreProviders.Get("postgres"), connectionString, TestAccounts.TargetIn(schema));
        ToolArguments = ["--provider", "postgres", "--connection-env", ConnectionVariable, .. TestAccounts.TableArguments(schema), "--keys-file", keys.Path];
        ToolEnvironment = new Dictionary<string, string> { [ConnectionVariable] = connectionString };
        ConnectionSecrets = [new NpgsqlConnectionStringBuilder(connectionString).Password ?? string.Empty];
    }

    public TestKeys Keys { get; }

    public TokenStoreFactory Stores { get; }

    public IReadOnlyList<string> ToolArguments { get; }

    public IReadOnlyDictionary<string, string> ToolEnvironment { get; }

    public IReadOnlyList<string> ConnectionSecrets { get; }

    public static async Task<PostgresAccounts> CreateAsync(TempDirectory temp, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>> seed)
    {
        var connectionString = PostgresEnvironment.RequireConnectionString();
        var schema = $"sp_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var keys = new TestKeys(temp);
        var accounts = new PostgresAccounts(connectionString, schema, keys);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            $"""
            CREATE SCHEMA "{schema}";
            CREATE TABLE "{schema}".accounts (account_id bigint PRIMARY KEY, email text NOT NULL, api_token varchar(80) NULL);
            """, connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"""COPY "{schema}".accounts (account_id, email, api_token) FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (key, email, token) in seed(keys.OldHasher))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(key);
                await writer.WriteAsync(email);
                await writer.WriteAsync(token);
            }

            await writer.CompleteAsync();
        }

        await using (var index = new NpgsqlCommand($"""CREATE INDEX ON "{schema}".accounts (api_token); ANALYZE "{schema}".accounts;""", connection))
        {
            await index.ExecuteNonQueryAsync();
        }

        return accounts;
    }

    public Dictionary<string, string?> Configuration(IReadOnlyList<long>? userAccounts = null)
    {
        var settings = TestAccounts.UserSettings(userAccounts);
        settings["SamplePlatform:Provider"] = "postgres";
        settings["SamplePlatform:ConnectionString"] = connectionString;
        settings["SamplePlatform:Schema"] = schema;
        settings["SamplePlatform:KeysFile"] = Keys.Path;
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"""DROP SCHEMA IF EXISTS "{schema}" CASCADE""", connection);
        await drop.ExecuteNonQueryAsync();
        Keys.Dispose();
    }
}
