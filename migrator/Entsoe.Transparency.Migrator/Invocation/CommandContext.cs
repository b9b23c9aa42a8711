using System.CommandLine;
using Entsoe.Transparency.Migrator.Configuration;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>One command's resolved settings: the command line merged over <c>--config</c>, the environment, the key ring.</summary>
internal sealed class CommandContext
{
    private readonly ParseResult parse;
    private readonly SharedOptions options;
    private ConfigFile? config;
    private bool configLoaded;
    private (ITokenStoreProvider Provider, string ConnectionString, TableTarget Target)? resolved;

    public CommandContext(ParseResult parse, SharedOptions options, CliHost host, SecretRedactor redactor)
    {
        this.parse = parse;
        this.options = options;
        Host = host;
        Redactor = redactor;
        Verbose = parse.GetValue(options.Verbose);
    }

    public CliHost Host { get; }

    public SecretRedactor Redactor { get; }

    public bool Verbose { get; }

    public TextWriter Error => Host.Error;

    /// <summary>Writes a line to stderr when --verbose is on.</summary>
    public void Log(string message)
    {
        if (Verbose)
        {
            Host.Error.WriteLine(message);
        }
    }

    /// <summary>A path relative to the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, Host.WorkingDirectory);

    /// <summary>The batch size from the command line, the config file or the engine's default.</summary>
    public int BatchSize(Option<int?> option)
    {
        var value = parse.GetValue(option) ?? Config()?.BatchSize ?? ResolveTable().Provider.DefaultBatchSize;
        if (value < 1 || value > Migration.MigrationOptions.MaxBatchSize)
        {
            throw new ConfigurationException($"--batch-size must be between 1 and {Migration.MigrationOptions.MaxBatchSize:N0}.");
        }

        return value;
    }

    /// <summary>The provider, connection string and table, validated; registers the connection's secrets for redaction.</summary>
    public (ITokenStoreProvider Provider, string ConnectionString, TableTarget Target) ResolveTable() => resolved ??= ResolveTableOnce();

    private (ITokenStoreProvider Provider, string ConnectionString, TableTarget Target) ResolveTableOnce()
    {
        var file = Config();
        var provider = TokenStoreProviders.Get(parse.GetValue(options.Provider) ?? file?.Provider);
        var connection = ResolveConnection(provider, file);
        var table = Require(parse.GetValue(options.Table) ?? file?.Table, "--table");
        var key = Require(parse.GetValue(options.KeyColumn) ?? file?.KeyColumn, "--key-column");
        var token = Require(parse.GetValue(options.TokenColumn) ?? file?.TokenColumn, "--token-column");
        var target = TableTarget.Create(parse.GetValue(options.Schema) ?? file?.Schema, table, key, token, parse.GetValue(options.HashColumn) ?? file?.HashColumn);
        Log($"{provider.DescribeConnection(connection)}, table {target.DisplayName}");
        return (provider, connection, target);
    }

    /// <summary>Opens stores on the table (see <see cref="ResolveTable"/>).</summary>
    public TokenStoreFactory StoreFactory()
    {
        var (provider, connection, target) = ResolveTable();
        return new TokenStoreFactory(provider, connection, target);
    }

    /// <summary>Opens a store for the table.</summary>
    public async Task<(ITokenStore Store, ITokenStoreProvider Provider)> OpenStoreAsync(bool forWrites, CancellationToken cancellationToken)
    {
        var factory = StoreFactory();
        var store = await factory.OpenAsync(forWrites ? StoreOpenOptions.Writes : StoreOpenOptions.ReadOnly, cancellationToken).ConfigureAwait(false);
        return (store, factory.Provider);
    }

    /// <summary>The key ring from --keys-file (or the config) or ENTSOE_TOKEN_KEYS; null when neither is given.</summary>
    /// <exception cref="PreflightException">The key ring is given but cannot be used.</exception>
    public TokenKeyRing? LoadKeyRing()
    {
        var path = parse.GetValue(options.KeysFile) ?? Config()?.KeysFile;
        try
        {
            if (path is not null)
            {
                return TokenKeyRing.Load(ResolvePath(path));
            }

            var json = Host.GetEnvironmentVariable(TokenKeyRing.EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(json))
            {
                return null;
            }

            Redactor.Add(json);
            return TokenKeyRing.Parse(json, TokenKeyRing.EnvironmentVariable);
        }
        catch (KeyRingException ex)
        {
            throw new PreflightException($"{ex.Message} Create a key ring with `entsoe-tokens keys new --out <file>`. Nothing was written.", ex);
        }
    }

    /// <summary>The key ring; refuses (exit 4) when there is none.</summary>
    public TokenKeyRing RequireKeyRing() => LoadKeyRing() ?? throw new PreflightException(
        "No key ring: give --keys-file <file> or set ENTSOE_TOKEN_KEYS (create one with `entsoe-tokens keys new --out keys.json`). Nothing was written.");

    private static string Require(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new ConfigurationException($"{option} is required (on the command line or in --config).") : value;

    private string ResolveConnection(ITokenStoreProvider provider, ConfigFile? file)
    {
        var direct = parse.GetValue(options.Connection);
        var variable = parse.GetValue(options.ConnectionEnv);
        if (direct is not null && variable is not null)
        {
            throw new ConfigurationException("Give either --connection or --connection-env, not both.");
        }

        string? connection;
        if (direct is not null)
        {
            connection = direct;
            RegisterSecrets(provider, connection);
            if (provider.HasPassword(connection))
            {
                Host.Error.WriteLine("warning: the connection string on the command line holds a password, which other users can see (ps, shell history); use --connection-env <VAR> or --config instead.");
            }
        }
        else
        {
            variable ??= file?.ConnectionEnv;
            if (variable is not null)
            {
                connection = Host.GetEnvironmentVariable(variable);
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new ConfigurationException($"The environment variable '{variable}' named by --connection-env is not set or empty; export the connection string in it.");
                }
            }
            else
            {
                connection = file?.Connection ?? throw new ConfigurationException("A connection is required: --connection-env <VAR> (recommended), --connection <string> or --config <file>.");
            }

            RegisterSecrets(provider, connection);
        }

        return connection;
    }

    // The whole string and each secret in it, so a driver message quoting only the password is redacted too.
    private void RegisterSecrets(ITokenStoreProvider provider, string connection)
    {
        Redactor.Add(connection);
        foreach (var secret in provider.SecretsOf(connection))
        {
            Redactor.Add(secret);
        }
    }

    private ConfigFile? Config()
    {
        if (!configLoaded)
        {
            var path = parse.GetValue(options.Config);
            config = path is null ? null : ConfigFile.Load(ResolvePath(path));
            configLoaded = true;
            if (config?.Connection is { } connection)
            {
                Redactor.Add(connection);
            }
        }

        return config;
    }
}
