using System.Globalization;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Preflight;

/// <summary>
/// The checks before anything is written (docs/design.md §3): the table and columns exist, the key is unique and integer or
/// text, the column that receives hashes can hold them. Each refusal says what to do.
/// </summary>
internal static class TablePreflight
{
    /// <summary>Checks <paramref name="description"/> and returns the key kind.</summary>
    /// <param name="description">What the store found.</param>
    /// <param name="target">What the user asked for.</param>
    /// <param name="storedLength">The length of the values that will be written (<c>StoredFormat.HmacLength(activeKeyId.Length)</c>).</param>
    /// <exception cref="PreflightException">A check failed.</exception>
    public static KeyKind Check(TableDescription description, TableTarget target, int storedLength)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(target);
        if (!description.TableExists)
        {
            throw new PreflightException(
                $"Table '{target.DisplayName}' was not found; check --table and --schema (and that the connection points at the right database). Nothing was written.");
        }

        var key = description.Key ?? throw MissingColumn(target, target.KeyColumn, "--key-column");
        var token = description.Token ?? throw MissingColumn(target, target.TokenColumn, "--token-column");
        if (!description.KeyIsUnique)
        {
            throw new PreflightException(
                $"Column '{key.Name}' is not a primary key or unique on its own; batches address rows by key, so --key-column must name a unique column. Nothing was written.");
        }

        var keyKind = key.Category switch
        {
            ColumnCategory.Integer => KeyKind.Integer,
            ColumnCategory.Text or ColumnCategory.Uuid => KeyKind.Text,
            _ => throw new PreflightException(
                $"Key column '{key.Name}' is {key.DataType}; only integer and text keys are supported. Nothing was written."),
        };

        if (target.HashColumn is null)
        {
            CheckWidth(token, storedLength, hashColumnMode: false);
        }
        else
        {
            var hash = description.Hash ?? throw MissingColumn(target, target.HashColumn, "--hash-column");
            CheckWidth(hash, storedLength, hashColumnMode: true);
            if (!token.IsNullable)
            {
                throw new PreflightException(
                    $"Token column '{token.Name}' is NOT NULL, but --hash-column mode sets it to NULL after moving the hash; "
                    + $"allow NULL (e.g. ALTER TABLE {target.DisplayName} ALTER COLUMN {token.Name} DROP NOT NULL) and rerun. Nothing was written.");
            }
        }

        return keyKind;
    }

    private static void CheckWidth(ColumnDescription column, int storedLength, bool hashColumnMode)
    {
        var hint = hashColumnMode
            ? string.Create(CultureInfo.InvariantCulture, $"widen it to varchar({storedLength}) or more")
            : string.Create(CultureInfo.InvariantCulture, $"widen it to varchar({storedLength}) or more, or add a varchar({storedLength}) column and rerun with --hash-column <name>");
        switch (column.Category)
        {
            case ColumnCategory.Uuid:
                throw new PreflightException(
                    $"Column '{column.Name}' is {column.DataType} and cannot hold a stored hash ({storedLength} characters); "
                    + $"add a varchar({storedLength}) column and rerun with --hash-column <name>. Nothing was written.");
            case ColumnCategory.Text when column.MaxLength is { } width && width < storedLength:
                throw new PreflightException(string.Create(CultureInfo.InvariantCulture,
                    $"Column '{column.Name}' is {column.DataType} ({width} characters) but the stored format needs {storedLength}; {hint}. Nothing was written."));
            case ColumnCategory.Text:
                return;
            default:
                throw new PreflightException(
                    $"Column '{column.Name}' is {column.DataType}, not a character type; stored hashes are {storedLength}-character text; {hint}. Nothing was written.");
        }
    }

    private static PreflightException MissingColumn(TableTarget target, string column, string option) =>
        new($"Column '{column}' was not found in table '{target.DisplayName}'; check {option}. Nothing was written.");
}
