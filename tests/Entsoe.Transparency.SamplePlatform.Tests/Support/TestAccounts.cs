using System.Globalization;
using Entsoe.Transparency.SamplePlatform.SignIn;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// A SQLite accounts table and key ring for one test, and the sign-in users of the server: by default "alice" owns
/// account 1 (which has a plaintext token from before the migration) and "bob" account 2 (no token).
/// </summary>
public sealed class TestAccounts : IAccountsUnderTest, IDisposable
{
    public const string Password = "correct horse battery staple";

    private static readonly string[] Names = ["alice", "bob", "carol"];

    /// <param name="temp">Where the database and key file go.</param>
    /// <param name="seed">The rows, given the older key's hasher (for rows hashed before a key rotation); alice and bob by default.</param>
    public TestAccounts(TempDirectory temp, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>>? seed = null)
    {
        DatabasePath = temp.File("accounts.db");
        Keys = new TestKeys(temp);
        AliceToken = TokenGenerator.Generate();
        SqliteSampleAccounts.Create(DatabasePath, seed?.Invoke(Keys.OldHasher) ?? [(1, "alice@example.com", AliceToken), (2, "bob@example.com", null)]);
        Stores = new TokenStoreFactory(TokenStoreProviders.Get("sqlite"), ConnectionString, Target);
        ToolArguments = ["--provider", "sqlite", "--connection", ConnectionString, .. TableArguments(null), "--keys-file", Keys.Path];
    }

    /// <summary>The sample's table mapping in <paramref name="schema"/>.</summary>
    public static TableTarget TargetIn(string? schema) =>
        TableTarget.Create(schema, SqliteSampleAccounts.Table, SqliteSampleAccounts.KeyColumn, SqliteSampleAccounts.TokenColumn, null);

    public string DatabasePath { get; }

    public TestKeys Keys { get; }

    public TokenHasher Hasher => Keys.Hasher;

    public TokenVerifier Verifier => Keys.Verifier;

    /// <summary>Account 1's token before any overwrite.</summary>
    public string AliceToken { get; }

    public TokenStoreFactory Stores { get; }

    public IReadOnlyList<string> ToolArguments { get; }

    public IReadOnlyDictionary<string, string> ToolEnvironment { get; } = new Dictionary<string, string>();

    public IReadOnlyList<string> ConnectionSecrets { get; } = [];

    private string ConnectionString => $"Data Source={DatabasePath}";

    private static TableTarget Target => TargetIn(null);

    /// <summary>The tool's <c>--schema</c>, <c>--table</c>, <c>--key-column</c> and <c>--token-column</c> for the sample's table.</summary>
    public static IEnumerable<string> TableArguments(string? schema) =>
        [.. schema is null ? [] : new[] { "--schema", schema }, "--table", Target.Table, "--key-column", Target.KeyColumn, "--token-column", Target.TokenColumn];

    public Dictionary<string, string?> Configuration(IReadOnlyList<long>? userAccounts = null)
    {
        var settings = UserSettings(userAccounts);
        settings["SamplePlatform:Provider"] = "sqlite";
        settings["SamplePlatform:ConnectionString"] = ConnectionString;
        settings["SamplePlatform:KeysFile"] = Keys.Path;
        return settings;
    }

    /// <summary>
    /// The server's users (hashed with few iterations: tests sign in often): alice, bob, carol, user4, ... own
    /// <paramref name="userAccounts"/> (accounts 1, 2, 3 by default), all with <see cref="Password"/>.
    /// </summary>
    public static Dictionary<string, string?> UserSettings(IReadOnlyList<long>? userAccounts)
    {
        userAccounts ??= [1, 2, 3];
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < userAccounts.Count; i++)
        {
            settings[$"SamplePlatform:Users:{i}:UserName"] = UserName(i);
            settings[$"SamplePlatform:Users:{i}:AccountId"] = userAccounts[i].ToString(CultureInfo.InvariantCulture);
            settings[$"SamplePlatform:Users:{i}:PasswordHash"] = PasswordHashing.Hash(Password, iterations: 1_000);
        }

        return settings;
    }

    /// <summary>The name of the user owning the <paramref name="index"/>-th of <see cref="UserSettings"/>'s accounts.</summary>
    public static string UserName(int index) => index < Names.Length ? Names[index] : $"user{index + 1}";

    /// <summary>The stored value of account <paramref name="accountId"/>'s token column.</summary>
    public Task<string?> StoredValueAsync(long accountId) => Stores.StoredValueAsync(accountId);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => Keys.Dispose();
}
