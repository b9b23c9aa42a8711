using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Hosting;

/// <summary>
/// The accounts table and the key ring the server works with, resolved once at start-up. Without a connection string
/// the SQLite demo database in the data directory is used, and created with three accounts when missing: one with a
/// token from before the migration (plaintext), one without a token, one already hashed.
/// </summary>
internal sealed class AccountsDatabase : IDisposable
{
    private AccountsDatabase(TokenStoreFactory stores, TokenKeyRing keyRing)
    {
        Stores = stores;
        KeyRing = keyRing;
        Hasher = TokenHasher.Create(keyRing);
    }

    /// <summary>Opens stores on the accounts table.</summary>
    public TokenStoreFactory Stores { get; }

    /// <summary>The keys tokens are hashed with.</summary>
    public TokenKeyRing KeyRing { get; }

    /// <summary>Hashes new tokens with the active key.</summary>
    public TokenHasher Hasher { get; }

    /// <summary>Resolves the table and keys from <paramref name="options"/>.</summary>
    /// <exception cref="StoreConfigurationException">A setting is not acceptable.</exception>
    /// <exception cref="KeyRingException">The key ring cannot be read.</exception>
    public static AccountsDatabase Open(SamplePlatformOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = TokenStoreProviders.Get(options.Provider);
        var target = TableTarget.Create(options.Schema, options.Table, options.KeyColumn, options.TokenColumn, hashColumn: null);
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        var demo = options.ConnectionString is null;
        if (demo && provider.Name != "sqlite")
        {
            throw new StoreConfigurationException($"SamplePlatform:ConnectionString is required for the {provider.Name} engine.");
        }

        var keyRing = LoadKeyRing(options, dataDirectory, createDemoKeys: demo);
        var connectionString = options.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "accounts.db")}";
        var database = new AccountsDatabase(new TokenStoreFactory(provider, connectionString, target), keyRing);
        if (demo)
        {
            database.CreateDemoAccountsIfMissing(Path.Combine(dataDirectory, "accounts.db"), target);
        }

        return database;
    }

    /// <summary>Zeroes the keys.</summary>
    public void Dispose()
    {
        Hasher.Dispose();
        KeyRing.Dispose();
    }

    private static TokenKeyRing LoadKeyRing(SamplePlatformOptions options, string dataDirectory, bool createDemoKeys)
    {
        if (options.KeysFile is not null)
        {
            return TokenKeyRing.Load(options.KeysFile);
        }

        if (TokenKeyRing.FromEnvironment() is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (!createDemoKeys)
        {
            throw new KeyRingException($"No key ring: set SamplePlatform:KeysFile or {TokenKeyRing.EnvironmentVariable}.");
        }

        var path = Path.Combine(dataDirectory, "keys.json");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            using var ring = TokenKeyRing.Generate("demo");
            var owner = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                owner.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, owner);
            ring.WriteSecretJson(file);
        }

        return TokenKeyRing.Load(path);
    }

    private void CreateDemoAccountsIfMissing(string path, TableTarget target)
    {
        if (File.Exists(path))
        {
            return;
        }

        if (target.Table != SqliteSampleAccounts.Table || target.KeyColumn != SqliteSampleAccounts.KeyColumn || target.TokenColumn != SqliteSampleAccounts.TokenColumn)
        {
            throw new StoreConfigurationException(
                $"The demo database has the table {SqliteSampleAccounts.Table}({SqliteSampleAccounts.KeyColumn}, {SqliteSampleAccounts.TokenColumn}); give a connection string for another table.");
        }

        SqliteSampleAccounts.Create(path,
        [
            (1, "alice@example.com", TokenGenerator.Generate()),
            (2, "bob@example.com", null),
            (3, "carol@example.com", Hasher.Hash(TokenGenerator.Generate())),
        ]);
    }
}
