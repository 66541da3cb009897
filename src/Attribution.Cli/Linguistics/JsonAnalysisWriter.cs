using System.Text.Json;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// Writes an <see cref="Analysis"/> as one JSON object: the sentences, each with its tokens (offsets, tags, head as a
/// token index within the whole analysis, relation), and the entities. Offsets are UTF-16 code units into the text.
/// </summary>
internal static class JsonAnalysisWriter
{
    public static void Write(Utf8JsonWriter json, Analysis analysis, string? file)
    {
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        json.WriteStartArray("sentences");
        foreach (var sentence in analysis.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("end", sentence.End);
            json.WriteStartArray("tokens");
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = analysis.Tokens[i];
                json.WriteStartObject();
                json.WriteNumber("index", i);
                json.WriteString("text", token.Text);
                json.WriteNumber("start", token.Start);
                json.WriteNumber("end", token.End);
                json.WriteString("upos", ConlluAnalysisWriter.Upos(token.Upos));
                json.WriteString("xpos", token.Xpos);
                json.WriteNumber("head", token.Head);
                json.WriteString("relation", token.Relation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            json.WriteStartObject();
            json.WriteString("text", entity.Text);
            json.WriteNumber("start", entity.Start);
            json.WriteNumber("end", entity.End);
            json.WriteString("type", entity.Type switch
            {
                EntityType.Person => "person",
                EntityType.Organization => "organization",
                _ => "place",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
