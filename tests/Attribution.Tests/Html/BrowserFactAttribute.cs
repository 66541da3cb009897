namespace Attribution.Tests.Html;

/// <summary>
/// A test that needs Debian's Chromium: skipped, saying why, on a machine without it (the README's test command must
/// pass with only the .NET SDK), but required where <c>ATTRIBUTION_REQUIRE_BROWSER=1</c>, as CI sets after installing
/// it, so that CI can never skip it silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(HeadlessChromium.Executable) && Environment.GetEnvironmentVariable("ATTRIBUTION_REQUIRE_BROWSER") != "1")
        {
            Skip = $"{HeadlessChromium.Executable} is missing (apt-get install -y chromium, or CHROMIUM=path)";
        }
    }
}
