using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>
/// Headless Chromium driven through chromedriver, with a profile of its own that is deleted afterwards. Nothing is
/// downloaded: the driver and the browser are the installed ones.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly TempDirectory profile = new();

    public Browser(Uri server)
    {
        Chromium.Require();
        Server = server;
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1100,760", $"--user-data-dir={profile.Path}");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public ChromeDriver Driver { get; }

    public Uri Server { get; }

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(Server, path));

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    /// <summary>True when an element with <paramref name="id"/> is on the page now (no waiting).</summary>
    public bool Has(string id)
    {
        var wait = Driver.Manage().Timeouts().ImplicitWait;
        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
        try
        {
            return Driver.FindElements(By.Id(id)).Count > 0;
        }
        finally
        {
            Driver.Manage().Timeouts().ImplicitWait = wait;
        }
    }

    public void SignIn(string userName, string password)
    {
        Open("/signin");
        Find("userName").SendKeys(userName);
        Find("password").SendKeys(password);
        Find("sign-in").Click();
        Find("token-heading");
    }

    /// <summary>Saves a screenshot of the page as <paramref name="name"/>.png in the test results.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(RepositoryPaths.Screenshots, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        profile.Dispose();
    }
}
