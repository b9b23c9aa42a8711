namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>A fact that drives the installed Chromium (see <see cref="CiRequiredFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute() : CiRequiredFactAttribute(Chromium.MissingReason);
