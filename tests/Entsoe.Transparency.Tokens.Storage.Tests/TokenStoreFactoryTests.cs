namespace Entsoe.Transparency.Tokens.Storage.Tests;

public sealed class TokenStoreFactoryTests
{
    private const string Canary = "pw-canary-5d1e7b";

    [Fact]
    public void ToString_ConnectionStringWithPassword_NamesEngineAndTableOnly()
    {
        var factory = new TokenStoreFactory(
            TokenStoreProviders.Get("postgres"),
            $"Host=db.example;Database=tp;Username=migrator;Password={Canary}",
            TableTarget.Create("public", "accounts", "id", "token", null));

        var text = factory.ToString();

        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("db.example", text, StringComparison.Ordinal);
        Assert.Equal("TokenStoreFactory(postgres, public.accounts)", text);
    }

    [Fact]
    public async Task OpenAsync_SqliteFile_OpensAStoreOnTheTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factory-{Guid.NewGuid():N}.db");
        try
        {
            SqliteSampleAccounts.Create(path, [(1, "a@example.org", null)]);
            var factory = new TokenStoreFactory(
                TokenStoreProviders.Get("sqlite"),
                $"Data Source={path}",
                TableTarget.Create(null, SqliteSampleAccounts.Table, SqliteSampleAccounts.KeyColumn, SqliteSampleAccounts.TokenColumn, null));

            var store = await factory.OpenAsync(StoreOpenOptions.ReadOnly, CancellationToken.None);
            await using (store)
            {
                Assert.Equal(1, await store.CountRowsAsync(CancellationToken.None));
                Assert.Same(factory.Target, store.Target);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
