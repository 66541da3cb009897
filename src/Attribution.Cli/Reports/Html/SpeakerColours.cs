using System.Globalization;

namespace Attribution.Cli.Reports.Html;

/// <summary>A light background per speaker, distinct from its neighbours however many speakers an article has.</summary>
internal static class SpeakerColours
{
    /// <summary>The grey of quotations nobody was found for.</summary>
    public const string Unknown = "hsl(210, 10%, 88%)";

    /// <summary>
    /// The colour of the speaker first quoted <paramref name="index"/>-th. Hues step by the golden angle, so any
    /// two speakers close in the list are far apart on the colour wheel, and none repeats.
    /// </summary>
    public static string For(int index)
    {
        var hue = (45 + (index * 137.508)) % 360;

        // Lightness alternates a little, so that hues near each other after many steps still differ in tone.
        var lightness = index % 2 == 0 ? 80 : 86;
        return string.Create(CultureInfo.InvariantCulture, $"hsl({hue:0.#}, 78%, {lightness}%)");
    }
}
