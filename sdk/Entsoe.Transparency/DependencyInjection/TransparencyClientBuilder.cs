using Microsoft.Extensions.DependencyInjection;

namespace Entsoe.Transparency;

/// <summary>The builder <see cref="TransparencyServiceCollectionExtensions"/> returns.</summary>
internal sealed class TransparencyClientBuilder(IServiceCollection services) : ITransparencyClientBuilder
{
    public IServiceCollection Services { get; } = services;
}
