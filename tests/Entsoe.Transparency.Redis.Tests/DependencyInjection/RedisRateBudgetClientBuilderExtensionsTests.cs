using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Entsoe.Transparency.Redis.Tests.DependencyInjection;

public class RedisRateBudgetClientBuilderExtensionsTests
{
    [RedisFact]
    public async Task UseRedisRateBudget_ResolvedClient_DrawsFromTheSharedBudget()
    {
        await using var platform = await LoopbackPlatform.StartAsync();
        var prefix = RedisEnvironment.NewPrefix();
        var services = new ServiceCollection();
        services.AddTransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), o => o.BaseAddress = platform.Api)
            .UseRedisRateBudget(RedisEnvironment.RequireConfiguration(), r => r.KeyPrefix = prefix);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TransparencyClient>();
        await client.QueryAsync(FleetWorker.Query());

        Assert.Same(provider.GetRequiredService<RedisRateBudget>(), provider.GetRequiredService<IOptions<TransparencyClientOptions>>().Value.RateLimit.SharedBudget);
        Assert.Single(platform.Recorded().Arrivals);
        Assert.NotEmpty(await RedisEnvironment.KeysAsync(prefix));
    }
}
