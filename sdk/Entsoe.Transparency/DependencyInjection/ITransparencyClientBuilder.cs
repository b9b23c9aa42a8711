using Microsoft.Extensions.DependencyInjection;

namespace Entsoe.Transparency;

/// <summary>
/// What <c>services.AddTransparencyClient(...)</c> returns: the place for extensions that configure the registered
/// client further, such as <c>.UseRedisRateBudget(...)</c> from <c>Entsoe.Transparency.Redis</c>.
/// </summary>
public interface ITransparencyClientBuilder
{
    /// <summary>The service collection the client is registered in.</summary>
    IServiceCollection Services { get; }
}
