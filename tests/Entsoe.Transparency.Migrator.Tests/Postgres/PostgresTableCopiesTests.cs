using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>DescribeAsync finds the table's own triggers and the publications that replicate it.</summary>
public sealed class PostgresTableCopiesTests
{
    [PostgresFact]
    public async Task DescribeAsync_TriggerAndPublication_AreReportedAsCopies()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("copies");
        var table = $"\"{schema.Name}\".accounts";
        var publication = $"pub_{schema.Name}";
        await schema.ExecuteAsync(
            $"CREATE TABLE {table} (id bigint PRIMARY KEY, token varchar(80)); CREATE TABLE \"{schema.Name}\".other (id int); "
            + $"CREATE FUNCTION \"{schema.Name}\".keep() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; "
            + $"CREATE TRIGGER audit_accounts BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION \"{schema.Name}\".keep(); "
            + $"CREATE TRIGGER not_ours BEFORE UPDATE ON \"{schema.Name}\".other FOR EACH ROW EXECUTE FUNCTION \"{schema.Name}\".keep(); "
            + $"CREATE PUBLICATION \"{publication}\" FOR TABLE {table};");
        try
        {
            var target = TableTarget.Create(schema.Name, "accounts", "id", "token", null);
            await using var store = await new PostgresTokenStoreProvider().OpenAsync(schema.ConnectionString, target, StoreOpenOptions.ReadOnly, CancellationToken.None);

            var copies = (await store.DescribeAsync(CancellationToken.None)).Copies;

            Assert.Equal(
                [new TableCopy(TableCopyKind.Publication, publication), new TableCopy(TableCopyKind.Trigger, "audit_accounts")],
                copies);
        }
        finally
        {
            // A publication lives outside the schema, so dropping the schema does not remove it.
            await schema.ExecuteAsync($"DROP PUBLICATION \"{publication}\"");
        }
    }
}
