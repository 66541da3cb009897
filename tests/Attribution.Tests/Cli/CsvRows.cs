using Microsoft.VisualBasic.FileIO;

namespace Attribution.Tests.Cli;

/// <summary>Reads CSV with .NET's own parser, not the library the tool writes it with, so the two check each other.</summary>
internal static class CsvRows
{
    public static List<string[]> Parse(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
