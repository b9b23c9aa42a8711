using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>The fault catalogue: each shape the platform is known to answer with.</summary>
internal static class Scenarios
{
    public static readonly Scenario Ok = new("200 publication document", (ctx, _, _) => Xml(ctx, 200, Bodies.Publication), 1);

    public static readonly Scenario Maintenance503 = new("503 maintenance page, always", (ctx, _, _) => Html(ctx, 503, Bodies.MaintenancePage), 4);

    public static readonly Scenario Empty503ThenOk = new(
        "503 empty twice, then 200",
        (ctx, attempt, _) => attempt <= 2 ? Status(ctx, 503) : Xml(ctx, 200, Bodies.Publication),
        3);

    public static readonly Scenario ResetThenOk = new(
        "connection reset, then 200",
        (ctx, attempt, _) => attempt == 1 ? Reset(ctx) : Xml(ctx, 200, Bodies.Publication),
        2);

    public static readonly Scenario ResetAlways = new("connection reset, always", (ctx, _, _) => Reset(ctx), 4);

    public static readonly Scenario SlowBodyThenOk = new(
        "slow body past the attempt timeout, then 200",
        (ctx, attempt, _) => attempt == 1 ? SlowBody(ctx) : Xml(ctx, 200, Bodies.Publication),
        2,
        o => o.AttemptTimeout = TimeSpan.FromSeconds(20));

    public static readonly Scenario SlowBodyAlways = new(
        "slow body past the attempt timeout, always",
        (ctx, _, _) => SlowBody(ctx),
        4,
        o => o.AttemptTimeout = TimeSpan.FromSeconds(20));

    public static readonly Scenario RetryAfterSeconds = new(
        "429 with Retry-After in seconds, then 200",
        (ctx, attempt, _) => attempt == 1 ? WithRetryAfter(ctx, 429, "30") : Xml(ctx, 200, Bodies.Publication),
        2);

    public static readonly Scenario RetryAfterDate = new(
        "503 with Retry-After as a date, then 200",
        (ctx, attempt, now) => attempt == 1
            ? WithRetryAfter(ctx, 503, now.AddSeconds(45).ToString("R", CultureInfo.InvariantCulture))
            : Xml(ctx, 200, Bodies.Publication),
        2);

    public static readonly Scenario RetryAfterClamped = new(
        "429 with Retry-After of an hour, clamped",
        (ctx, attempt, _) => attempt == 1 ? WithRetryAfter(ctx, 429, "3600") : Xml(ctx, 200, Bodies.Publication),
        2,
        o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(60));

    public static readonly Scenario BanThenOk = new(
        "429 ban for 10 minutes, waited out, then 200",
        (ctx, attempt, now) => attempt == 1 ? Ban(ctx, now.AddMinutes(10)) : Xml(ctx, 200, Bodies.Publication),
        2,
        Step: TimeSpan.FromSeconds(10));

    public static readonly Scenario BanBeyondBudget = new(
        "429 ban for 2 hours, beyond the total timeout",
        (ctx, _, now) => Ban(ctx, now.AddHours(2)),
        1);

    public static readonly Scenario Unauthorized = new("401 HTML page", (ctx, _, _) => Html(ctx, 401, Bodies.UnauthorizedPage), 1);

    // The IOP endpoint answers a rejected token this way: 401 with an acknowledgement whose reason code is 999, the
    // code that in a 200 means "no matching data". The status must win, or a bad token would read as an empty result.
    public static readonly Scenario UnauthorizedAcknowledgement = new(
        "401 acknowledgement with reason 999",
        (ctx, _, _) => Xml(ctx, 401, Bodies.Acknowledgement("999", "Authentication failed.")),
        1);

    public static readonly Scenario BadRequest = new(
        "400 acknowledgement",
        (ctx, _, _) => Xml(ctx, 400, Bodies.Acknowledgement("999", "Mandatory parameter 'in_Domain' is missing.")),
        1);

