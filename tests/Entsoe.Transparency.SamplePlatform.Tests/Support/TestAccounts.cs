using Entsoe.Transparency.SamplePlatform.SignIn;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// A SQLite accounts table and key ring for one test, and the sign-in users of the server: "alice" owns account 1
/// (which has a plaintext token from before the migration), "bob" owns account 2 (no token).
/// </summary>
public sealed class TestAccounts : IDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly TokenKeyRing oldRing;

    public TestAccounts(TempDirectory temp, IEnumerable<(long Key, string Email, string? Token)>? accounts = null)
    {
        DatabasePath = temp.File("accounts.db");
        KeysPath = temp.File("keys.json");
        oldRing = TokenKeyRing.Generate("k2025");
        Ring = oldRing.Rotate("k2026");
        using (var stream = System.IO.File.Create(KeysPath))
        {
            Ring.WriteSecretJson(stream);
        }

        Hasher = TokenHasher.Create(Ring);
        OldHasher = TokenHasher.Create(oldRing);
        Verifier = new TokenVerifier(Hasher);
        AliceToken = TokenGenerator.Generate();
        SqliteSampleAccounts.Create(DatabasePath, accounts ?? [(1, "alice@example.com", AliceToken), (2, "bob@example.com", null)]);
        Stores = new TokenStoreFactory(
            TokenStoreProviders.Get("sqlite"),
            $"Data Source={DatabasePath}",
            TableTarget.Create(null, SqliteSampleAccounts.Table, SqliteSampleAccounts.KeyColumn, SqliteSampleAccounts.TokenColumn, null));
    }

    public string DatabasePath { get; }

    public string KeysPath { get; }

    public TokenKeyRing Ring { get; }

    public TokenHasher Hasher { get; }

    public TokenHasher OldHasher { get; }

    public TokenVerifier Verifier { get; }

    /// <summary>Account 1's token before any overwrite.</summary>
    public string AliceToken { get; }

    public TokenStoreFactory Stores { get; }

    /// <summary>The server's configuration for this table: connection, keys and users (hashed with few iterations: tests sign in often).</summary>
    public Dictionary<string, string?> Configuration(int users = 2)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SamplePlatform:Provider"] = "sqlite",
            ["SamplePlatform:ConnectionString"] = $"Data Source={DatabasePath}",
            ["SamplePlatform:KeysFile"] = KeysPath,
        };
        string[] names = ["alice", "bob", "carol"];
        for (var i = 0; i < Math.Max(users, names.Length); i++)
        {
            settings[$"SamplePlatform:Users:{i}:UserName"] = i < names.Length ? names[i] : $"user{i + 1}";
            settings[$"SamplePlatform:Users:{i}:AccountId"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[$"SamplePlatform:Users:{i}:PasswordHash"] = PasswordHashing.Hash(Password, iterations: 1_000);
        }

        return settings;
    }

    /// <summary>The stored value of account <paramref name="accountId"/>'s token column.</summary>
    public async Task<string?> StoredValueAsync(long accountId)
    {
        await using var store = await Stores.OpenAsync(StoreOpenOptions.ReadOnly, CancellationToken.None);
        return (await store.ReadRowAsync(RowKey.FromInteger(accountId), CancellationToken.None))?.Token;
    }

    public void Dispose()
    {
        Hasher.Dispose();
        OldHasher.Dispose();
        Ring.Dispose();
        oldRing.Dispose();
    }
}
