using System.CommandLine;

namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>The connection, table and key options every command accepts, so one command line serves plan through verify.</summary>
internal sealed class SharedOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Database engine: sqlite, postgres or sqlserver.",
        HelpName = "sqlite|postgres|sqlserver",
        Recursive = true,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string. Prefer --connection-env or --config when it holds a password: a command line is visible to other users.",
        HelpName = "string",
        Recursive = true,
    };

    public Option<string?> ConnectionEnv { get; } = new("--connection-env")
    {
        Description = "Name of the environment variable holding the connection string (e.g. TOKENS_DB).",
        HelpName = "VAR",
        Recursive = true,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "JSON file with any of: provider, connection, connectionEnv, schema, table, keyColumn, tokenColumn, hashColumn, keysFile, batchSize. Command-line options win.",
        HelpName = "file.json",
        Recursive = true,
    };

    public Option<string?> Schema { get; } = new("--schema")
    {
        Description = "Schema of the table (PostgreSQL/SQL Server; attached database name on SQLite). Default: the connection's default.",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> Table { get; } = new("--table")
    {
        Description = "Table holding the accounts' tokens.",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> KeyColumn { get; } = new("--key-column")
    {
        Description = "Unique account key column (integer or text).",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> TokenColumn { get; } = new("--token-column")
    {
        Description = "Column holding today's tokens.",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> HashColumn { get; } = new("--hash-column")
    {
        Description = "Two-column mode: write the hash to this column and set the token column to NULL in the same UPDATE (for uniqueidentifier or too narrow token columns).",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> KeysFile { get; } = new("--keys-file")
    {
        Description = "Key ring JSON file ({\"active\":\"k2026\",\"keys\":{...}}); otherwise the ENTSOE_TOKEN_KEYS environment variable. Never pass key material as an argument.",
        HelpName = "file",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Per-batch lines and stack traces on errors (never a secret).",
        Recursive = true,
    };

    public IEnumerable<Option> All =>
        [Provider, Connection, ConnectionEnv, Config, Schema, Table, KeyColumn, TokenColumn, HashColumn, KeysFile, Verbose];
}
