namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>A fact that needs the PostgreSQL server of <c>TOOLKIT_POSTGRES</c> (see <see cref="CiRequiredFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute() : CiRequiredFactAttribute(PostgresEnvironment.MissingReason);
