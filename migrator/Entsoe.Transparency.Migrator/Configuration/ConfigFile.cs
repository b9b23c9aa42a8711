using System.Text.Json;
using System.Text.Json.Serialization;
using Entsoe.Transparency.Migrator.Failures;

namespace Entsoe.Transparency.Migrator.Configuration;

/// <summary>
/// The <c>--config &lt;json&gt;</c> file: the same settings as the shared options, so one file serves plan through verify.
/// Options on the command line win over the file.
/// </summary>
internal sealed class ConfigFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary><c>sqlite</c>, <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>The connection string (keep the file readable by its owner only when it holds a password).</summary>
    public string? Connection { get; init; }

    /// <summary>The environment variable holding the connection string.</summary>
    public string? ConnectionEnv { get; init; }

    /// <summary>Schema.</summary>
    public string? Schema { get; init; }

    /// <summary>Table.</summary>
    public string? Table { get; init; }

    /// <summary>Key column.</summary>
    public string? KeyColumn { get; init; }

    /// <summary>Token column.</summary>
    public string? TokenColumn { get; init; }

    /// <summary>Hash column (two-column mode).</summary>
    public string? HashColumn { get; init; }

    /// <summary>Key ring file.</summary>
    public string? KeysFile { get; init; }

    /// <summary>Rows per batch.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The file is missing or is not valid.</exception>
    public static ConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"Cannot read the --config file '{path}' ({ex.GetType().Name}); check the path and its permissions.", ex);
        }

        try
        {
            return JsonSerializer.Deserialize<ConfigFile>(text, Options)
                ?? throw new ConfigurationException($"The --config file '{path}' is empty; it must hold a JSON object.");
        }
        catch (JsonException ex)
        {
            // JsonException messages quote a path and a position, never the values around them.
            throw new ConfigurationException(
                $"The --config file '{path}' is not valid: {ex.Path ?? "(root)"} line {ex.LineNumber + 1}. Allowed settings: provider, connection, connectionEnv, "
                + "schema, table, keyColumn, tokenColumn, hashColumn, keysFile, batchSize.");
        }
    }
}
