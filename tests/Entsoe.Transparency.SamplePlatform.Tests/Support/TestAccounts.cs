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

    private static readonly string[] Names = ["alice", "bob", "carol"];
    private readonly TokenKeyRing oldRing;

    /// <param name="temp">Where the database and key file go.</param>
    /// <param name="seed">The rows, given the older key's hasher (for rows hashed before a key rotation); alice and bob by default.</param>
    public TestAccounts(TempDirectory temp, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>>? seed = null)
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
        SqliteSampleAccounts.Create(DatabasePath, seed?.Invoke(OldHasher) ?? [(1, "alice@example.com", AliceToken), (2, "bob@example.com", null)]);
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

    /// <summary>
    /// The server's configuration for this table: connection, keys and users (hashed with few iterations: tests sign in
    /// often). Users alice, bob, carol, user4, ... own <paramref name="userAccounts"/> (accounts 1, 2, 3 by default).
    /// </summary>
    public Dictionary<string, string?> Configuration(IReadOnlyList<long>? userAccounts = null)
    {
        userAccounts ??= [1, 2, 3];
        var settings = new Dictionary<string, string?>
        {
            ["SamplePlatform:Provider"] = "sqlite",
            ["SamplePlatform:ConnectionString"] = $"Data Source={DatabasePath}",
            ["SamplePlatform:KeysFile"] = KeysPath,
        };
        for (var i = 0; i < userAccounts.Count; i++)
        {
            settings[$"SamplePlatform:Users:{i}:UserName"] = UserName(i);
            settings[$"SamplePlatform:Users:{i}:AccountId"] = userAccounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[$"SamplePlatform:Users:{i}:PasswordHash"] = PasswordHashing.Hash(Password, iterations: 1_000);
        }

        return settings;
    }

    /// <summary>The name of the user owning the <paramref name="index"/>-th of <see cref="Configuration"/>'s accounts.</summary>
    public static string UserName(int index) => index < Names.Length ? Names[index] : $"user{index + 1}";

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
