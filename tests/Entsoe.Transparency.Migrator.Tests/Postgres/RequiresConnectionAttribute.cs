namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// Marks a test class (typically a provider's subclass of the contract suite, whose inherited facts cannot carry their
/// own skip) as needing a database named by an environment variable. When the variable is unset, every test of the
/// class is reported skipped with a message naming it, unless <see cref="RequiredInCi"/> is true and <c>CI=true</c>: then
/// the tests run and fail loudly. Applied by <see cref="ConnectionGatedTestFramework"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresConnectionAttribute(string variable) : Attribute
{
    /// <summary>The environment variable holding the connection string.</summary>
    public string Variable { get; } = variable;

    /// <summary>True when CI always provides the database (PostgreSQL), so a missing variable there is a failure.</summary>
    public bool RequiredInCi { get; init; }

    /// <summary>The skip message, or null when the tests should run.</summary>
    public static string? SkipReason(string variable, bool requiredInCi, string? value, bool isCi) =>
        !string.IsNullOrEmpty(value) || (requiredInCi && isCi)
            ? null
            : $"These tests need the environment variable {variable} (a connection string to a test database); it is not set.";
}
