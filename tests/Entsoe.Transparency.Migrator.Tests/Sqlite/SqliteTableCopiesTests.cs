using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary><c>plan</c> names this table's own triggers among what hashing cannot erase.</summary>
public sealed class SqliteTableCopiesTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Plan_TableWithAnAuditTrigger_ListsItFirstUnderWhatHashingCannotErase()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("audit.db"), 20);
        accounts.Execute(
            "CREATE TABLE audit (id int, old text); "
            + "CREATE TRIGGER audit_tokens AFTER UPDATE OF token ON accounts BEGIN INSERT INTO audit VALUES (OLD.id, OLD.token); END; "
            + "CREATE TABLE other (id int); CREATE TRIGGER not_ours AFTER INSERT ON other BEGIN SELECT 1; END;");

        var plan = await CliRunner.RunAsync(["plan", .. accounts.TableArguments(keys.Path)]);

        Assert.True(plan.ExitCode == 0, plan.ToString());
        var residue = plan.Out[plan.Out.IndexOf("What hashing cannot erase:", StringComparison.Ordinal)..].Split('\n');
        Assert.StartsWith("  - Trigger 'audit_tokens' runs on this table", residue[1], StringComparison.Ordinal);
        Assert.DoesNotContain("not_ours", plan.Out, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
