using System.Net;
using System.Text.RegularExpressions;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>A signed-in user's HTTP session with the account page, as a browser would post its forms (cookies, antiforgery).</summary>
public sealed partial class PageClient : IDisposable
{
    private readonly HttpClient http;

    public PageClient(Uri server)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = server };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var form = await GetPageAsync("/signin");
        return await PostAsync("/signin", new() { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = form.Antiforgery });
    }

    public async Task<(string Html, string Antiforgery, string? Seen)> GetPageAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (html, Field(html, "__RequestVerificationToken") ?? string.Empty, Field(html, "seen"));
    }

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string?> fields) =>
        http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!))));

    /// <summary>Opens the confirmation dialog and presses "Generate and overwrite" (or, without a token, "Generate a new token").</summary>
    public async Task<HttpResponseMessage> GenerateAsync(bool overwrite)
    {
        var page = await GetPageAsync(overwrite ? "/account/confirm" : "/account");
        return await PostAsync("/account/generate", new()
        {
            ["seen"] = page.Seen,
            ["overwrite"] = overwrite ? "true" : null,
            ["__RequestVerificationToken"] = page.Antiforgery,
        });
    }

    /// <summary>The token a Figure 4 page shows; null when it shows none.</summary>
    public static string? ShownToken(string html) => TokenElement().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public void Dispose() => http.Dispose();

    private static string? Field(string html, string name)
    {
        var match = Regex.Match(html, $"""name="{Regex.Escape(name)}"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="{Regex.Escape(name)}" """.TrimEnd());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : null;
    }

    [GeneratedRegex("""<code id="new-token" data-token>([^<]*)</code>""")]
    private static partial Regex TokenElement();
}
