using Entsoe.Transparency.SamplePlatform;

await using var app = SamplePlatformApp.Build(args);
await app.RunAsync();
