using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

/// <summary>
/// Parses T-SQL the way SQL Server 2022 would (<see cref="TSql160Parser"/>), so a statement the
/// provider sends is at least syntactically valid although no server runs here.
/// </summary>
public static class TSqlParse
{
    /// <summary>Parses <paramref name="sql"/>; fails the test listing every error with its line and column.</summary>
    public static TSqlScript Valid(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        if (errors.Count > 0)
        {
            var lines = errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}");
            Assert.Fail($"T-SQL does not parse ({errors.Count} error(s)):{Environment.NewLine}" +
                string.Join(Environment.NewLine, lines) + Environment.NewLine + "--- statement ---" +
                Environment.NewLine + sql);
        }

        return Assert.IsType<TSqlScript>(fragment);
    }

    /// <summary>Every statement of a parsed script, in order, across batches.</summary>
    public static IReadOnlyList<TSqlStatement> Statements(TSqlScript script) =>
        [.. script.Batches.SelectMany(b => b.Statements)];
}
