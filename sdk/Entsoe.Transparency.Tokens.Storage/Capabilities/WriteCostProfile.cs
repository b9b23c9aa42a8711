namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>What an index on the column that receives the hashes costs an engine's writes, for <c>plan</c>'s estimate.</summary>
public enum WriteCostProfile
{
    /// <summary>Each new hash goes into the index at a random place (PostgreSQL, SQL Server).</summary>
    RandomIndexInserts,

    /// <summary>Each batch's commit writes every index page the batch touched once more (SQLite's WAL).</summary>
    IndexPagesRewrittenPerCommit,
}
