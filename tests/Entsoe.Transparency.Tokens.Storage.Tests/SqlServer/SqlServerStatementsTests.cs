using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

/// <summary>SQL Server cannot run here: every statement the store can send is parsed as SQL Server 2022 would parse it.</summary>
public sealed class SqlServerStatementsTests
{
    public static TheoryData<string, string, string> EveryStatement()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (variant, statements) in SqlServerStatements.AllVariants())
        {
            foreach (var (name, sql) in statements.All())
            {
                data.Add(variant, name, sql);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatement))]
    public void All_EveryVariant_ParsesAsTSql(string variant, string name, string sql)
    {
        var script = TSqlParse.Valid(sql);

        Assert.True(TSqlParse.Statements(script).Count > 0, $"{variant} / {name}: no statement");
    }

    [Fact]
    public void AllVariants_CoverSchemaModesAndTokenTypes()
    {
        var variants = SqlServerStatements.AllVariants().ToList();

        Assert.Contains(variants, v => v.Statements.Update.Contains("SET t.[api_token_hash] = s.new, t.[api_token] = NULL", StringComparison.Ordinal));
        Assert.Contains(variants, v => v.Statements.Update.Contains("SET t.[api_token] = s.new FROM [dbo].[accounts]", StringComparison.Ordinal));
        Assert.Contains(variants, v => v.Statements.ReadFirst.Contains("CONVERT(nvarchar(36), [api_token])", StringComparison.Ordinal));
        Assert.Contains(variants, v => v.Statements.ReadFirst.Contains("FROM [tp$data].[user accounts]", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_InPlace_IsOneJoinedUpdateGuardedByTheOldValue()
    {
        var statements = new SqlServerStatements(TableTarget.Create("dbo", "accounts", "id", "token", null), tokenIsUuid: false, TimeSpan.FromSeconds(5));

        var update = Assert.IsType<UpdateStatement>(Assert.Single(TSqlParse.Statements(TSqlParse.Valid(statements.Update))));

        Assert.NotNull(update.UpdateSpecification.FromClause);
        Assert.NotNull(update.UpdateSpecification.WhereClause);
        Assert.Contains("t.[token] COLLATE Latin1_General_BIN2 = s.old COLLATE Latin1_General_BIN2", statements.Update, StringComparison.Ordinal);
        Assert.Contains("INNER JOIN #entsoe_batch AS s ON t.[id] = s.k", statements.Update, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_HashColumn_GuardsTokenAndEmptyHashAndClearsToken()
    {
        var statements = new SqlServerStatements(TableTarget.Create("dbo", "accounts", "id", "token", "token_hash"), tokenIsUuid: true, TimeSpan.FromSeconds(5));

        Assert.Contains("t.[token_hash] = s.new, t.[token] = NULL", statements.Update, StringComparison.Ordinal);
        Assert.Contains("WHERE t.[token] = s.old AND t.[token_hash] IS NULL", statements.Update, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionSetup_SetsXactAbortAndTheLockTimeoutInMilliseconds()
    {
        var statements = new SqlServerStatements(TableTarget.Create(null, "t", "k", "v", null), tokenIsUuid: false, TimeSpan.FromSeconds(7));

        var parsed = TSqlParse.Statements(TSqlParse.Valid(statements.SessionSetup));

        Assert.Contains(parsed, s => s is PredicateSetStatement { Options: SetOptions.XactAbort, IsOn: true });
        Assert.Contains(parsed, s => s is SetCommandStatement);
        Assert.Contains("SET LOCK_TIMEOUT 7000;", statements.SessionSetup, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBatchTable_CopiesColumnTypesFromTheTableOnce()
    {
        var statements = new SqlServerStatements(TableTarget.Create("app", "accounts", "id", "token", "hash"), tokenIsUuid: false, TimeSpan.FromSeconds(5));

        Assert.StartsWith("IF OBJECT_ID(N'tempdb..#entsoe_batch') IS NULL SELECT TOP (0) t.[id] AS k, t.[token] AS old, t.[hash] AS new INTO #entsoe_batch FROM [app].[accounts] AS t;", statements.CreateBatchTable, StringComparison.Ordinal);
        Assert.EndsWith("TRUNCATE TABLE #entsoe_batch;", statements.CreateBatchTable, StringComparison.Ordinal);
    }

    [Fact]
    public void FindByStoredValues_UuidTokenColumn_ConvertsCandidatesWithTryConvert()
    {
        var statements = new SqlServerStatements(TableTarget.Create("dbo", "accounts", "id", "token", "hash"), tokenIsUuid: true, TimeSpan.FromSeconds(5));

        var sql = statements.FindByStoredValues(2);

        Assert.Contains("[token] IN (TRY_CONVERT(uniqueidentifier, @c0), TRY_CONVERT(uniqueidentifier, @c1))", sql, StringComparison.Ordinal);
        Assert.Contains("OR [hash] IN (@c0, @c1)", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("select", "[select]")]
    [InlineData("user accounts", "[user accounts]")]
    [InlineData("tp$data", "[tp$data]")]
    public void Quote_AwkwardNames_AreBracketed(string name, string quoted)
    {
        Assert.Equal(quoted, BracketDialect.Instance.Quote(name));
    }

    [Fact]
    public void All_TableSchemaAndColumnNames_AreAlwaysBracketQuoted()
    {
        var target = TableTarget.Create("tp$data", "user accounts", "account id", "security-token", "token hash");
        string[] names = ["tp$data", "user accounts", "account id", "security-token", "token hash"];
        foreach (var uuid in new[] { false, true })
        {
            foreach (var (name, sql) in new SqlServerStatements(target, uuid, TimeSpan.FromSeconds(1)).All())
            {
                var identifiers = new IdentifierCollector();
                TSqlParse.Valid(sql).Accept(identifiers);

                var ours = identifiers.Found.Where(i => names.Contains(i.Value)).ToList();
                Assert.True(ours.Count > 0 || name is "SessionSetup" or "DescribeColumns" or "KeyIsUnique" or "Indexes" or "TableCopies", $"{name}: names no column of the table");
                foreach (var identifier in ours)
                {
                    Assert.True(identifier.QuoteType == QuoteType.SquareBracket, $"{name}: {identifier.Value} is not bracket-quoted");
                }
            }
        }
    }

    private sealed class IdentifierCollector : TSqlFragmentVisitor
    {
        public List<Identifier> Found { get; } = [];

        public override void Visit(Identifier node)
        {
            Found.Add(node);
            base.Visit(node);
        }
    }
}
