using Entsoe.Transparency.Migrator.Failures;

namespace Entsoe.Transparency.Migrator.Storage;

/// <summary>A provider name that is known but not built into this version: every use is a configuration error (exit 2).</summary>
/// <param name="name">The provider name.</param>
/// <param name="dialect">Its quoting rules.</param>
internal sealed class UnavailableProvider(string name, SqlDialect dialect) : ITokenStoreProvider
{
    public string Name => name;

    public SqlDialect Dialect => dialect;

    public IReadOnlyList<string> Residue => [];

    public string DescribeConnection(string connectionString) => throw NotAvailable();

    public bool HasPassword(string connectionString) => false;

    public IReadOnlyList<string> SecretsOf(string connectionString) => [];

    public Task<ITokenStore> OpenAsync(string connectionString, TableTarget target, StoreOpenOptions options, CancellationToken cancellationToken) =>
        throw NotAvailable();

    private ConfigurationException NotAvailable() =>
        new($"The {name} provider is not available in this build of entsoe-tokens; use --provider sqlite or a build that includes {name}.");
}