    public static readonly Scenario TooLarge = new(
        "400 acknowledgement, too much data",
        (ctx, _, _) => Xml(ctx, 400, Bodies.Acknowledgement("999", "The amount of requested data exceeds allowed limit. Requested 1234 documents but allowed 100")),
        1);

    public static readonly Scenario NoData = new("200 acknowledgement, no matching data", (ctx, _, _) => Xml(ctx, 200, Bodies.NoMatchingData), 1);

    public static readonly Scenario NoDataThrows = new(
        "200 acknowledgement, no matching data, exception asked for",
        (ctx, _, _) => Xml(ctx, 200, Bodies.NoMatchingData),
        1,
        o => o.ThrowOnNoMatchingData = true);

    public static readonly Scenario NotFound = new("404", (ctx, _, _) => Status(ctx, 404), 1);

    public static readonly Scenario Zip = new("200 ZIP archive", (ctx, _, _) => Bytes(ctx, 200, "application/zip", Bodies.Zip()), 1);

    public static readonly Scenario EchoingBadRequest = new(
        "400 acknowledgement echoing the request URL and token header",
        (ctx, _, _) => Xml(ctx, 400, Bodies.Acknowledgement("999", System.Security.SecurityElement.Escape(Echo(ctx))!)),
        1);

    public static readonly Scenario EchoingServerError = new(
        "500 HTML echoing the request URL and token header, always",
        (ctx, _, _) => Html(ctx, 500, $"<html><body><pre>{System.Net.WebUtility.HtmlEncode(Echo(ctx))}</pre></body></html>"),
        4);

    public static IReadOnlyList<Scenario> All { get; } =
    [
        Ok, Maintenance503, Empty503ThenOk, ResetThenOk, ResetAlways, SlowBodyThenOk, SlowBodyAlways, RetryAfterSeconds,
        RetryAfterDate, RetryAfterClamped, BanThenOk, BanBeyondBudget, Unauthorized, UnauthorizedAcknowledgement,
        BadRequest, TooLarge, NoData, NoDataThrows, NotFound, Zip, EchoingBadRequest, EchoingServerError,
    ];

    public static Scenario Named(string name) => All.Single(s => s.Name == name);

    private static string Echo(HttpContext ctx) =>
        $"Request {ctx.Features.Get<IHttpRequestFeature>()!.RawTarget} with SECURITY_TOKEN {ctx.Request.Headers["SECURITY_TOKEN"]} was refused";

    private static Task Xml(HttpContext ctx, int status, string body) => Bytes(ctx, status, "text/xml; charset=utf-8", Encoding.UTF8.GetBytes(body));

    private static Task Html(HttpContext ctx, int status, string body) => Bytes(ctx, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(body));

    private static async Task Bytes(HttpContext ctx, int status, string contentType, byte[] body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength = body.Length;
        await ctx.Response.Body.WriteAsync(body);
    }

    private static Task Status(HttpContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    private static Task WithRetryAfter(HttpContext ctx, int status, string retryAfter)
    {
        ctx.Response.Headers.RetryAfter = retryAfter;
        return Bytes(ctx, status, "text/plain", Encoding.UTF8.GetBytes("Too many requests"));
    }

    private static Task Ban(HttpContext ctx, DateTimeOffset until) =>
        Bytes(ctx, 429, "text/plain", Encoding.UTF8.GetBytes($"Requester banned until '{until.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z'"));

    private static Task Reset(HttpContext ctx)
    {
        ctx.Abort();
        return Task.CompletedTask;
    }

    private static async Task SlowBody(HttpContext ctx)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.WriteAsync("<?xml version=\"1.0\"?><Publication_MarketDocument>", ctx.RequestAborted);
        await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
        await ((FaultRoute)ctx.Items[typeof(FaultRoute)]!).HangAsync(ctx.RequestAborted);
    }
}
